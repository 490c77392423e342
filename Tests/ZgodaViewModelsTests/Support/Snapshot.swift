import Foundation
import Testing
@testable import ZgodaViewModels

/// Compares a rendered grid with a stored text file under Snapshots/. The file holds the
/// screen's text (trailing spaces trimmed) and a last line with the cursor position.
/// `ZGODA_RECORD_SNAPSHOTS=1` rewrites the files; a missing file is written and reported as a failure.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots")

    static func text(_ g: Grid) -> String {
        let cursor = g.cursor.map { "\($0.row),\($0.col)" } ?? "none"
        return g.text + "\n-- \(g.cols)x\(g.rows) cursor \(cursor)\n"
    }

    static func check(_ g: Grid, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name + ".txt")
        let actual = text(g)
        let recording = ProcessInfo.processInfo.environment["ZGODA_RECORD_SNAPSHOTS"] == "1"
        guard !recording, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            if !recording { Issue.record("recorded a new snapshot \(name).txt; check it and run again", sourceLocation: sourceLocation) }
            return
        }
        if expected != actual {
            Issue.record(Comment(rawValue: "snapshot \(name) differs:\n" + diff(expected, actual)), sourceLocation: sourceLocation)
        }
    }

    /// Line by line: `-` the stored line, `+` the rendered one.
    static func diff(_ a: String, _ b: String) -> String {
        let x = a.components(separatedBy: "\n"), y = b.components(separatedBy: "\n")
        var out: [String] = []
        for i in 0..<max(x.count, y.count) {
            let l = i < x.count ? x[i] : nil, r = i < y.count ? y[i] : nil
            if l != r {
                out.append("\(i + 1) - \(l ?? "<none>")")
                out.append("\(i + 1) + \(r ?? "<none>")")
            }
        }
        return out.joined(separator: "\n")
    }
}
