import Foundation

/// What one column of an imported spreadsheet holds.
public enum ColumnRole: Hashable, Sendable {
    case fullName, givenName, middleName, familyName
    /// Names a person only when the file has no name for them.
    case nickname
    case field(ContactField)
    /// A consent column: the purpose id as written in the header.
    case consent(String)
    /// `Title` / `Tytuł`: the salutation ("Mr.") in Outlook, whose position is `Job Title`; a
    /// position only in a sheet with no other position column.
    case title
    case ignored

    /// How reports and `--map` name the role: `given-name`, `email`, `consent:partners`, `ignore`.
    public var name: String {
        switch self {
        case .fullName: return "name"
        case .givenName: return "given-name"
        case .middleName: return "middle-name"
        case .familyName: return "family-name"
        case .nickname: return "nickname"
        case let .field(f): return f.rawValue
        case let .consent(p): return "consent:" + p
        case .title: return "salutation"
        case .ignored: return "ignore"
        }
    }

    /// The role a `--map` value names, nil for none.
    public static func named(_ text: String) -> ColumnRole? {
        let raw = text.trimmingCharacters(in: .whitespaces).lowercased()
        for prefix in ["consent:", "zgoda:"] where raw.hasPrefix(prefix) {
            let p = String(raw.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            return p.isEmpty ? nil : .consent(p)
        }
        switch HeaderNames.key(raw) {
        case "name", "fullname": return .fullName
        case "givenname", "firstname": return .givenName
        case "middlename", "additionalname": return .middleName
        case "familyname", "lastname", "surname": return .familyName
        case "nickname": return .nickname
        case "salutation", "title": return .title
        case "ignore", "ignored", "none", "skip": return .ignored
        case let k: return ContactField.allCases.first { HeaderNames.key($0.rawValue) == k }.map { .field($0) }
        }
    }
}

/// How one column of a spreadsheet was read: shown by `--dry-run` and the JSON report, and
/// corrected with `--map "Work Phone=phone"`.
public struct ColumnMapping: Equatable, Sendable {
    public var header: String
    public var role: ColumnRole
    /// True when `--map` chose the role.
    public var mapped: Bool

    public var text: String { "\(SafeText.visible(header)) → \(role.name)\(mapped ? " (--map)" : "")" }
}

/// Recognises column headers in English, Polish and German, as written by hand and by the
/// exports of Google Contacts (before and since 2022), Outlook (English, German, Polish),
/// Thunderbird, Apple Contacts, LinkedIn and CRMs (HubSpot, Livespace). Headers are compared
/// case- and diacritic-insensitively with everything but letters and digits dropped, so
/// "E-mail", "email" and "Adres e-mail:" all match. docs/import-export.md lists the same names.
public enum HeaderNames {
    /// The folded comparison key: "Imię i nazwisko" → "imieinazwisko", "E-mail 1 - Value" → "email1value".
    public static func key(_ header: String) -> String {
        String(decoding: TextFolding.fold(header).filter { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }, as: UTF8.self)
    }

    /// Every recognised header key, with its role and rank: when several columns hold one
    /// field, the lowest rank that has a value wins (then the leftmost), and the other
    /// e-mails and phones go into the notes.
    static let table: [String: (role: ColumnRole, rank: Int)] = {
        var t: [String: (ColumnRole, Int)] = [:]
        func add(_ role: ColumnRole, rank: Int = 1, _ keys: String...) { for k in keys { t[k] = (role, rank) } }
        add(.fullName, "name", "fullname", "imieinazwisko", "imienazwisko", "nazwiskoiimie", "displayname", "contactname",
            "osobakontaktowa", "anzeigename", "nazwawyswietlana", "formattedname")
        add(.givenName, "imie", "givenname", "firstname", "forename", "vorname")
        add(.middleName, "additionalname", "middlename", "drugieimie", "weiterevornamen")
        add(.familyName, "nazwisko", "familyname", "lastname", "surname", "nachname")
        add(.nickname, "nickname", "pseudonim", "spitzname", "przydomek")
        add(.title, "title", "tytul")
        // Outlook's salutation in German and the name prefixes of Google and Apple: recognised so
        // they are not taken for a position, and not listed as unknown.
        add(.ignored, "anrede", "nameprefix", "prefix", "namesuffix", "suffix", "zwrotgrzecznosciowy")

        add(.field(.email), "email", "adresemail", "emailaddress", "mail", "poczta", "emailadres", "primaryemail",
            "emailadresse", "workemail", "businessemail", "emailsluzbowy", "emailwork")
        add(.field(.email), rank: 2, "emailhome", "homeemail", "personalemail", "emailprywatny", "emailother", "otheremail")
        add(.field(.email), rank: 3, "secondaryemail", "email2address", "email3address", "email2adresse", "email3adresse",
            "adresemail2", "adresemail3", "emailaddress2", "emailaddress3", "email2", "email3")

        add(.field(.phone), "phone", "telefon", "tel", "phonenumber", "nrtelefonu", "numertelefonu", "nrtel", "primaryphone",
            "haupttelefon", "telefonpodstawowy", "telefonnummer", "numer")
        add(.field(.phone), rank: 2, "mobile", "mobilephone", "mobilenumber", "mobilephonenumber", "cellphone", "cell",
            "komorka", "telefonkomorkowy", "telkom", "mobiltelefon", "homemobile", "handy", "komorkowy")
        add(.field(.phone), rank: 3, "businessphone", "workphone", "worknumber", "telefongeschaftlich", "telefonsluzbowy",
            "companymainphone", "telefonfirma", "glownytelefondofirmy", "telefonstacjonarny", "officephone")
        add(.field(.phone), rank: 4, "homephone", "telefonprivat", "telefondomowy", "homenumber")
        add(.field(.phone), rank: 5, "businessphone2", "homephone2", "telefongeschaftlich2", "telefonprivat2", "telefonsluzbowy2",
            "telefondomowy2", "mobiltelefon2", "otherphone", "weiterestelefon", "innytelefon", "carphone", "autotelefon",
            "telefonwsamochodzie", "assistantsphone", "telefonassistent", "telefonasystenta", "callback", "ruckmeldung",
            "radiophone", "wywolaniezwrotne")

        add(.field(.company), "company", "firma", "organization", "organisation", "organization1name", "organizationname",
            "companyname", "nazwafirmy", "unternehmen", "organizacja")
        add(.field(.position), "position", "stanowisko", "jobtitle", "organization1title", "organizationtitle", "funkcja")

        add(.field(.city), "city", "miasto", "miejscowosc", "town")
        add(.field(.city), rank: 2, "businesscity", "workcity", "ortgeschaftlich", "miejscowoscsluzbowy", "miastosluzbowe")
        add(.field(.city), rank: 3, "homecity", "ortprivat", "miejscowoscdomowy", "miastodomowe")
        add(.field(.city), rank: 4, "othercity", "weitererort", "miejscowoscinny", "ort")

        add(.field(.tags), "tags", "tagi", "etykiety", "labels", "categories", "kategorien", "kategorie", "groupmembership", "grupy")
        add(.field(.notes), "notes", "notatki", "uwagi", "note", "notatka", "komentarz", "comments", "notizen", "opis")
        return t
    }()

    /// The role of a column. A header naming a purpose id (`email-marketing`) or prefixed with
    /// `consent:` / `zgoda:` is a consent column, whether or not the purpose exists (the importer
    /// reports unknown ones).
    public static func role(of header: String, purposes: Set<String>) -> ColumnRole {
        classify(header, purposes: purposes).role
    }

    /// The role and rank of a column (see `table`).
    static func classify(_ header: String, purposes: Set<String>) -> (role: ColumnRole, rank: Int) {
        let raw = header.trimmingCharacters(in: .whitespaces).lowercased()
        for prefix in ["consent:", "zgoda:"] where raw.hasPrefix(prefix) {
            return (.consent(String(raw.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)), 1)
        }
        if purposes.contains(raw) { return (.consent(raw), 1) }
        let k = key(header)
        if let entry = table[k] { return entry }
        // Google numbers repeated columns: "E-mail 2 - Value", "Phone 3 - Value",
        // "Address 1 - City"; the number is the rank.
        for (prefix, suffix, field) in [("email", "value", ContactField.email), ("phone", "value", .phone), ("address", "city", .city)]
        where k.hasPrefix(prefix) && k.hasSuffix(suffix) {
            let middle = k.dropFirst(prefix.count).dropLast(suffix.count)
            if !middle.isEmpty, middle.allSatisfy(\.isNumber), let n = Int(middle) { return (.field(field), n) }
        }
        return (.ignored, 1)
    }

    /// True when a header is one the table knows as ignored (so it is not reported as unknown).
    static func isKnownIgnored(_ header: String) -> Bool {
        if case .ignored? = table[key(header)]?.role { return true }
        return false
    }
}
