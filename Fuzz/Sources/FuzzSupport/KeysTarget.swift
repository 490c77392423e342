import Foundation
@testable import ZgodaCore

/// Key files: the input is `u8 options · u16 split · bytes`; the bytes before `split` become
/// `keys.zk`, the rest `keys.copy.zk`. Options: bit 0 writes the copy at all, bit 1 opens the
/// store writable (which may write headers and restore slots), bit 2 gives it a passphrase key.
/// Read-only, the files are also read a slot at a time and must read the same.
public enum KeysTarget {
    public static func run(_ buf: UnsafeRawBufferPointer) {
        guard buf.count >= 3 else { return }
        let options = buf[0]
        let rest = Array(buf[3...])
        let split = min(Int(buf[1]) | Int(buf[2]) << 8, rest.count)
        let dir = Scratch.folder("keys")
        let path = dir + "/keys.zk", copyPath = dir + "/" + KeyStore.copyFileName
        Scratch.write(rest[..<split], to: path)
        if options & 1 != 0 { Scratch.write(rest[split...], to: copyPath) } else { unlink(copyPath) }
        let master = options & 4 != 0 ? FixedKeys.master : nil
        let writable = options & 2 != 0
        guard let store = try? KeyStore(path: path, master: master, io: PosixIO(), writable: writable) else { return }
        // The first slots, the last ones and those just past the end: every slot is read by
        // the same code, so probing all of them (up to 64, each opening the files again) cost
        // ten times the time for no more coverage.
        let count = store.slotCount
        let probe = Set([0, 1, 2, 3, count &- 2, count &- 1, count, count &+ 1, UInt32.max].filter { $0 <= count &+ 1 || $0 == .max })
        for slot in probe.sorted() {
            _ = store.health(slot); _ = store.key(slot); _ = store.uncheckedKey(slot); _ = store.uncachedKey(slot)
            _ = KeyStore.readKey(path: path, slot: slot, master: master)
        }
        // The same files read a slot at a time (a store opened for one person) must say the
        // same of every probed slot, read-only so that nothing above is written twice.
        if !writable, let onDemand = try? KeyStore(path: path, master: master, io: PosixIO(), writable: false, slotsOnDemand: true) {
            precondition(onDemand.slotCount == count, "slot counts differ when read on demand")
            for slot in probe.sorted() {
                precondition(onDemand.health(slot) == store.health(slot), "slot \(slot) reads differently on demand")
                precondition(onDemand.key(slot).map { $0.withUnsafeBytes(Array.init) } == store.key(slot).map { $0.withUnsafeBytes(Array.init) },
                             "slot \(slot)'s key differs on demand")
            }
        }
        _ = store.differingSlots(); _ = store.hasPartialTail; _ = store.fileNames
        let problems = store.problems()
        if writable {
            for (slot, _) in problems.prefix(4) { _ = try? store.restore(slot, overZero: true) }
            _ = store.problems()
        }
    }

    public static func seeds() -> [[UInt8]] {
        func wrap(_ primary: [UInt8], _ copy: [UInt8]?, options: UInt8) -> [UInt8] {
            let o = options | (copy == nil ? 0 : 1)
            return [o, UInt8(primary.count & 0xFF), UInt8(primary.count >> 8 & 0xFF)] + primary + (copy ?? [])
        }
        var out: [[UInt8]] = []
        for master in [nil, FixedKeys.master] {
            let dir = Scratch.folder("key-seeds-\(master == nil ? "plain" : "wrapped")")
            guard let store = try? KeyStore(path: dir + "/keys.zk", master: master, io: PosixIO()),
                  (try? store.allocate(4)) != nil, (try? store.erase(2)) != nil,
                  let a = try? Files.read(dir + "/keys.zk"), let b = try? Files.read(dir + "/" + KeyStore.copyFileName) else {
                fatalError("cannot make key seeds")
            }
            let options: UInt8 = master == nil ? 0 : 4
            out += [wrap(a, b, options: options), wrap(a, nil, options: options), wrap(a, b, options: options | 2)]
        }
        if let sample = Seeds.sampleDirectory, let a = try? Files.read(sample + "/keys.zk") {
            out.append(wrap(a, try? Files.read(sample + "/" + KeyStore.copyFileName), options: 0))
        }
        return out
    }
}
