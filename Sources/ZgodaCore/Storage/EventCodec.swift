import Foundation

/// Splits an event into a public part and a personal part, and joins them back.
///
/// The personal part holds every value that identifies the person (contact fields, evidence,
/// request resolutions, document paths); it is sealed with that person's key. When the key is
/// destroyed the personal part no longer opens and `decode` fills in erased values, so the
/// history still shows *that* something happened.
enum EventCodec {
    struct Parts {
        var kindCode: UInt8
        var publicBytes: [UInt8]
        var personalBytes: [UInt8]?
    }

    struct Malformed: Error {}

    /// An export whose filter and destination are sealed with a key slot of its own.
    static let sealedExportCode: UInt8 = 15

    /// True for the kinds of record that name their contacts in the public part (exports).
    static func isExport(_ kindCode: UInt8) -> Bool { kindCode == 8 || kindCode == sealedExportCode }

    static func encode(_ event: Event) -> Parts {
        var pub = BinaryWriter()
        var per: BinaryWriter? = nil
        let code: UInt8
        switch event {
        case .directoryCreated:
            code = 1
        case let .contactAdded(id, slot, details):
            code = 2
            pub.string(id.rawValue); pub.u32(slot)
            var w = BinaryWriter(); encodeDetails(details, into: &w); per = w
        case let .contactEdited(id, changes):
            code = 3
            pub.string(id.rawValue); pub.strings(changes.map(\.field))
            var w = BinaryWriter()
            for c in changes { w.optionalString(c.old); w.optionalString(c.new) }
            per = w
        case let .consentRecorded(d):
            code = 4
            pub.string(d.contact.rawValue); pub.string(d.purpose); pub.u32(UInt32(d.purposeVersion))
            pub.string(d.decision.rawValue); pub.string(d.source.rawValue)
            pub.optionalDate(d.expires); pub.string(d.wordingHash)
            // When the person decided, which may precede the record (imports, demo history).
            pub.date(d.at)
            var w = BinaryWriter(); w.optionalString(d.evidence); per = w
        case let .purposeAdded(p):
            code = 5; encodePurpose(p, into: &pub)
        case let .purposeEdited(p):
            code = 6; encodePurpose(p, into: &pub)
        case let .controllerSet(c):
            code = 7
            pub.string(c.name); pub.string(c.address); pub.string(c.email); pub.string(c.dpo)
        case let .exported(format, filter, destination, ids):
            // Code 8 (filter and destination in the public part) is only read, never written:
            // the texts may name a person, so they are sealed with the export's own key.
            code = sealedExportCode
            pub.string(format); pub.strings(ids.map(\.rawValue))
            var w = BinaryWriter(); w.string(filter); w.string(destination); per = w
        case let .imported(source, added, updated, rejected):
            code = 9
            pub.string(source); pub.u32(UInt32(added)); pub.u32(UInt32(updated)); pub.u32(UInt32(rejected))
        case let .anonymized(id, hashes, request):
            code = 10
            pub.string(id.rawValue); pub.strings(hashes); pub.optionalString(request)
        case let .requestAdded(r):
            code = 11
            pub.string(r.id); pub.string(r.contact.rawValue); pub.string(r.type.rawValue); pub.string(r.received.description)
        case let .requestClosed(id, contact, closed, resolution):
            code = 12
            pub.string(id); pub.string(contact.rawValue); pub.string(closed.description)
            var w = BinaryWriter(); w.optionalString(resolution); per = w
        case let .documentIssued(kind, contact, format, destination):
            code = 13
            pub.string(kind); pub.string(contact.rawValue); pub.string(format)
            var w = BinaryWriter(); w.optionalString(destination); per = w
        case let .repaired(note):
            code = 14; pub.string(note)
        }
        return Parts(kindCode: code, publicBytes: pub.bytes, personalBytes: per?.bytes)
    }

    /// Rebuilds the event. `personal` is nil when the person's values cannot be read (erased).
    static func decode(kindCode: UInt8, publicBytes: [UInt8], personal: [UInt8]?, at: Date, operator op: String) throws -> Event {
        do {
            return try publicBytes.withReader { r -> Event in
                switch kindCode {
                case 1: return .directoryCreated
                case 2:
                    let id = ContactID(try r.string()), slot = try r.u32()
                    let details = try personal.map { p in try p.withReader { try decodeDetails(&$0) } } ?? .erased
                    return .contactAdded(id: id, keySlot: slot, details: details)
                case 3:
                    let id = ContactID(try r.string()), fields = try r.strings()
                    var values: [(String?, String?)] = Array(repeating: (nil, nil), count: fields.count)
                    if let personal {
                        try personal.withReader { pr in
                            for i in fields.indices { values[i] = (try pr.optionalString(), try pr.optionalString()) }
                        }
                    }
                    return .contactEdited(id: id, changes: zip(fields, values).map { FieldChange(field: $0, old: $1.0, new: $1.1) })
                case 4:
                    let contact = ContactID(try r.string()), purpose = try r.string(), version = Int(try r.u32())
                    guard let decision = Decision(rawValue: try r.string()),
                          let source = ConsentSource(rawValue: try r.string()) else { throw Malformed() }
                    let expires = try r.optionalDate(), hash = try r.string()
                    let givenAt = r.atEnd ? at : try r.date()
                    let evidence = try personal.flatMap { p in try p.withReader { try $0.optionalString() } }
                    return .consentRecorded(ConsentDecision(contact: contact, purpose: purpose, purposeVersion: version,
                                                            decision: decision, source: source, evidence: evidence,
                                                            at: givenAt, operator: op, expires: expires, wordingHash: hash))
                case 5: return .purposeAdded(try decodePurpose(&r))
                case 6: return .purposeEdited(try decodePurpose(&r))
                case 7:
                    return .controllerSet(DataController(name: try r.string(), address: try r.string(),
                                                         email: try r.string(), dpo: try r.string()))
                case 8:
                    return .exported(format: try r.string(), filter: try r.string(), destination: try r.string(),
                                     contacts: try r.strings().map { ContactID($0) })
                case sealedExportCode:
                    let format = try r.string(), ids = try r.strings().map { ContactID($0) }
                    var filter = "", destination = ""
                    if let personal { try personal.withReader { pr in filter = try pr.string(); destination = try pr.string() } }
                    return .exported(format: format, filter: filter, destination: destination, contacts: ids)
                case 9:
                    return .imported(source: try r.string(), added: Int(try r.u32()), updated: Int(try r.u32()), rejected: Int(try r.u32()))
                case 10:
                    return .anonymized(id: ContactID(try r.string()), suppression: try r.strings(), request: try r.optionalString())
                case 11:
                    let id = try r.string(), contact = ContactID(try r.string())
                    guard let type = RequestType(rawValue: try r.string()), let day = Day(parsing: try r.string()) else { throw Malformed() }
                    return .requestAdded(DataSubjectRequest(id: id, contact: contact, type: type, received: day))
                case 12:
                    let id = try r.string(), contact = ContactID(try r.string())
                    guard let day = Day(parsing: try r.string()) else { throw Malformed() }
                    let resolution = try personal.flatMap { p in try p.withReader { try $0.optionalString() } }
                    return .requestClosed(id: id, contact: contact, closed: day, resolution: resolution)
                case 13:
                    let kind = try r.string(), contact = ContactID(try r.string()), format = try r.string()
                    let destination = try personal.flatMap { p in try p.withReader { try $0.optionalString() } }
                    return .documentIssued(kind: kind, contact: contact, format: format, destination: destination)
                case 14: return .repaired(note: try r.string())
                default: throw Malformed()
                }
            }
        } catch is BinaryReader.Truncated {
            throw Malformed()
        }
    }

    static func encodeDetails(_ d: ContactDetails, into w: inout BinaryWriter) {
        w.string(d.name); w.string(d.email); w.string(d.phone); w.string(d.company)
        w.string(d.position); w.string(d.city); w.strings(d.tags); w.string(d.notes)
    }

    static func decodeDetails(_ r: inout BinaryReader) throws -> ContactDetails {
        ContactDetails(name: try r.string(), email: try r.string(), phone: try r.string(), company: try r.string(),
                       position: try r.string(), city: try r.string(), tags: try r.strings(), notes: try r.string())
    }

    static func encodePurpose(_ p: Purpose, into w: inout BinaryWriter) {
        w.string(p.id); w.string(p.title); w.string(p.description); w.string(p.legalBasis.rawValue)
        w.u32(UInt32(p.retention.months)); w.u32(UInt32(p.version)); w.strings(p.neededFields.map(\.rawValue))
    }

    static func decodePurpose(_ r: inout BinaryReader) throws -> Purpose {
        let id = try r.string(), title = try r.string(), description = try r.string()
        guard let basis = LegalBasis(rawValue: try r.string()) else { throw Malformed() }
        let months = Int(try r.u32()), version = Int(try r.u32())
        let fields = try r.strings().compactMap(ContactField.init(rawValue:))
        return Purpose(id: id, title: title, description: description, legalBasis: basis,
                       retention: Retention(months: months), version: version, neededFields: fields)
    }
}
