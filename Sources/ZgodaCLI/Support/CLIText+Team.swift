import Foundation
import ZgodaCore

extension CLIText {
    /// `team add|limit|remove|list|shred`. Roles and the database's label are shown as they are.
    enum Team {
        static let members = PluralNoun(en: ("member", "members"), pl: ("członek", "członkowie", "członków"))
        static let role = Localized(en: "Role", pl: "Rola")
        static let export = Localized(en: "Export", pl: "Eksport")
        static let anonymise = Localized(en: "Anonymise", pl: "Anonimizacja")

        /// ", who may not export or anonymise"; empty for a member without limits.
        static func limits(mayExport: Bool, mayAnonymize: Bool) -> Localized {
            switch (mayExport, mayAnonymize) {
            case (true, true): return Localized(en: "", pl: "")
            case (false, true): return Localized(en: ", who may not export", pl: ", bez prawa do eksportu")
            case (true, false): return Localized(en: ", who may not anonymise", pl: ", bez prawa do anonimizacji")
            case (false, false): return Localized(en: ", who may not export or anonymise", pl: ", bez prawa do eksportu ani anonimizacji")
            }
        }
        static func added(_ role: String, team: String, limits: Localized) -> Localized {
            Localized(en: "\(role) is a member of \(team)\(limits.en)", pl: "\(role) jest członkiem zespołu \(team)\(limits.pl)")
        }
        static func limited(_ role: String, limits: Localized) -> Localized {
            limits.en.isEmpty ? Localized(en: "\(role) may do everything", pl: "\(role) może wszystko")
                : Localized(en: "\(role)\(limits.en)", pl: "\(role)\(limits.pl)")
        }
        static func removed(_ role: String, team: String) -> Localized {
            Localized(en: "\(role) is no longer a member of \(team)", pl: "\(role) nie jest już członkiem zespołu \(team)")
        }
        static func summary(count: Int, signedIn: String) -> Localized {
            Localized(en: "\(members.count(count, in: .en)); signed in as \(signedIn)",
                      pl: "\(members.count(count, in: .pl)); zalogowano jako \(signedIn)")
        }
        static func shredded(_ team: String, keys: Int, checkpointed: Bool) -> Localized {
            Localized(en: "rewrote the key table of \(team): \(keys) destroyed key\(keys == 1 ? "" : "s") left no copy in its files"
                          + (checkpointed ? "; checkpoint done" : "; no checkpoint (it needs a superuser or the pg_checkpoint role): the WAL keeps them until the next one"),
                      pl: "przepisano tabelę kluczy \(team): w jej plikach nie ma już kopii zniszczonych kluczy (\(keys))"
                          + (checkpointed ? "; wykonano punkt kontrolny" : "; bez punktu kontrolnego (wymaga superużytkownika lub roli pg_checkpoint): WAL przechowuje je do następnego"))
        }
        static func notATeam(_ path: String) -> Localized {
            Localized(en: "\(path) keeps its own records; teams need 'zgoda init --postgres URL'",
                      pl: "\(path) przechowuje własne zapisy; zespół wymaga „zgoda init --postgres URL”")
        }
        static let noMembers = Localized(en: "this team database does not manage members", pl: "ta baza zespołu nie zarządza członkami")
        static let noPassword = Localized(en: "--password-stdin: no password on standard input",
                                          pl: "--password-stdin: brak hasła na standardowym wejściu")
        static let sayWhatChanges = Localized(en: "say what changes: --export allow|deny, --anonymize allow|deny",
                                              pl: "podaj, co się zmienia: --export allow|deny, --anonymize allow|deny")
        static func notAMember(_ role: String) -> Localized {
            Localized(en: "\(role) is not a member of this team ('zgoda team add \(role)' first)",
                      pl: "\(role) nie jest członkiem tego zespołu (najpierw „zgoda team add \(role)”)")
        }
        static let operatorRefused = Localized(
            en: "on a team database the operator is the role you signed in as; --operator cannot change it",
            pl: "w bazie zespołu operatorem jest rola, jako która się logujesz; --operator tego nie zmieni")
    }

    /// `link issue|revoke|list`. Link ids and purpose ids are shown as they are.
    enum Link {
        static let mailOrSendmail = Localized(en: "--mail and --sendmail exclude each other", pl: "--mail i --sendmail wykluczają się")
        static let outputWithMail = Localized(en: "--output goes with --mail", pl: "--output działa tylko z --mail")
        static let revokeWhat = Localized(en: "name the links to revoke, or --contact ID (not both)",
                                          pl: "podaj linki do unieważnienia albo --contact ID (nie jedno i drugie)")
        static let link = Localized(en: "Link", pl: "Link")
        static let purposes = Localized(en: "Purposes", pl: "Cele")

        /// The status column, from `open`, `expired` and `revoked` (the JSON keeps those).
        static func status(_ s: String) -> Localized {
            switch s {
            case "open": return Localized(en: s, pl: "otwarty")
            case "expired": return Localized(en: s, pl: "wygasł")
            case "revoked": return Localized(en: s, pl: "unieważniony")
            default: return Localized(en: s, pl: s)
            }
        }

        /// What happened to an issued link: sent, written to a file as an e-mail, or printed.
        enum Delivery { case sent, written(String), issued }

        static func issued(_ delivery: Delivery, link: String, contact: String, purposes: String, until date: Date) -> Localized {
            let until = ISOTime.string(date), untilPL = LocalDates.time(date, in: .pl)
            let summary = "link \(link) for \(contact) (\(purposes)), valid until \(until)"
            switch delivery {
            case .sent:
                return Localized(en: "sent \(summary)", pl: "wysłano link \(link) dla \(contact) (\(purposes)), ważny do \(untilPL)")
            case let .written(path):
                return Localized(en: "wrote the e-mail with \(summary) to \(path)",
                                 pl: "zapisano e-mail z linkiem \(link) dla \(contact) (\(purposes)), ważnym do \(untilPL), w pliku \(path)")
            case .issued:
                return Localized(en: "issued \(summary)", pl: "wydano link \(link) dla \(contact) (\(purposes)), ważny do \(untilPL)")
            }
        }
        static func sendmailFailed(_ error: String, link: String) -> Localized {
            Localized(en: "sendmail failed (\(error)); link \(link) was revoked again",
                      pl: "sendmail zawiódł (\(error)); link \(link) został z powrotem unieważniony")
        }
        static func noSendmail(_ path: String) -> Localized {
            Localized(en: "no sendmail at \(path): install a mail transfer agent, set ZGODA_SENDMAIL, or use --mail to write the e-mail to a file",
                      pl: "nie ma programu sendmail w \(path): zainstaluj serwer poczty, ustaw ZGODA_SENDMAIL albo zapisz e-mail do pliku opcją --mail")
        }
        static func noOpenLinks(_ contact: String) -> Localized {
            Localized(en: "\(contact) has no open links", pl: "\(contact) nie ma otwartych linków")
        }
        static func revoked(_ ids: [String]) -> Localized {
            Localized(en: "revoked " + ids.joined(separator: ", "), pl: "unieważniono " + ids.joined(separator: ", "))
        }
        static func revokedOne(_ link: String, contact: String) -> Localized {
            Localized(en: "revoked link \(link) of \(contact)", pl: "unieważniono link \(link) kontaktu \(contact)")
        }
    }
}
