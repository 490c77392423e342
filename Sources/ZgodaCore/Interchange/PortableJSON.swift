import Foundation

/// The portability format (GDPR Art. 20): whole contacts with every consent decision they ever
/// made, the data controller and the purposes, and the journal head as a receipt.
///
/// ```json
/// {"format": "zgoda-portability", "version": 1, "exportedAt": "…", "operator": "…",
///  "filter": "…", "receipt": "<head hash>", "receiptSeq": 42,
///  "controller": {…}, "purposes": [{…}],
///  "contacts": [{"id", "name", …, "consents": [{…}], "decisions": [{"purpose", "version",
///    "decision", "source", "at", "operator", "evidence", "expires", "wordingHash"}]}]}
/// ```
public enum PortableJSON {
    public static let formatName = "zgoda-portability"

    public static func document(_ contacts: [Contact], state: ZgodaState, now: Date, operator: String,
                                filter: String, receipt: String, receiptSeq: UInt64) -> JSON {
        .object([
            ("format", .string(formatName)),
            ("version", .int(1)),
            ("exportedAt", JSON.time(now)),
            ("operator", .string(`operator`)),
            ("filter", .string(filter)),
            ("receipt", .string(receipt)),
            ("receiptSeq", .int(Int(receiptSeq))),
            ("controller", JSONShapes.controller(state.controller)),
            ("purposes", .array(state.purposes.values.map(JSONShapes.purpose))),
            ("contacts", .array(contacts.map { contact($0, state: state, now: now) })),
        ])
    }

    /// The document as bytes: the same value as `document`, laid out with one contact per line.
    /// Rendered contact by contact, so a 100k-contact export never holds the whole tree (nor a
    /// pretty-printed copy of it) in memory.
    public static func rendered(_ contacts: [Contact], state: ZgodaState, now: Date, operator: String,
                                filter: String, receipt: String, receiptSeq: UInt64, progress: WorkProgress = .none) throws -> [UInt8] {
        guard case let .object(pairs) = document([], state: state, now: now, operator: `operator`, filter: filter,
                                                 receipt: receipt, receiptSeq: receiptSeq) else { return [] }
        var out: [UInt8] = Array("{\n".utf8)
        for (key, value) in pairs where key != "contacts" {
            out += Array("  ".utf8)
            out += Array(JSON.array([.string(key)]).rendered(pretty: false).dropFirst().dropLast().utf8)
            out += Array(": ".utf8) + Array(value.rendered(pretty: false).utf8) + Array(",\n".utf8)
        }
        out += Array("  \"contacts\": [".utf8)
        for (i, c) in contacts.enumerated() {
            try ExportRenderer.step(i, progress)
            out += Array((i == 0 ? "\n    " : ",\n    ").utf8)
            out += Array(contact(c, state: state, now: now).rendered(pretty: false).utf8)
        }
        out += Array((contacts.isEmpty ? "]\n}\n" : "\n  ]\n}\n").utf8)
        return out
    }

    /// The contract's contact shape plus the full decision history.
    public static func contact(_ c: Contact, state: ZgodaState, now: Date) -> JSON {
        guard case var .object(pairs) = JSONShapes.contact(c, state: state, now: now) else { return .null }
        pairs.append(("decisions", .array((state.decisions[c.id] ?? []).map(decision))))
        return .object(pairs)
    }

    public static func decision(_ d: ConsentDecision) -> JSON {
        .object([
            ("purpose", .string(d.purpose)),
            ("version", .int(d.purposeVersion)),
            ("decision", .string(d.decision.rawValue)),
            ("source", .string(d.source.rawValue)),
            ("at", JSON.time(d.at)),
            ("operator", .string(d.operator)),
            ("evidence", JSON.str(d.evidence)),
            ("expires", JSON.time(d.expires)),
            ("wordingHash", .string(d.wordingHash)),
        ])
    }

    // MARK: Reading

    public static func read(_ raw: [UInt8], purposes: Set<String>) throws -> ParsedImport {
        let (text, encoding) = TextDecoding.string(raw)
        var out = ParsedImport(format: .json, encoding: encoding)
        let doc: JSON
        do { doc = try JSON.parse(text) } catch {
            throw ZgodaError.invalidInput(ErrorReason(en: "not a JSON file: it does not parse",
                    pl: "to nie jest plik JSON: nie daje się odczytać"))
        }
        guard doc["format"]?.stringValue == formatName, let contacts = doc["contacts"]?.arrayValue else {
            throw ZgodaError.invalidInput(ErrorReason(en: "not a Zgoda portability file: expected an object with \"format\": \"\(formatName)\" and \"contacts\"",
                    pl: "to nie jest plik przenoszenia danych Zgody: oczekiwano obiektu z \"format\": \"\(formatName)\" i \"contacts\""))
        }
        var unknown = Set<String>()
        for (i, item) in contacts.enumerated() {
            let loc = ImportLocation.contact(i + 1)
            guard case .object = item else { out.problems.append(ImportProblem(loc, CoreText.Import.notAnObject)); continue }
            if item["anonymized"]?.boolValue == true { continue }
            var d = ContactDetails()
            var given = Set<ContactField>()
            for f in ContactField.allCases where f != .tags {
                if let v = item[f.rawValue]?.stringValue, !v.isEmpty { d[f] = v; given.insert(f) }
            }
            given.insert(.name)
            if let tags = item["tags"]?.arrayValue?.compactMap(\.stringValue), !tags.isEmpty { d.tags = tags; given.insert(.tags) }
            var history: [ConsentDecision] = []
            for (j, dj) in (item["decisions"]?.arrayValue ?? []).enumerated() {
                guard let purpose = dj["purpose"]?.stringValue, let version = dj["version"]?.intValue,
                      let decision = dj["decision"]?.stringValue.flatMap(Decision.init(rawValue:)),
                      let source = dj["source"]?.stringValue.flatMap(ConsentSource.init(rawValue:)),
                      let at = dj["at"]?.stringValue.flatMap(ISOTime.parse),
                      let wording = dj["wordingHash"]?.stringValue else {
                    out.problems.append(ImportProblem(loc, CoreText.Import.incompleteDecision(j + 1)))
                    history = []
                    break
                }
                if !purposes.contains(purpose) { unknown.insert(purpose); continue }
                history.append(ConsentDecision(contact: ContactID(""), purpose: purpose, purposeVersion: version, decision: decision,
                                               source: source, evidence: dj["evidence"]?.stringValue, at: at,
                                               operator: dj["operator"]?.stringValue ?? "", expires: dj["expires"]?.stringValue.flatMap(ISOTime.parse),
                                               wordingHash: wording))
            }
            if out.problems.last?.location == loc { continue }
            out.candidates.append(ImportCandidate(location: loc, details: d, givenFields: given, history: history,
                                                  preferredID: item["id"]?.stringValue.map { ContactID($0) }))
        }
        for p in unknown.sorted() { out.noteTexts.append(CoreText.Import.jsonUnknownPurpose(SafeText.visible(p))) }
        return out
    }
}
