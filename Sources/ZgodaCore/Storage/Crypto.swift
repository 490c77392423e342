import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// SHA-256 helpers for the hash chain, the wording fingerprint and integrity trailers.
public enum SHA256Hex {
    public static func of(_ bytes: [UInt8]) -> String { hex(digest(bytes)) }

    static func digest(_ bytes: [UInt8]) -> [UInt8] { Array(SHA256.hash(data: bytes)) }
    static func digest(_ buf: UnsafeRawBufferPointer) -> [UInt8] { Array(SHA256.hash(data: buf)) }

    public static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8](); out.reserveCapacity(bytes.count * 2)
        for b in bytes { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Seals personal values with a person's own key (AES-256-GCM). Destroying that key makes
/// every copy of the values, in every snapshot and journal record, unreadable at once
/// ("crypto-shredding"), without rewriting any of those files.
enum Sealer {
    static let overhead = 12 + 16

    /// `random` supplies the nonce; without it, the system is asked for 12 bytes (a system
    /// call per seal, which adds up when sealing a hundred thousand records).
    static func seal(_ plain: [UInt8], key: SymmetricKey, random: RandomBytes? = nil) throws -> [UInt8] {
        do {
            let nonce = try random.map { try AES.GCM.Nonce(data: $0.take(12)) } ?? AES.GCM.Nonce()
            let box = try AES.GCM.seal(plain, using: key, nonce: nonce)
            guard let combined = box.combined else { throw ZgodaError.io(ErrorReason(en: "encryption failed",
                    pl: "szyfrowanie nie powiodło się")) }
            return Array(combined)
        } catch let e as ZgodaError { throw e } catch {
            throw ZgodaError.io(ErrorReason(en: "encryption failed: \(error)",
                    pl: "szyfrowanie nie powiodło się: \(error)"))
        }
    }

    /// nil when the bytes do not open with this key (damaged, or sealed with another key).
    static func open(_ sealed: [UInt8], key: SymmetricKey) -> [UInt8]? {
        sealed.withUnsafeBytes { open($0, key: key) }
    }

    static func open(_ sealed: UnsafeRawBufferPointer, key: SymmetricKey) -> [UInt8]? {
        openData(sealed, key: key).map { Array($0) }
    }

    /// The plain bytes as the cipher returned them, without a copy into an array.
    static func openData(_ sealed: UnsafeRawBufferPointer, key: SymmetricKey) -> Data? {
        guard sealed.count >= overhead, let box = try? AES.GCM.SealedBox(combined: sealed) else { return nil }
        return try? AES.GCM.open(box, using: key)
    }
}

/// Random bytes from the system's generator (`/dev/urandom`), fetched a block at a time and
/// handed out in small pieces: nonces and keys for many records at once cost one read instead
/// of one system call each. Not shared between threads; each user makes its own.
final class RandomBytes {
    private var block: [UInt8] = []
    private var used = 0
    private let blockSize: Int

    /// `expected`: about how many bytes will be taken, to size the reads.
    init(expected: Int) { blockSize = max(64, min(expected, 1 << 16)) }

    /// `n` fresh random bytes (`n` at most 64, or the expected size).
    func take(_ n: Int) -> [UInt8] {
        precondition(n <= max(64, blockSize))
        if used + n > block.count {
            block = Self.system(blockSize)
            used = 0
        }
        defer { used += n }
        return Array(block[used..<used + n])
    }

    /// A random number generator over these bytes: for many draws in a row (an import's new
    /// ids), where the system's generator would make a system call for each.
    struct Generator: RandomNumberGenerator {
        let source: RandomBytes
        init(expected: Int) { source = RandomBytes(expected: 8 * expected) }
        mutating func next() -> UInt64 {
            source.take(8).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        }
    }

    /// `n` bytes straight from the system.
    static func system(_ n: Int) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: n)
        var done = 0
        let fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC)
        if fd >= 0 {
            defer { close(fd) }
            out.withUnsafeMutableBytes { buf in
                while done < n {
                    let r = read(fd, buf.baseAddress! + done, n - done)
                    if r < 0 && errno == EINTR { continue }
                    if r <= 0 { break }
                    done += r
                }
            }
        }
        // Without /dev/urandom, the standard library's generator (the same source, a call at a time).
        var rng = SystemRandomNumberGenerator()
        while done < n { out[done] = UInt8.random(in: 0...255, using: &rng); done += 1 }
        return out
    }
}
