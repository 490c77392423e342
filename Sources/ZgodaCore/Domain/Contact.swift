import Foundation

/// One person the sales team holds data on.
public struct Contact: Equatable, Sendable {
    public var id: ContactID
    public var details: ContactDetails
    public var created: Date
    public var updated: Date
    /// Set once the person has been erased; every personal value in `details` is then empty.
    public var anonymized: Bool
    /// Which key slot protects this person's personal values in the data directory.
    public var keySlot: UInt32
    /// True when the person's values could not be read because the data is damaged (not
    /// erased): their details are empty here, and the store is open read-only until repaired.
    public var damaged: Bool = false

    /// What stands for an erased or unreadable person's values where a name is shown.
    public static let anonymisedLabel = "(anonymised)"
    public static let damagedLabel = "(unreadable: damaged data)"

    /// The name to show: the name, or what stands for it when it cannot be shown.
    public var shownName: String {
        anonymized ? Self.anonymisedLabel : damaged ? Self.damagedLabel : details.name
    }

    public init(id: ContactID, details: ContactDetails, created: Date, updated: Date, anonymized: Bool = false, keySlot: UInt32) {
        self.id = id; self.details = details; self.created = created; self.updated = updated
        self.anonymized = anonymized; self.keySlot = keySlot
    }

    public var name: String { details.name }
}

/// The personal values of a contact: everything that must disappear on erasure.
public struct ContactDetails: Equatable, Sendable, Codable {
    public var name: String
    public var email: String
    public var phone: String
    public var company: String
    public var position: String
    public var city: String
    public var tags: [String]
    public var notes: String

    public init(name: String = "", email: String = "", phone: String = "", company: String = "",
                position: String = "", city: String = "", tags: [String] = [], notes: String = "") {
        self.name = name; self.email = email; self.phone = phone; self.company = company
        self.position = position; self.city = city; self.tags = tags; self.notes = notes
    }

    public static let erased = ContactDetails()

    public subscript(field: ContactField) -> String {
        get {
            switch field {
            case .name: return name
            case .email: return email
            case .phone: return phone
            case .company: return company
            case .position: return position
            case .city: return city
            case .tags: return tags.joined(separator: ", ")
            case .notes: return notes
            }
        }
        set {
            switch field {
            case .name: name = newValue
            case .email: email = newValue
            case .phone: phone = newValue
            case .company: company = newValue
            case .position: position = newValue
            case .city: city = newValue
            case .tags: tags = ContactDetails.parseTags(newValue)
            case .notes: notes = newValue
            }
        }
    }

    /// Splits a comma-separated tag list, trimming blanks and dropping duplicates (order kept).
    public static func parseTags(_ text: String) -> [String] {
        var seen = Set<String>()
        return text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// The fields that differ from `other`, as (field, old, new) with `self` as the old side.
    public func changes(to other: ContactDetails) -> [FieldChange] {
        ContactField.allCases.compactMap { f in
            self[f] == other[f] ? nil : FieldChange(field: f.rawValue, old: self[f], new: other[f])
        }
    }

    /// Every non-empty personal value, for erasure checks and minimisation.
    public var personalValues: [String] {
        ContactField.allCases.flatMap { f -> [String] in
            f == .tags ? tags : [self[f]]
        }.filter { !$0.isEmpty }
    }
}

/// The fields of a contact, in the order the form shows them.
public enum ContactField: String, CaseIterable, Sendable, Codable {
    case name, email, phone, company, position, city, tags, notes

    /// The field's name as a person reads it, in the language of the run.
    public var label: String { CoreText.Labels.field(self).text }
}

/// One changed value, as history shows it. `nil` means the value was erased (or absent).
public struct FieldChange: Equatable, Sendable, Codable {
    public var field: String
    public var old: String?
    public var new: String?
    public init(field: String, old: String?, new: String?) {
        self.field = field; self.old = old; self.new = new
    }
}
