import ZgodaCore

/// One change the torture worker reported (see Sources/ZgodaTorture/Worker.swift).
enum TortureChange: Equatable {
    case add(ContactID?, name: String, city: String)
    case edit(ContactID, field: String, value: String)
    case consent(ContactID, purpose: String, decision: String)
    /// The ids when acknowledged; the names when only intended (the ids are not known yet).
    case importAdded(ids: [ContactID], names: [String])
    case anonymize(ContactID)
    case compact

    var verb: String {
        switch self {
        case .add: return "add"
        case .edit: return "edit"
        case .consent: return "consent"
        case .importAdded: return "import"
        case .anonymize: return "anonymize"
        case .compact: return "compact"
        }
    }

    /// Parses the words after `ACK` or `DO`; nil when they are not a change the worker makes.
    init?(_ words: [Substring], acknowledged: Bool) {
        func value(_ w: Substring, _ key: String) -> String? {
            w.hasPrefix(key + "=") ? String(w.dropFirst(key.count + 1)) : nil
        }
        guard let verb = words.first else { return nil }
        let args = Array(words.dropFirst())
        switch verb {
        case "add":
            let named = acknowledged ? args.dropFirst() : args[...]
            guard let name = named.first.flatMap({ value($0, "name") }), let city = named.dropFirst().first.flatMap({ value($0, "city") }) else { return nil }
            self = .add(acknowledged ? args.first.map { ContactID(String($0)) } : nil, name: name, city: city)
        case "edit":
            guard args.count == 2, let eq = args[1].firstIndex(of: "=") else { return nil }
            self = .edit(ContactID(String(args[0])), field: String(args[1][..<eq]), value: String(args[1][args[1].index(after: eq)...]))
        case "consent":
            guard args.count == 3 else { return nil }
            self = .consent(ContactID(String(args[0])), purpose: String(args[1]), decision: String(args[2]))
        case "import":
            guard let n = args.first.flatMap({ Int($0) }), args.count == n + 1 else { return nil }
            let rest = args.dropFirst().map(String.init)
            self = acknowledged ? .importAdded(ids: rest.map { ContactID($0) }, names: []) : .importAdded(ids: [], names: rest)
        case "anonymize":
            guard args.count == 1 else { return nil }
            self = .anonymize(ContactID(String(args[0])))
        case "compact":
            guard args.isEmpty else { return nil }
            self = .compact
        default:
            return nil
        }
    }
}

/// What one worker run printed before it was killed.
struct TortureLog {
    var acknowledged: [(change: TortureChange, seq: UInt64)] = []
    /// The change started last and never acknowledged: it may or may not have reached the disk.
    var inDoubt: TortureChange?
    var ready = false
    /// The worker stopped by itself and said why (a storage error).
    var failure: String?
    /// Lines that did not parse: a worker and checker out of step, reported as a failure.
    var garbled: [String] = []

    /// Only whole lines count: the kill can land while a line is being written.
    init(output: String) {
        var lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        if !output.hasSuffix("\n") { lines.removeLast() }
        for line in lines where !line.isEmpty {
            var words = line.split(separator: " ")
            let kind = words.removeFirst()
            switch kind {
            case "READY": ready = true
            case "FAIL": failure = String(line.dropFirst(5))
            case "DO":
                guard let c = TortureChange(words, acknowledged: false) else { garbled.append(String(line)); continue }
                inDoubt = c
            case "ACK":
                guard let last = words.popLast(), last.hasPrefix("seq="), let seq = UInt64(last.dropFirst(4)),
                      let c = TortureChange(words, acknowledged: true) else { garbled.append(String(line)); continue }
                acknowledged.append((c, seq))
                inDoubt = nil
            default: garbled.append(String(line))
            }
        }
    }
}
