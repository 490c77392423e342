import Foundation
import ZgodaCore

extension CLIText {
    /// Values in the cells of a human table: English shows the codes people type back
    /// (`granted`, `web-form`, `legitimateInterest`) as it always has; Polish shows the words
    /// (`udzielona`, `formularz WWW`). JSON keeps the codes in every language.
    enum Cells {
        static func status(_ s: ConsentStatus) -> String { Localized(en: s.rawValue, pl: CoreText.Labels.status(s).pl).text }
        static func source(_ s: ConsentSource) -> String { Localized(en: s.rawValue, pl: CoreText.Labels.source(s).pl).text }
        static func requestType(_ t: RequestType) -> String { Localized(en: t.rawValue, pl: CoreText.Labels.requestType(t).pl).text }
        static func legalBasis(_ b: LegalBasis) -> String { Localized(en: b.rawValue, pl: CoreText.Labels.legalBasis(b).pl).text }
        /// A moment: ISO 8601 in English, "01.07.2025 14:54:36" in Polish (UTC in both).
        static func time(_ d: Date) -> String { LocalDates.time(d, in: Language.current) }
        static func day(_ d: Day) -> String { LocalDates.short(d, in: Language.current) }
    }
}
