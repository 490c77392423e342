import Foundation
import Testing
@testable import ZgodaCore
import ZgodaPostgres
import TestPostgresServer
#if canImport(Glibc)
import Glibc
#endif

/// A member's process killed in the middle of its work (holding the team's write lock, in the
/// middle of a transaction) takes nothing with it: the server drops its lock and its
/// unfinished transaction, and the others go on with a whole, gapless journal.
@Suite struct KilledMemberTests {
    /// `.build/debug/zgoda-team-load`, found from this source file.
    static let writer: String? = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            let candidate = url.appendingPathComponent(".build/debug/zgoda-team-load").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    @Test func severalProcessesWritingAtOnceMakeOneGaplessJournal() throws {
        let team = try TeamFixture()
        _ = try team.join("owner")
        let binary = try #require(Self.writer, "zgoda-team-load is not built (swift build)")
        let writers = 4, changes = 60
        var processes: [Process] = []
        let outputs = (0..<writers).map { team.root + "/writer-\($0).out" }
        for w in 0..<writers {
            FileManager.default.createFile(atPath: outputs[w], contents: nil)
            let p = Process()
            p.executableURL = URL(fileURLWithPath: binary)
            p.arguments = ["--data-dir", team.root + "/writer-\(w)", "--team", team.url, "--changes", String(changes)]
            p.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outputs[w]))
            p.standardError = p.standardOutput
            processes.append(p)
        }
        for p in processes { try p.run() }
        for p in processes { p.waitUntilExit() }
        for (w, p) in processes.enumerated() {
            #expect(p.terminationStatus == 0, "\((try? String(contentsOfFile: outputs[w], encoding: .utf8)) ?? "")")
        }
        let seqs = try team.sql("SELECT seq FROM zgoda_journal ORDER BY seq").split(separator: "\n").compactMap { UInt64($0) }
        #expect(seqs == Array(1...UInt64(seqs.count)))
        let fresh = try team.join("check")
        #expect(fresh.state.contacts.count == writers * changes / 2)
        #expect(fresh.state.decisions.values.map(\.count).reduce(0, +) == writers * changes / 2)
        #expect(try Verifier.verify(team.directory("check"), options: team.options(member: "check")).ok)
    }

    /// Opening reads the keys after the records they serve: a member opening while others add
    /// people must never see a record whose key it has not read (which looks like damage).
    @Test func openingWhileOthersAddPeopleNeverSeesDamage() throws {
        let team = try TeamFixture()
        _ = try team.join("owner")
        let binary = try #require(Self.writer, "zgoda-team-load is not built (swift build)")
        let writers = (0..<2).map { w -> Process in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: binary)
            p.arguments = ["--data-dir", team.root + "/busy-\(w)", "--team", team.url, "--changes", "100000"]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            return p
        }
        for p in writers { try p.run() }
        defer { for p in writers { kill(p.processIdentifier, SIGKILL); p.waitUntilExit() } }
        var opened = 0
        let deadline = Date().addingTimeInterval(8)
        while Date() < deadline {
            let store = try team.join("reader-\(opened)")
            #expect(store.readOnlyReason == nil, "open \(opened) at record \(store.lastSeq)")
            #expect(store.warnings.isEmpty)
            try #require(store.readOnlyReason == nil)
            #expect(try store.refresh() || true)
            #expect(store.readOnlyReason == nil)
            opened += 1
        }
        #expect(opened > 10)
        #expect(try team.sql("SELECT count(*) FROM zgoda_journal").trimmingCharacters(in: .whitespacesAndNewlines) != "5")
    }

    @Test func aKilledWriterLeavesNoLockAndNoGap() throws {
        let team = try TeamFixture()
        let anna = try team.join("anna")
        let binary = try #require(Self.writer, "zgoda-team-load is not built (swift build)")
        for round in 0..<3 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: binary)
            p.arguments = ["--data-dir", team.root + "/killed-\(round)", "--team", team.url, "--changes", "100000"]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            // Let it get going, then kill it without warning.
            let started = Date()
            while try team.sql("SELECT count(*) FROM zgoda_journal").trimmingCharacters(in: .whitespacesAndNewlines) == String(anna.lastSeq),
                  Date().timeIntervalSince(started) < 20 { usleep(20_000) }
            usleep(UInt32.random(in: 0...200_000))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            // Another member can write at once (the lock went with the dead connection).
            let before = Date()
            _ = try anna.addContact(.person("Po Zabiciu \(round)"))
            #expect(Date().timeIntervalSince(before) < 10)
        }
        let seqs = try team.sql("SELECT seq FROM zgoda_journal ORDER BY seq").split(separator: "\n").compactMap { UInt64($0) }
        #expect(seqs == Array(1...UInt64(seqs.count)))
        let fresh = try team.join("check")
        #expect(fresh.lastSeq == UInt64(seqs.count))
        #expect(try Verifier.verify(team.directory("check"), options: team.options(member: "check")).ok)
    }
}
