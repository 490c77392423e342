import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The last journal head this machine saw of one data directory, kept outside it (in the
/// user's XDG state directory), so that a journal cut back exactly at a record boundary — which
/// no checksum inside the directory can notice, since what is left is a valid shorter journal —
/// is noticed by the next Zgoda that opens it on this machine.
///
/// ```
/// STATE/heads/<first 32 hex digits of SHA-256(place)>.json
///   {"format": 1, "seq": 1234, "head": "<hex>", "created": "<the journal's creation time>"}
/// ```
/// The place is the directory's path, or the team database's connection string (without
/// password) for a team member: every directory of one team on a machine shares one memory.
/// `created` (from `zgoda.json`) tells a journal made anew at the same place from the one that
/// was seen there; a memory without it (written before it was kept) is taken as is.
/// No personal data: a sequence number and a hash. Written without fsync (it is a warning
/// light, not a record), by temp file and rename.
struct HeadMemory: Codable, Equatable {
    static let format = 1

    var format: Int = HeadMemory.format
    var seq: UInt64
    var head: String
    var created: String?

    static func file(for place: String, stateDirectory: String?) -> String {
        let env = ProcessInfo.processInfo.environment
        let base = stateDirectory
            ?? env["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 + "/zgoda" }
            ?? ((env["HOME"] ?? NSHomeDirectory()) + "/.local/state/zgoda")
        let name = String(SHA256Hex.of(Array(place.utf8)).prefix(32))
        return base + "/heads/" + name + ".json"
    }

    /// What this machine remembers, or nil (never seen, unreadable or from a newer Zgoda).
    static func load(_ place: String, created: String, stateDirectory: String?) -> HeadMemory? {
        guard let bytes = try? Files.read(file(for: place, stateDirectory: stateDirectory)),
              let m = try? JSONDecoder().decode(HeadMemory.self, from: Data(bytes)), m.format <= format else { return nil }
        if let seen = m.created, seen != created { return nil }
        return m
    }

    /// Best effort: a machine whose state directory cannot be written just loses the warning.
    func save(_ place: String, stateDirectory: String?) {
        let path = Self.file(for: place, stateDirectory: stateDirectory)
        let folder = (path as NSString).deletingLastPathComponent
        if !Files.exists(folder) {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                     attributes: [.posixPermissions: 0o700])
        }
        guard let data = try? JSONEncoder().encode(self) else { return }
        let tmp = folder + "/" + Files.temporaryPrefix + UUID().uuidString
        guard let fd = try? Files.open(tmp, flags: O_WRONLY | O_EXCL, create: true) else { return }
        let ok = (try? PosixIO().write(fd, Array(data))) != nil
        close(fd)
        if !ok || Glibc.rename(tmp, path) != 0 { unlink(tmp) }
    }

    /// A warning when the journal now ends before, or differs at, what was seen; nil when it
    /// agrees. `hashAt` gives the journal's hash at a sequence number when it is known.
    func mismatch(lastSeq: UInt64, hashAt: (UInt64) -> [UInt8]?) -> Localized? {
        if seq > lastSeq {
            return Localized(
                en: "the journal ends at record \(lastSeq), but this machine saw it reach record \(seq): "
                    + "records after \(lastSeq) have been removed; restore the data directory from a backup, "
                    + "or run 'zgoda repair' to accept the journal as it is",
                pl: "dziennik kończy się na rekordzie \(lastSeq), ale ten komputer widział go aż do rekordu \(seq): "
                    + "rekordy po \(lastSeq) zostały usunięte; odtwórz katalog danych z kopii zapasowej "
                    + "albo uruchom „zgoda repair”, aby przyjąć dziennik takim, jaki jest")
        }
        if let h = hashAt(seq), SHA256Hex.hex(h) != head {
            return Localized(
                en: "record \(seq) of the journal is not the one this machine saw: the history was rewritten; "
                    + "restore the data directory from a backup, or run 'zgoda repair' to accept the journal as it is",
                pl: "rekord \(seq) dziennika nie jest tym, który widział ten komputer: historię przepisano; "
                    + "odtwórz katalog danych z kopii zapasowej albo uruchom „zgoda repair”, aby przyjąć dziennik takim, jaki jest")
        }
        return nil
    }
}
