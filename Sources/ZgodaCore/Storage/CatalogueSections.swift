import Foundation

/// Snapshot section 10: what purpose versions hold beyond the snapshot body's fields — for now,
/// the oldest version whose consents still count (`Purpose.consentsFrom`) of every version made
/// by an editorial fix. Versions left out have `consentsFrom == version`, as every version had
/// before editorial fixes existed.
///
/// ```
/// u32 n · (string purpose · u32 version · u32 consentsFrom)*
/// ```
enum PurposeVersionSection: SnapshotSection {
    static let tag: UInt16 = 10

    static func encode(_ state: ZgodaState, keys: KeyStore) throws -> [UInt8]? {
        let editorial = state.purposeVersions.values.flatMap(\.values).filter(\.isEditorialVersion)
            .sorted { ($0.id, $0.version) < ($1.id, $1.version) }
        if editorial.isEmpty { return nil }
        var w = BinaryWriter()
        w.u32(UInt32(editorial.count))
        for p in editorial { w.string(p.id); w.u32(UInt32(p.version)); w.u32(UInt32(p.consentsFrom)) }
        return w.bytes
    }

    static func decode(_ r: inout BinaryReader, into state: inout ZgodaState, keys: KeyStore) throws {
        let n = Int(try r.u32())
        for _ in 0..<n {
            let id = try r.string(), version = Int(try r.u32()), from = Int(try r.u32())
            guard from >= 1, from <= version, state.purposeVersions[id]?[version] != nil else {
                throw SnapshotCodec.Invalid("purpose version section names \(id) v\(version), which the snapshot does not hold", "sekcja wersji celów wskazuje \(id) v\(version), której migawka nie zawiera")
            }
            state.purposeVersions[id]?[version]?.consentsFrom = from
            if state.purposes[id]?.version == version { state.purposes[id]?.consentsFrom = from }
        }
    }
}

/// Snapshot section 30: the wording of purpose versions in languages other than the main one
/// (`Purpose.translations`), for every version that has any. Versions left out have none, as
/// every version had before purposes were translated.
///
/// ```
/// u32 n · (string purpose · u32 version · translations (as in purpose records))*
/// ```
enum PurposeTranslationSection: SnapshotSection {
    static let tag: UInt16 = 30

    static func encode(_ state: ZgodaState, keys: KeyStore) throws -> [UInt8]? {
        let translated = state.purposeVersions.values.flatMap(\.values).filter { !$0.translations.isEmpty }
            .sorted { ($0.id, $0.version) < ($1.id, $1.version) }
        if translated.isEmpty { return nil }
        var w = BinaryWriter()
        w.u32(UInt32(translated.count))
        for p in translated {
            w.string(p.id); w.u32(UInt32(p.version)); EventCodec.encodeTranslations(p, into: &w)
        }
        return w.bytes
    }

    static func decode(_ r: inout BinaryReader, into state: inout ZgodaState, keys: KeyStore) throws {
        let n = Int(try r.u32())
        for _ in 0..<n {
            let id = try r.string(), version = Int(try r.u32())
            let translations = try EventCodec.decodeTranslations(&r)
            guard state.purposeVersions[id]?[version] != nil, !translations.isEmpty else {
                throw SnapshotCodec.Invalid("purpose translation section names \(id) v\(version), which the snapshot does not hold",
                                            "sekcja tłumaczeń celów wskazuje \(id) v\(version), której migawka nie zawiera")
            }
            state.purposeVersions[id]?[version]?.translations = translations
            if state.purposes[id]?.version == version { state.purposes[id]?.translations = translations }
        }
    }
}

/// Snapshot section 15: the recipients of purpose versions (`Purpose.recipients`) and whether
/// they make automated decisions (`Purpose.automatedDecisions`), for every version that has
/// either. Versions left out have no recipients and make none, as every version before them.
///
/// ```
/// u32 n · (string purpose · u32 version · recipients (as in purpose records) · u8 automatedDecisions)*
/// ```
enum PurposeRecipientSection: SnapshotSection {
    static let tag: UInt16 = 15

    static func encode(_ state: ZgodaState, keys: KeyStore) throws -> [UInt8]? {
        let listed = state.purposeVersions.values.flatMap(\.values).filter { !$0.recipients.isEmpty || $0.automatedDecisions }
            .sorted { ($0.id, $0.version) < ($1.id, $1.version) }
        if listed.isEmpty { return nil }
        var w = BinaryWriter()
        w.u32(UInt32(listed.count))
        for p in listed {
            w.string(p.id); w.u32(UInt32(p.version)); EventCodec.encodeRecipients(p.recipients, into: &w)
            w.u8(p.automatedDecisions ? 1 : 0)
        }
        return w.bytes
    }

    static func decode(_ r: inout BinaryReader, into state: inout ZgodaState, keys: KeyStore) throws {
        let n = Int(try r.u32())
        for _ in 0..<n {
            let id = try r.string(), version = Int(try r.u32())
            let recipients = try EventCodec.decodeRecipients(&r)
            let flag = try r.u8()
            guard state.purposeVersions[id]?[version] != nil, flag <= 1, !recipients.isEmpty || flag == 1 else {
                throw SnapshotCodec.Invalid("purpose recipient section names \(id) v\(version), which the snapshot does not hold",
                                            "sekcja odbiorców celów wskazuje \(id) v\(version), której migawka nie zawiera")
            }
            state.purposeVersions[id]?[version]?.recipients = recipients
            state.purposeVersions[id]?[version]?.automatedDecisions = flag == 1
            if state.purposes[id]?.version == version {
                state.purposes[id]?.recipients = recipients
                state.purposes[id]?.automatedDecisions = flag == 1
            }
        }
    }
}

/// Snapshot section 13: the grace period for people who never had a legal basis
/// (`ZgodaState.retentionGraceDays`), when it is not the default. `u32 days`.
enum RetentionGraceSection: SnapshotSection {
    static let tag: UInt16 = 13

    static func encode(_ state: ZgodaState, keys: KeyStore) throws -> [UInt8]? {
        guard state.retentionGraceDays != ZgodaState.defaultRetentionGraceDays else { return nil }
        var w = BinaryWriter()
        w.u32(UInt32(state.retentionGraceDays))
        return w.bytes
    }

    static func decode(_ r: inout BinaryReader, into state: inout ZgodaState, keys: KeyStore) throws {
        state.retentionGraceDays = Int(try r.u32())
    }
}

/// Snapshot section 14: the breach register (`ZgodaState.breaches`), in the order recorded.
///
/// ```
/// u32 n · (breach (as record kind 24) · optionalDate closed · optionalDate notified · optionalString resolution)*
/// ```
enum BreachSection: SnapshotSection {
    static let tag: UInt16 = 14

    static func encode(_ state: ZgodaState, keys: KeyStore) throws -> [UInt8]? {
        if state.breaches.isEmpty { return nil }
        var w = BinaryWriter()
        w.u32(UInt32(state.breaches.count))
        for b in state.breaches.values {
            EventCodec.encodeBreach(b, into: &w)
            w.optionalDate(b.closed); w.optionalDate(b.notified); w.optionalString(b.resolution)
        }
        return w.bytes
    }

    static func decode(_ r: inout BinaryReader, into state: inout ZgodaState, keys: KeyStore) throws {
        let n = Int(try r.u32())
        for _ in 0..<n {
            var b = try EventCodec.decodeBreach(&r)
            b.closed = try r.optionalDate(); b.notified = try r.optionalDate(); b.resolution = try r.optionalString()
            state.breaches[b.id] = b
        }
    }
}
