import Foundation

/// Decides which exports' filter and destination texts go when a person is erased.
///
/// An export's filter (`query=kowalski`) and destination (`/tmp/kowalski.csv`) are written by
/// the operator and may name anyone. They are erased with a person when the text mentions one
/// of the person's values (the caller passes every value the person ever had): a whole value,
/// a word of their name, e-mail or company, or their phone number's digits.
///
/// Being one of the people exported is not enough: a filter such as
/// `consent email-marketing=granted` says nothing about any one of the 35 people it selected,
/// and erasing it would change what the other 34 people's histories (and the accountability
/// record) say about that export. What identifies the erased person goes; what describes the
/// export stays. The person's id stays in the list of exported people; after the erasure it
/// names no one.
public enum ExportMention {
    public static func shouldErase(_ export: ExportRecord, of id: ContactID, details: ContactDetails) -> Bool {
        guard export.keySlot != nil, !export.textErased else { return false }
        return mentions(export.filter, details) || mentions(export.destination, details)
    }

    /// True when `text` contains one of the person's values, a word of their name, e-mail or
    /// company, or their phone number, compared case- and diacritic-insensitively.
    public static func mentions(_ text: String, _ d: ContactDetails) -> Bool {
        if text.isEmpty { return false }
        let folded = TextFolding.folded(text)
        for value in d.personalValues {
            let v = TextFolding.folded(value)
            if v.count >= 3, folded.contains(v) { return true }
        }
        for (value, minimum) in [(d.name, 2), (d.email, 3), (d.company, 3)] {
            for word in words(TextFolding.folded(value)) where word.count >= minimum {
                if folded.contains(word) { return true }
            }
        }
        let phone = Validation.normalizedPhone(d.phone)
        if phone.count >= 6 {
            let digits = Validation.asciiDigits(text)
            // The local part (last 9 digits) catches numbers written without the country code.
            if digits.contains(phone) || digits.contains(String(phone.suffix(9))) { return true }
        }
        return false
    }

    static func words(_ s: String) -> [String] {
        s.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}
