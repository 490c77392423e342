import Foundation

/// Parsed JSON output of a command, for checking fields one by one.
enum JSONValue: Equatable, ExpressibleByStringLiteral {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(stringLiteral value: String) { self = .string(value) }

    init(_ text: String) throws {
        self = Self.from(try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]))
    }

    /// Parses `text` (a literal passed straight to `init` would be taken as a JSON string).
    static func parsed(_ text: String) throws -> JSONValue { try JSONValue(text) }

    static func from(_ any: Any) -> JSONValue {
        switch any {
        case is NSNull: return .null
        case let s as String: return .string(s)
        case let n as NSNumber:
            return String(cString: n.objCType) == "c" ? .bool(n.boolValue) : .number(n.doubleValue)
        case let a as [Any]: return .array(a.map(from))
        case let d as [String: Any]: return .object(d.mapValues(from))
        default: return .null
        }
    }

    subscript(key: String) -> JSONValue? {
        if case let .object(o) = self { return o[key] }
        return nil
    }

    var array: [JSONValue] { if case let .array(a) = self { return a }; return [] }
    var string: String? { if case let .string(s) = self { return s }; return nil }
}
