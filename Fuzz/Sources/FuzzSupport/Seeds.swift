import Foundation

/// Writes a target's own seeds: inputs built with the encoders, which reach deeper than the
/// real files alone (a journal target cannot decrypt a real record's personal part, but can
/// read one written in the clear). scripts/fuzz.sh runs every target once with
/// `ZGODA_FUZZ_SEEDS=DIR`; the target then writes `DIR/seed-N` and exits before fuzzing.
public enum Seeds {
    public static func writeIfAsked(_ make: () -> [[UInt8]]) {
        guard let dir = ProcessInfo.processInfo.environment["ZGODA_FUZZ_SEEDS"], !dir.isEmpty else { return }
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (i, seed) in make().enumerated() { Scratch.write(seed, to: dir + "/seed-\(i)") }
        exit(0)
    }

    /// A real data directory to take seeds from (`ZGODA_FUZZ_SAMPLE_DIR`), if the script gave one.
    static var sampleDirectory: String? {
        ProcessInfo.processInfo.environment["ZGODA_FUZZ_SAMPLE_DIR"].flatMap { $0.isEmpty ? nil : $0 }
    }
}

/// The signature libFuzzer calls every target with, wrapped for Swift.
public func withInput(_ data: UnsafePointer<UInt8>?, _ size: Int, _ body: (UnsafeRawBufferPointer) -> Void) {
    body(UnsafeRawBufferPointer(start: data.map(UnsafeRawPointer.init), count: data == nil ? 0 : size))
}
