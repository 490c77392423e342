import Foundation
import Testing
@testable import ZgodaCore

/// A list of contact ids (an export's, a snapshot's) read for some people keeps those people,
/// in the list's order, and says how many it held; read for everyone, it is the list.
@Suite struct ContactListReadingTests {
    static func written(_ ids: [String]) -> [UInt8] {
        var w = BinaryWriter()
        w.strings(ids)
        w.u32(7)  // what follows the list must still be read where it is
        return w.bytes
    }

    @Test func keepsThePeopleAskedForAndTheCount() throws {
        let ids = (0..<5_000).map { String(format: "id%06d", $0) } + ["zażółć", "王伟", ""]
        let bytes = Self.written(ids)
        // Up to four people are compared one by one, more through a hash: both ways.
        let many: Set<ContactID> = ["id000001", "id000100", "id002500", "zażółć", "王伟", "", "nobody", "id00000"]
        for keeping in [nil, [], ["id000042"], ["id004999", "id000000", "nobody"], ["zażółć", "王伟", ""], many] as [Set<ContactID>?] {
            try bytes.withUnsafeBytes { raw in
                var r = BinaryReader(raw)
                let (kept, count) = try r.contactIDs(keeping: keeping)
                #expect(count == ids.count)
                #expect(kept == ids.map { ContactID($0) }.filter { keeping?.contains($0) ?? true })
                #expect(try r.u32() == 7 && r.atEnd)
            }
        }
    }

    @Test func aCutListIsAnError() throws {
        let bytes = Self.written(["aaaaaaaa", "bbbbbbbb"])
        for end in [2, 5, 12, 17, 20] {
            #expect(throws: BinaryReader.Truncated.self) {
                try bytes.prefix(end).withUnsafeBytes { raw in
                    var r = BinaryReader(raw)
                    _ = try r.contactIDs(keeping: ["bbbbbbbb"])
                }
            }
        }
    }
}
