import ZgodaCore

extension HelpText {
    /// `zgoda notice`, and the options that say where a contact's data came from.
    enum Notice {
        static let abstract = Localized(
            en: "People whose data came from someone else, to be told within a month where it came from (Art. 14).",
            pl: "Osoby, których dane pochodzą od kogoś innego i które trzeba w ciągu miesiąca poinformować o ich źródle (art. 14).")
        static let discussion = Localized(
            en: "Imported people come from a third party unless the import says --from-person; a contact added by hand was given by the person unless it says --from-third-party. Each person from a third party must be told within a month where their data came from and how it is used; 'notice give' records that it was done.",
            pl: "Osoby z importu pochodzą od osoby trzeciej, chyba że import ma --from-person; kontakt dodany ręcznie podała sama osoba, chyba że ma --from-third-party. Każdą osobę od osoby trzeciej trzeba w ciągu miesiąca poinformować, skąd pochodzą jej dane i jak są wykorzystywane; 'notice give' zapisuje, że to zrobiono.")
        static let list = Localized(en: "The people still to be told, the earliest due first.",
                                    pl: "Osoby jeszcze do poinformowania, od najwcześniejszego terminu.")
        static let overdue = Localized(en: "Only those past their deadline.", pl: "Tylko te po terminie.")
        static let format = Localized(en: "table, json or ids (one id per line, for 'notice give').",
                                      pl: "table, json albo ids (jeden identyfikator w wierszu, dla 'notice give').")
        static let give = Localized(en: "Record that the people named were told where their data came from, and how.",
                                    pl: "Zapisz, że wskazane osoby poinformowano o źródle ich danych, i w jaki sposób.")
        static let ids = Localized(en: "The contacts told.", pl: "Poinformowane kontakty.")
        static let via = Localized(en: "How: email, letter, phone, in-person or sms.",
                                   pl: "Jak: email, letter, phone, in-person albo sms.")
        static let fromThirdParty = Localized(
            en: "The data came from someone else (a list, a partner), not from the person: they must be told within a month (zgoda notice).",
            pl: "Dane pochodzą od kogoś innego (z listy, od partnera), a nie od tej osoby: trzeba ją poinformować w ciągu miesiąca (zgoda notice).")
        static let fromPerson = Localized(
            en: "The people gave this data themselves; without it the file counts as coming from a third party, and each person added must be told within a month (zgoda notice).",
            pl: "Te dane podały same osoby; bez tej opcji plik liczy się jako pochodzący od osoby trzeciej i każdą dodaną osobę trzeba poinformować w ciągu miesiąca (zgoda notice).")
    }
}
