import Foundation

/// What one column of an imported spreadsheet holds.
public enum ColumnRole: Hashable, Sendable {
    case fullName, givenName, middleName, familyName
    case field(ContactField)
    /// A consent column: the purpose id as written in the header.
    case consent(String)
    case ignored
}

/// Recognises column headers in English and Polish, and those of Google Contacts and Outlook
/// exports. Headers are compared case- and diacritic-insensitively with everything but letters
/// and digits dropped, so "E-mail", "email" and "Adres e-mail:" all match.
public enum HeaderNames {
    /// The folded comparison key: "Imię i nazwisko" → "imieinazwisko", "E-mail 1 - Value" → "email1value".
    public static func key(_ header: String) -> String {
        String(decoding: TextFolding.fold(header).filter { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }, as: UTF8.self)
    }

    /// Every recognised header key, by role. The docs list the same names (docs/import-export.md).
    static let table: [String: ColumnRole] = {
        var t: [String: ColumnRole] = [:]
        func add(_ role: ColumnRole, _ keys: String...) { for k in keys { t[k] = role } }
        add(.fullName, "name", "fullname", "imieinazwisko", "imienazwisko", "nazwiskoiimie", "displayname", "contactname", "osobakontaktowa")
        add(.givenName, "imie", "givenname", "firstname", "forename")
        add(.middleName, "additionalname", "middlename", "drugieimie")
        add(.familyName, "nazwisko", "familyname", "lastname", "surname")
        add(.field(.email), "email", "adresemail", "emailaddress", "mail", "poczta", "emailadres")
        add(.field(.phone), "phone", "telefon", "tel", "mobile", "komorka", "phonenumber", "mobilephone", "telefonkomorkowy",
            "nrtelefonu", "numertelefonu", "nrtel", "businessphone", "homephone", "primaryphone", "cellphone", "telkom")
        add(.field(.company), "company", "firma", "organization", "organisation", "organization1name", "organizationname",
            "companyname", "nazwafirmy")
        add(.field(.position), "position", "stanowisko", "jobtitle", "title", "organization1title", "organizationtitle", "funkcja")
        add(.field(.city), "city", "miasto", "miejscowosc", "address1city", "businesscity", "homecity", "town")
        add(.field(.tags), "tags", "tagi", "etykiety", "labels", "categories", "kategorie")
        add(.field(.notes), "notes", "notatki", "uwagi", "note", "notatka", "komentarz", "comments")
        return t
    }()

    /// The role of a column. A header naming a purpose id (`email-marketing`) or prefixed with
    /// `consent:` / `zgoda:` is a consent column, whether or not the purpose exists (the importer
    /// reports unknown ones).
    public static func role(of header: String, purposes: Set<String>) -> ColumnRole {
        let raw = header.trimmingCharacters(in: .whitespaces).lowercased()
        for prefix in ["consent:", "zgoda:"] where raw.hasPrefix(prefix) {
            return .consent(String(raw.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces))
        }
        if purposes.contains(raw) { return .consent(raw) }
        let k = key(header)
        if let role = table[k] { return role }
        // Google Contacts numbers repeated columns: "E-mail 2 - Value", "Phone 3 - Value".
        for (prefix, field) in [("email", ContactField.email), ("phone", .phone)] where k.hasPrefix(prefix) && k.hasSuffix("value") {
            let middle = k.dropFirst(prefix.count).dropLast("value".count)
            if !middle.isEmpty, middle.allSatisfy(\.isNumber) { return .field(field) }
        }
        return .ignored
    }
}
