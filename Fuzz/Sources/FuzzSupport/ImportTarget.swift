import Foundation
@testable import ZgodaCore

/// The importers, through the one entry point the CLI and the TUI use.
public enum ImportTarget {
    static let purposes = Set(Purpose.starters.map(\.id))

    public static func run(_ buf: UnsafeRawBufferPointer, format: InterchangeFormat) {
        _ = try? Importer.read(bytes: Array(buf), format: format, purposes: purposes)
    }

    /// JSON seeds: the portability export of the sample people.
    public static func jsonSeeds() -> [[UInt8]] {
        let state = SampleEvents.state
        let doc = PortableJSON.document(Array(state.contacts.values), state: state, now: SampleEvents.at, operator: "tester",
                                        filter: "", receipt: String(repeating: "0", count: 64), receiptSeq: 42)
        return [Array(doc.rendered().utf8), Array(doc.rendered(pretty: false).utf8)]
    }
}
