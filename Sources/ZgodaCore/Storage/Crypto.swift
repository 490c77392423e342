import Crypto
import Foundation

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

    static func seal(_ plain: [UInt8], key: SymmetricKey) throws -> [UInt8] {
        do {
            let box = try AES.GCM.seal(plain, using: key)
            guard let combined = box.combined else { throw ZgodaError.io("encryption failed") }
            return Array(combined)
        } catch let e as ZgodaError { throw e } catch {
            throw ZgodaError.io("encryption failed: \(error)")
        }
    }

    /// nil when the bytes do not open with this key (damaged, or sealed with another key).
    static func open(_ sealed: [UInt8], key: SymmetricKey) -> [UInt8]? {
        sealed.withUnsafeBytes { open($0, key: key) }
    }

    static func open(_ sealed: UnsafeRawBufferPointer, key: SymmetricKey) -> [UInt8]? {
        guard sealed.count >= overhead, let box = try? AES.GCM.SealedBox(combined: sealed),
              let plain = try? AES.GCM.open(box, using: key) else { return nil }
        return Array(plain)
    }
}
