import Foundation
@testable import ZgodaCore

/// A fresh data directory in a temp folder, with a fixed clock and operator.
final class TempStore {
    let root: String
    let store: Store
    static let now = ISOTime.parse("2026-01-15T10:00:00Z")!

    init(operatorName: String = "Anna Operator", now: Date = TempStore.now) throws {
        root = NSTemporaryDirectory() + "zgoda-interchange-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        store = try Store.open(DataDirectory(path: root + "/data"), options: StoreOptions(operatorName: operatorName, clock: FixedClock(now)))
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// A path inside the temp folder (outside the data directory).
    func path(_ name: String) -> String { root + "/" + name }

    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let p = path(name)
        try Data(bytes).write(to: URL(fileURLWithPath: p))
        return p
    }

    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

    func read(_ name: String) -> String? {
        FileManager.default.contents(atPath: path(name)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Files in the temp folder other than the data directory.
    func files() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).filter { $0 != "data" }.sorted()
    }

    /// The contact with this exact name.
    func contact(named name: String) -> Contact? { store.state.contacts.values.first { $0.details.name == name } }
}

/// Text as Windows-1250 bytes, for the Polish letters and ASCII only. Independent of the
/// decoder's table: the byte values come from the code page chart.
func windows1250Bytes(_ s: String) -> [UInt8] {
    let table: [Character: UInt8] = [
        "ą": 0xB9, "ć": 0xE6, "ę": 0xEA, "ł": 0xB3, "ń": 0xF1, "ó": 0xF3, "ś": 0x9C, "ź": 0x9F, "ż": 0xBF,
        "Ą": 0xA5, "Ć": 0xC6, "Ę": 0xCA, "Ł": 0xA3, "Ń": 0xD1, "Ó": 0xD3, "Ś": 0x8C, "Ź": 0x8F, "Ż": 0xAF,
    ]
    var out: [UInt8] = []
    for ch in s {
        if let b = table[ch] { out.append(b) } else if ch == "\r\n" { out += [0x0D, 0x0A] } else {
            precondition(ch.isASCII, "not in the test's Windows-1250 table: \(ch)")
            out += Array(String(ch).utf8)
        }
    }
    return out
}
