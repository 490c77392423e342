import Foundation

/// An `application/x-www-form-urlencoded` body: the page's fields, by name.
struct FormBody: Equatable {
    /// The largest body read: the page has a few fields per purpose.
    static let limit = 64 * 1024

    private(set) var fields: [String: [String]] = [:]

    init(fields: [String: [String]]) { self.fields = fields }

    /// Nil when the body is not valid form encoding.
    init?(_ bytes: [UInt8]) {
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]), let value = Self.decode(parts.count > 1 ? parts[1] : "") else { return nil }
            fields[name, default: []].append(value)
        }
    }

    /// The field's only value; nil when it is absent or given more than once.
    func value(_ name: String) -> String? {
        guard let list = fields[name], list.count == 1 else { return nil }
        return list[0]
    }

    func count(_ name: String) -> Int { fields[name]?.count ?? 0 }

    private static func decode(_ s: Substring) -> String? {
        String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
