import Foundation
import Testing
@testable import ZgodaCore

/// Every input that once crashed a fuzz target (Tests/Fixtures/fuzz/<target>/) goes through
/// the same decoders the target feeds (Fuzz/Sources/FuzzSupport/<Target>Target.swift), and
/// must come back as a value or as the decoder's own error, never as a trap.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    struct Input: Sendable, CustomTestStringConvertible {
        var target: String
        var name: String
        var testDescription: String { "\(target)/\(name)" }
        var bytes: [UInt8] { (try? Files.read(FuzzRegressionTests.root + "/" + target + "/" + name)) ?? [] }
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz").path

    static let targets = ["journal", "snapshot", "keys", "meta", "sealed", "csv", "vcard", "json"]

    static var inputs: [Input] {
        targets.flatMap { target in
            ((try? FileManager.default.contentsOfDirectory(atPath: root + "/" + target)) ?? [])
                .filter { !$0.hasPrefix(".") }.sorted().map { Input(target: target, name: $0) }
        }
    }

    @Test func thereAreInputs() { #expect(!Self.inputs.isEmpty) }

    @Test(arguments: inputs)
    func inputIsReadOrRefused(_ input: Input) throws {
        let bytes = input.bytes
        switch input.target {
        case "journal": Self.journal(bytes)
        case "snapshot": Self.snapshot(bytes)
        case "sealed": Self.sealed(bytes)
        case "csv", "vcard", "json":
            let format: InterchangeFormat = input.target == "csv" ? .csv : input.target == "vcard" ? .vcard : .json
            do { _ = try Importer.read(bytes: bytes, format: format, purposes: Set(Purpose.starters.map(\.id))) } catch {
                #expect(error is ZgodaError, "\(error)")
            }
        default: Issue.record("no feeder for \(input.target)")
        }
    }

    /// A decoder's own errors: what damaged bytes must turn into.
    static func isDomainError(_ error: Error) -> Bool {
        error is EventCodec.Malformed || error is EventCodec.PersonalMalformed || error is EventCodec.NewerFormat
            || error is SnapshotCodec.Invalid || error is SnapshotCodec.NewerVersion || error is ZgodaError
            || error is BinaryReader.Truncated || error is SealedFields.Reader.NewerVersion
    }

    static func journal(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buf in
            var offset = 0
            while offset < buf.count {
                switch FrameReader.read(buf, at: offset, verifyHash: false) {
                case let .record(r, end):
                    for (personal, tagged) in [(r.sealed, true), (r.sealed, false), (nil, r.tagged)] {
                        do {
                            let event = try EventCodec.decode(kindCode: r.kindCode, publicBytes: r.publicBytes, personal: personal,
                                                              tagged: tagged, at: r.at, operator: r.operator)
                            var state = ZgodaState()
                            state.apply(JournalEntry(seq: r.seq, at: r.at, operator: r.operator, event: event))
                            _ = EventCodec.encode(event)
                        } catch {
                            #expect(isDomainError(error), "\(error)")
                        }
                    }
                    offset = end
                case .truncated, .corrupt(_, nil, _): return
                case let .corrupt(_, end?, _): offset = end
                }
            }
        }
    }

    static func snapshot(_ bytes: [UInt8]) {
        let keys = TestKeys()
        var rehashed = bytes
        if bytes.count >= 32 {
            rehashed.replaceSubrange((bytes.count - 32)..., with: SHA256Hex.digest(Array(bytes.dropLast(32))))
        }
        for candidate in [bytes, rehashed] {
            do {
                let loaded = try SnapshotCodec.decode(candidate, keys: keys.store)
                _ = try? SnapshotCodec.encode(loaded.state, seq: loaded.seq, headHash: loaded.headHash, keys: keys.store)
            } catch {
                #expect(isDomainError(error), "\(error)")
            }
        }
    }

    static func sealed(_ bytes: [UInt8]) {
        do {
            try SealedFields.read(bytes) { r in
                _ = try SealedFields.details(r)
                for tag: UInt8 in 0...9 { _ = try r.nestedList(tag) { try SealedFields.details($0) } }
            }
        } catch {
            #expect(isDomainError(error), "\(error)")
        }
    }

    /// A key store with a few keys, in a folder of its own.
    final class TestKeys {
        let dir = TestDirectory()
        let store: KeyStore
        init() {
            store = try! KeyStore(path: dir.root + "/keys.zk", master: nil, io: PosixIO())
            _ = try! store.allocate(8)
        }
    }
}
