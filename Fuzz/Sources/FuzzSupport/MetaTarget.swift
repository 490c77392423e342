import Foundation
@testable import ZgodaCore

/// `zgoda.json`: the input is the file, read by `DirectoryMeta.load`.
public enum MetaTarget {
    public static func run(_ buf: UnsafeRawBufferPointer) {
        let dir = Scratch.folder("meta")
        Scratch.write(buf, to: dir + "/zgoda.json")
        if let meta = try? DirectoryMeta.load(DataDirectory(path: dir)) { _ = meta.computedChecksum() }
    }

    public static func seeds() -> [[UInt8]] {
        let dir = DataDirectory(path: Scratch.folder("meta-seeds"))
        var out: [[UInt8]] = []
        let encryption = DirectoryMeta.EncryptionParameters(salt: "c2FsdA==", n: 1 << 15, r: 8, p: 1, check: "Y2hlY2s=")
        for meta in [DirectoryMeta(created: "2026-03-01T09:00:00Z"), DirectoryMeta(created: "2026-03-01T09:00:00Z", encryption: encryption)] {
            guard (try? meta.save(dir, io: PosixIO())) != nil, let bytes = try? Files.read(dir.metaPath) else { fatalError("cannot make meta seeds") }
            out.append(bytes)
        }
        return out
    }
}
