import Foundation
@testable import ZgodaCore

/// A key store whose keys are the same in every process: snapshot seeds sealed with it by one
/// run still open in the next, so the fuzzer starts from snapshots whose contacts decrypt.
public enum FixedKeys {
    static let slots: UInt32 = 32

    /// `keys.zk` with `slots` plain keys; key `i` is 32 bytes of `i + 1`.
    static func file(copy: UInt8) -> [UInt8] {
        var bytes = KeyStore.magic + [copy] + [UInt8](repeating: 0, count: KeyStore.headerSize - 5)
        for i in 0..<slots {
            var slot = [UInt8](repeating: 0, count: KeyStore.slotSize)
            slot[0] = KeyStore.SlotState.plain.rawValue
            for j in 4..<36 { slot[j] = UInt8(i + 1) }
            slot.replaceSubrange(64..<80, with: SHA256Hex.digest(Array(slot[0..<64])).prefix(16))
            bytes += slot
        }
        return bytes
    }

    /// The store, over both files in the scratch folder, opened read-only so nothing rewrites them.
    /// libFuzzer calls a target from one thread, so sharing the store's cache is safe.
    nonisolated(unsafe) static let store: KeyStore = {
        let dir = Scratch.folder("fixed-keys")
        Scratch.write(file(copy: 0), to: dir + "/keys.zk")
        Scratch.write(file(copy: 1), to: dir + "/" + KeyStore.copyFileName)
        do { return try KeyStore(path: dir + "/keys.zk", master: nil, io: PosixIO(), writable: false) } catch {
            fatalError("cannot open the fixed key store: \(error)")
        }
    }()

    /// A passphrase key for wrapped slots, derived once with the cheapest scrypt parameters.
    static let master = try? DirectoryMeta.derive(passphrase: "fuzz", salt: Array("fuzz-salt".utf8), n: 2, r: 1, p: 1)
}
