import Foundation
import Testing

/// Compares output with a file under `Golden/`. Run with `ZGODA_UPDATE_GOLDEN=1` to rewrite
/// the files after a deliberate change, then read the diff before committing.
enum GoldenFile {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ name: String, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["ZGODA_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if expected == actual { return }
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        let line = (0..<min(e.count, a.count)).first { e[$0] != a[$0] } ?? min(e.count, a.count)
        Issue.record("""
            \(name) differs from the golden file at line \(line + 1):
            - \(line < e.count ? e[line] : "(end)")
            + \(line < a.count ? a[line] : "(end)")
            """, sourceLocation: sourceLocation)
    }
}
