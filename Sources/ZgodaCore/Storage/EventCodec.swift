import Foundation

/// Splits an event into a public part and a personal part, and joins them back.
///
/// The personal part holds every value that identifies the person (contact fields, evidence,
/// request resolutions, document paths); it is sealed with that person's key. When the key is
/// destroyed the personal part no longer opens and `decode` fills in erased values, so the
/// history still shows *that* something happened.
///
/// Versioning: kind codes are stable numbers (listed in `knownKinds`; never renumbered or reused). Enum
/// values are stored by their stable names (`granted`, `web-form`), never by position. A
/// public part only ever grows at its end, and a reader takes a field missing at the end as
/// absent (see kind 4's `at`). A personal part written with the journal's `tagged` flag is a
/// `SealedFields` part (version byte and tagged fields); older records have the positional
/// layout of format 1, which is still read.
enum EventCodec {
    struct Parts {
        var kindCode: UInt8
        var publicBytes: [UInt8]
        var personalBytes: [UInt8]?
    }

    /// The public part does not parse: the record is damaged (or this code has a bug).
    struct Malformed: Error {}
    /// The personal part opened but does not parse: damage, never an erasure.
    struct PersonalMalformed: Error {}
    /// A kind or a personal part of a newer format than this code knows.
    struct NewerFormat: Error { var what: String }

    /// The kind codes this code knows, one range per capability. A code outside them is a
    /// newer Zgoda's record.
    static let knownKinds: [ClosedRange<UInt8>] = [
        1...15,   // contacts, consents, catalogue, exports, requests, documents, repair
        16...17,  // consent links (16–19 are theirs)
        20...27,  // GDPR duties: overrides, erasure copies, extensions, grace, breaches, reads, notices (20–31 are theirs)
    ]

    static func isKnownKind(_ code: UInt8) -> Bool { knownKinds.contains { $0.contains(code) } }

    // Tags of the personal parts (SealedFields). Stable: never renumber, never reuse.
    enum EditTag: UInt8 { case old = 1, new = 2 }
    enum EvidenceTag: UInt8 { case evidence = 1 }
    enum ExportTag: UInt8 { case filter = 1, destination = 2 }
    enum ResolutionTag: UInt8 { case resolution = 1 }
    enum DocumentTag: UInt8 { case destination = 1 }
    enum LinkTag: UInt8 { case mailedTo = 1 }
    enum OverrideTag: UInt8 { case reason = 1 }
    enum ExtensionTag: UInt8 { case reason = 1 }

    /// An export whose filter and destination are sealed with a key slot of its own.
    static let sealedExportCode: UInt8 = 15

    /// A read of people's data (`Event.accessed`, format 6).
    static let accessCode: UInt8 = 26

    /// True for the kinds of record that name their contacts in the public part (exports).
    static func isExport(_ kindCode: UInt8) -> Bool { kindCode == 8 || kindCode == sealedExportCode }

    /// True for the kinds of record that may name several contacts in the public part, with
    /// the record's contact field empty: exports and reads of many people.
    static func namesContactsInPublicPart(_ kindCode: UInt8) -> Bool { isExport(kindCode) || kindCode == accessCode }

    /// How many people an export or a read names, read from its public part without its
    /// list (format, or format, filter and destination, or what was read, then the list); nil
    /// for other kinds or a part that does not parse.
    static func namedCount(kindCode: UInt8, publicBytes: [UInt8]) -> Int? {
        guard namesContactsInPublicPart(kindCode) else { return nil }
        return publicBytes.withUnsafeBytes { bytes in
            var r = BinaryReader(bytes)
            do {
                for _ in 0..<(kindCode == 8 ? 3 : 1) { r.offset += Int(try r.u32()) }
                return Int(try r.u32())
            } catch { return nil }
        }
    }

    /// An Art. 14 notice given (`Event.noticeGiven`, format 6).
    static let noticeCode: UInt8 = 27

    /// The event's parts in the current layout (the personal part tagged).
    static func encode(_ event: Event) -> Parts {
        var pub = BinaryWriter()
        var per: SealedFields.Writer? = nil
        let code: UInt8
        switch event {
        case .directoryCreated:
            code = 1
        case let .contactAdded(id, slot, details, origin):
            code = 2
            pub.string(id.rawValue); pub.u32(slot)
            // Format 6: where the data came from, at the end of the public part.
            if let origin { encodeOrigin(origin, into: &pub) }
            per = SealedFields.details(details)
        case let .contactEdited(id, changes):
            code = 3
            pub.string(id.rawValue); pub.strings(changes.map(\.field))
            var w = SealedFields.Writer()
            w.optionalStrings(EditTag.old.rawValue, changes.map(\.old))
            w.optionalStrings(EditTag.new.rawValue, changes.map(\.new))
            per = w
        case let .consentRecorded(d):
            code = 4
            pub.string(d.contact.rawValue); pub.string(d.purpose); pub.u32(UInt32(d.purposeVersion))
            pub.string(d.decision.rawValue); pub.string(d.source.rawValue)
            pub.optionalDate(d.expires); pub.string(d.wordingHash)
            // When the person decided, which may precede the record (imports, demo history).
            pub.date(d.at)
            var w = SealedFields.Writer(); w.optionalString(EvidenceTag.evidence.rawValue, d.evidence); per = w
        case let .purposeAdded(p):
            code = 5; encodePurpose(p, into: &pub); encodePurposeTail(p, into: &pub)
        case let .purposeEdited(p):
            code = 6; encodePurpose(p, into: &pub); encodePurposeTail(p, into: &pub)
        case let .controllerSet(c):
            code = 7
            pub.string(c.name); pub.string(c.address); pub.string(c.email); pub.string(c.dpo)
        case let .exported(format, filter, destination, ids):
            // Code 8 (filter and destination in the public part) is only read, never written:
            // the texts may name a person, so they are sealed with the export's own key.
            code = sealedExportCode
            pub.string(format); pub.strings(ids.map(\.rawValue))
            var w = SealedFields.Writer()
            w.optionalString(ExportTag.filter.rawValue, filter); w.optionalString(ExportTag.destination.rawValue, destination)
            per = w
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
            var w = SealedFields.Writer(); w.optionalString(ResolutionTag.resolution.rawValue, resolution); per = w
        case let .documentIssued(kind, contact, format, destination):
            code = 13
            pub.string(kind); pub.string(contact.rawValue); pub.string(format)
            var w = SealedFields.Writer(); w.optionalString(DocumentTag.destination.rawValue, destination); per = w
        case let .repaired(note):
            code = 14; pub.string(note)
        case let .linkIssued(link):
            code = 16
            pub.string(link.id); pub.string(link.contact.rawValue); pub.string(link.tokenHash)
            pub.strings(link.purposes); pub.date(link.expires)
            if let address = link.mailedTo {
                var w = SealedFields.Writer(); w.string(LinkTag.mailedTo.rawValue, address); per = w
            }
        case let .linkRevoked(id, contact):
            code = 17
            pub.string(id); pub.string(contact.rawValue)
        case let .suppressionOverridden(contact, matched, reason):
            code = 20
            pub.string(contact.rawValue); pub.string(matched)
            var w = SealedFields.Writer(); w.string(OverrideTag.reason.rawValue, reason); per = w
        case let .erasureCopies(contact, copies):
            code = 21
            pub.string(contact.rawValue); pub.u32(UInt32(copies.count))
            for c in copies { pub.u64(c.seq); pub.string(c.kind); pub.string(c.format) }
        case let .requestExtended(id, contact, due, reason):
            code = 22
            pub.string(id); pub.string(contact.rawValue); pub.string(due.description)
            var w = SealedFields.Writer(); w.string(ExtensionTag.reason.rawValue, reason); per = w
        case let .retentionGraceSet(days):
            code = 23; pub.u32(UInt32(days))
        case let .breachRecorded(b):
            code = 24; encodeBreach(b, into: &pub)
        case let .breachClosed(id, notified, resolution):
            code = 25; pub.string(id); pub.optionalDate(notified); pub.string(resolution)
        case let .accessed(what, contacts):
            code = accessCode; pub.string(what); pub.strings(contacts.map(\.rawValue))
        case let .noticeGiven(contact, channel):
            code = noticeCode; pub.string(contact.rawValue); pub.string(channel.rawValue)
        }
        return Parts(kindCode: code, publicBytes: pub.bytes, personalBytes: per?.bytes)
    }

    /// Rebuilds the event. `personal` is nil when the person's values cannot be read (erased);
    /// `tagged` says which layout the personal part has (the record's flag).
    ///
    /// With `keeping`, an export's or a read's list of people holds those of them alone
    /// (`namedCount` gives how many it named).
    static func decode(kindCode: UInt8, publicBytes: [UInt8], personal: [UInt8]?, tagged: Bool, at: Date, operator op: String,
                       keeping: Set<ContactID>? = nil) throws -> Event {
        guard isKnownKind(kindCode) else { throw NewerFormat(what: "record kind \(kindCode)") }
        // The personal part, parsed on its own so that its failure is told apart from the public part's.
        func personalPart<T>(_ readTagged: (SealedFields.Reader) throws -> T, legacy: (inout BinaryReader) throws -> T) throws -> T? {
            guard let personal else { return nil }
            do {
                if tagged { return try SealedFields.read(personal, readTagged) }
                return try personal.withReader { try legacy(&$0) }
            } catch let e as SealedFields.Reader.NewerVersion {
                throw NewerFormat(what: "sealed part version \(e.version)")
            } catch {
                throw PersonalMalformed()
            }
        }
        func optionalText(_ tag: UInt8) throws -> String? {
            try personalPart({ $0.optionalString(tag) }, legacy: { try $0.optionalString() }) ?? nil
        }
        do {
            return try publicBytes.withReader { r -> Event in
                switch kindCode {
                case 1: return .directoryCreated
                case 2:
                    let id = ContactID(try r.string()), slot = try r.u32()
                    let origin = r.atEnd ? nil : try decodeOrigin(&r)
                    let details = try personalPart({ try SealedFields.details($0) }, legacy: { try decodeDetails(&$0) }) ?? .erased
                    return .contactAdded(id: id, keySlot: slot, details: details, origin: origin)
                case 3:
                    let id = ContactID(try r.string()), fields = try r.strings()
                    let values = try personalPart({ pr -> [(String?, String?)] in
                        let olds = try pr.optionalStrings(EditTag.old.rawValue, count: fields.count)
                        let news = try pr.optionalStrings(EditTag.new.rawValue, count: fields.count)
                        return Array(zip(olds, news))
                    }, legacy: { pr in try fields.map { _ in (try pr.optionalString(), try pr.optionalString()) } })
                        ?? Array(repeating: (nil, nil), count: fields.count)
                    return .contactEdited(id: id, changes: zip(fields, values).map { FieldChange(field: $0, old: $1.0, new: $1.1) })
                case 4:
                    let contact = ContactID(try r.string()), purpose = try r.string(), version = Int(try r.u32())
                    guard let decision = Decision(rawValue: try r.string()),
                          let source = ConsentSource(rawValue: try r.string()) else { throw Malformed() }
                    let expires = try r.optionalDate(), hash = try r.string()
                    let givenAt = r.atEnd ? at : try r.date()
                    let evidence = try optionalText(EvidenceTag.evidence.rawValue)
                    return .consentRecorded(ConsentDecision(contact: contact, purpose: purpose, purposeVersion: version,
                                                            decision: decision, source: source, evidence: evidence,
                                                            at: givenAt, operator: op, expires: expires, wordingHash: hash))
                case 5: return .purposeAdded(try decodePurposeTail(decodePurpose(&r), &r))
                case 6: return .purposeEdited(try decodePurposeTail(decodePurpose(&r), &r))
                case 7:
                    return .controllerSet(DataController(name: try r.string(), address: try r.string(),
                                                         email: try r.string(), dpo: try r.string()))
                case 8:
                    return .exported(format: try r.string(), filter: try r.string(), destination: try r.string(),
                                     contacts: try r.contactIDs(keeping: keeping).ids)
                case sealedExportCode:
                    let format = try r.string(), ids = try r.contactIDs(keeping: keeping).ids
                    let texts = try personalPart({ pr in (pr.string(ExportTag.filter.rawValue), pr.string(ExportTag.destination.rawValue)) },
                                                 legacy: { pr in (try pr.string(), try pr.string()) }) ?? ("", "")
                    return .exported(format: format, filter: texts.0, destination: texts.1, contacts: ids)
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
                    let resolution = try optionalText(ResolutionTag.resolution.rawValue)
                    return .requestClosed(id: id, contact: contact, closed: day, resolution: resolution)
                case 13:
                    let kind = try r.string(), contact = ContactID(try r.string()), format = try r.string()
                    let destination = try optionalText(DocumentTag.destination.rawValue)
                    return .documentIssued(kind: kind, contact: contact, format: format, destination: destination)
                case 14: return .repaired(note: try r.string())
                case 16:
                    let id = try r.string(), contact = ContactID(try r.string()), hash = try r.string()
                    let purposes = try r.strings(), expires = try r.date()
                    // Written only by the tagged layout: there is no format 1 link.
                    let mailedTo = try personalPart({ $0.optionalString(LinkTag.mailedTo.rawValue) }, legacy: { _ in throw Malformed() }) ?? nil
                    return .linkIssued(ConsentLink(id: id, contact: contact, tokenHash: hash, purposes: purposes,
                                                   issued: at, expires: expires, mailedTo: mailedTo))
                case 17:
                    return .linkRevoked(id: try r.string(), contact: ContactID(try r.string()))
                case 20:
                    let contact = ContactID(try r.string()), matched = try r.string()
                    let reason = try personalPart({ $0.string(OverrideTag.reason.rawValue) }, legacy: { try $0.string() }) ?? HistoryText.erased
                    return .suppressionOverridden(contact: contact, matched: matched, reason: reason)
                case 21:
                    let contact = ContactID(try r.string()), n = Int(try r.u32())
                    guard n <= r.remaining / 16 else { throw Malformed() }
                    let copies = try (0..<n).map { _ in CopyReference(seq: try r.u64(), kind: try r.string(), format: try r.string()) }
                    return .erasureCopies(contact: contact, copies: copies)
                case 22:
                    let id = try r.string(), contact = ContactID(try r.string())
                    guard let due = Day(parsing: try r.string()) else { throw Malformed() }
                    let reason = try personalPart({ $0.string(ExtensionTag.reason.rawValue) }, legacy: { try $0.string() }) ?? HistoryText.erased
                    return .requestExtended(id: id, contact: contact, due: due, reason: reason)
                case 23: return .retentionGraceSet(days: Int(try r.u32()))
                case 24: return .breachRecorded(try decodeBreach(&r))
                case 25: return .breachClosed(id: try r.string(), notified: try r.optionalDate(), resolution: try r.string())
                case accessCode:
                    let what = try r.string(), (contacts, named) = try r.contactIDs(keeping: keeping)
                    guard !what.isEmpty, named > 0 else { throw Malformed() }
                    return .accessed(what: what, contacts: contacts)
                case noticeCode:
                    let contact = ContactID(try r.string()), name = try r.string()
                    guard let channel = NoticeChannel(rawValue: name) else { throw NewerFormat(what: "a notice channel '\(name)'") }
                    return .noticeGiven(contact: contact, channel: channel)
                default: throw NewerFormat(what: "record kind \(kindCode)")
                }
            }
        } catch is BinaryReader.Truncated {
            throw Malformed()
        }
    }

    /// Format 1's positional layout of a contact's details, still read from old records and
    /// snapshots; never written.
    static func decodeDetails(_ r: inout BinaryReader) throws -> ContactDetails {
        ContactDetails(name: try r.string(), email: try r.string(), phone: try r.string(), company: try r.string(),
                       position: try r.string(), city: try r.string(), tags: try r.strings(), notes: try r.string())
    }

    static func encodePurpose(_ p: Purpose, into w: inout BinaryWriter) {
        w.string(p.id); w.string(p.title); w.string(p.description); w.string(p.legalBasis.rawValue)
        w.u32(UInt32(p.retention.months)); w.u32(UInt32(p.version)); w.strings(p.neededFields.map(\.rawValue))
    }

    /// What purpose records carry after the fields above (which snapshots share, so they never
    /// change): `u32 consentsFrom` (format 3; absent before: every new version was material),
    /// then the translations (format 5; absent before: none), then the recipients and
    /// `u8 automatedDecisions` (format 6; absent before: none, and no). Each is written only
    /// when it or something after it is not empty.
    static func encodePurposeTail(_ p: Purpose, into w: inout BinaryWriter) {
        w.u32(UInt32(p.consentsFrom))
        let recipientsFollow = !p.recipients.isEmpty || p.automatedDecisions
        if !p.translations.isEmpty || recipientsFollow { encodeTranslations(p, into: &w) }
        if recipientsFollow { encodeRecipients(p.recipients, into: &w) }
        if p.automatedDecisions { w.u8(1) }
    }

    static func decodePurposeTail(_ p: Purpose, _ r: inout BinaryReader) throws -> Purpose {
        var p = p
        if !r.atEnd {
            let from = Int(try r.u32())
            guard from >= 1, from <= p.version else { throw Malformed() }
            p.consentsFrom = from
        }
        if !r.atEnd { p.translations = try decodeTranslations(&r) }
        if !r.atEnd { p.recipients = try decodeRecipients(&r) }
        if !r.atEnd {
            let flag = try r.u8()
            guard flag <= 1 else { throw Malformed() }
            p.automatedDecisions = flag == 1
        }
        return p
    }

    /// `u32 n · (string name · string role · string country · string safeguard)ⁿ`; roles by
    /// their stable names (`processor`, `recipient`). A role this Zgoda does not know is a
    /// newer Zgoda's.
    static func encodeRecipients(_ list: [Recipient], into w: inout BinaryWriter) {
        w.u32(UInt32(list.count))
        for x in list { w.string(x.name); w.string(x.role.rawValue); w.string(x.country); w.string(x.safeguard) }
    }

    static func decodeRecipients(_ r: inout BinaryReader) throws -> [Recipient] {
        let n = Int(try r.u32())
        guard n <= r.remaining / 16 else { throw Malformed() }
        return try (0..<n).map { _ in
            let name = try r.string(), roleName = try r.string()
            guard let role = Recipient.Role(rawValue: roleName) else { throw NewerFormat(what: "a recipient role '\(roleName)'") }
            return Recipient(name: name, role: role, country: try r.string(), safeguard: try r.string())
        }
    }

    /// `u32 n · (string language · string title · string description)ⁿ`, in the order of
    /// `Language.allCases`. A language this Zgoda does not speak is a newer Zgoda's.
    static func encodeTranslations(_ p: Purpose, into w: inout BinaryWriter) {
        let languages = p.translatedLanguages
        w.u32(UInt32(languages.count))
        for language in languages {
            let wording = p.translations[language]!
            w.string(language.rawValue); w.string(wording.title); w.string(wording.description)
        }
    }

    static func decodeTranslations(_ r: inout BinaryReader) throws -> [Language: PurposeWording] {
        let n = Int(try r.u32())
        guard n <= Language.allCases.count else { throw Malformed() }
        var out: [Language: PurposeWording] = [:]
        for _ in 0..<n {
            let code = try r.string()
            guard let language = Language(rawValue: code), language != .en, out[language] == nil else {
                throw NewerFormat(what: "a purpose wording in '\(code)'")
            }
            out[language] = PurposeWording(title: try r.string(), description: try r.string())
        }
        return out
    }

    /// Where a contact's data came from (the end of `contact.add`'s public part, format 6):
    /// `string kind · string detail · u8 fromPerson`. A kind this Zgoda does not know is a
    /// newer Zgoda's.
    static func encodeOrigin(_ o: DataOrigin, into w: inout BinaryWriter) {
        w.string(o.kind.rawValue); w.string(o.detail); w.u8(o.fromPerson ? 1 : 0)
    }

    static func decodeOrigin(_ r: inout BinaryReader) throws -> DataOrigin {
        let kindName = try r.string(), detail = try r.string(), from = try r.u8()
        guard let kind = DataOrigin.Kind(rawValue: kindName) else { throw NewerFormat(what: "a data origin '\(kindName)'") }
        guard from <= 1 else { throw Malformed() }
        return DataOrigin(kind: kind, detail: detail, fromPerson: from == 1)
    }

    /// A breach's public fields (record kind 24 and snapshot section 14 share them).
    static func encodeBreach(_ b: Breach, into w: inout BinaryWriter) {
        w.string(b.id); w.date(b.noticed); w.string(b.description); w.u32(UInt32(b.people))
        w.strings(b.contacts.map(\.rawValue)); w.string(b.measures)
    }

    static func decodeBreach(_ r: inout BinaryReader) throws -> Breach {
        Breach(id: try r.string(), noticed: try r.date(), description: try r.string(), people: Int(try r.u32()),
               contacts: try r.strings().map { ContactID($0) }, measures: try r.string())
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
