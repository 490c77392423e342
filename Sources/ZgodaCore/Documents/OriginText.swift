import Foundation

/// A contact's data source and Art. 14 notice in words, as `contact show` and the access
/// report say it, in the language of the run.
public enum OriginText {
    public static func describe(_ id: ContactID, in state: ZgodaState, language: Language = Language.current) -> String {
        guard let origin = state.origins[id] else {
            return Localized(en: "not recorded (added before Zgoda recorded sources)", pl: "nie zapisano (dodano, zanim Zgoda zapisywała źródła)")(language)
        }
        var text = origin.label(language)
        if let notice = state.notices[id] {
            text += Localized(en: "; told \(notice.channel.label.en) on \(Day(notice.at))",
                              pl: "; poinformowano \(notice.channel.label.pl) \(LocalDates.short(Day(notice.at), in: .pl))")(language)
        } else if let due = state.noticeDue(of: id) {
            text += Localized(en: "; to be told where the data came from by \(due) (Art. 14)",
                              pl: "; do poinformowania o źródle danych do \(LocalDates.short(due, in: .pl)) (art. 14)")(language)
        }
        return text
    }
}
