import Foundation
import ZgodaCore

/// Writing to stdout and stderr.
public enum Output {
    public static func line(_ s: String) {
        FileHandle.standardOutput.write(Data((s + "\n").utf8))
    }

    public static func raw(_ s: String) {
        FileHandle.standardOutput.write(Data(s.utf8))
    }

    /// `zgoda: warning: …` on stderr, made safe (`SafeText`): messages may quote data.
    public static func warn(_ s: String) {
        message("warning: " + s)
    }

    /// `zgoda: …` on stderr, made safe (`SafeText`): messages may quote data.
    public static func note(_ s: String) {
        message(s)
    }

    /// `zgoda: error: …` on stderr, made safe (`SafeText`): messages may quote what was typed.
    public static func error(_ s: String) {
        message("error: " + s)
    }

    /// One line on stderr: every message is one line, so a line break in data shows as `␊`.
    private static func message(_ s: String) {
        FileHandle.standardError.write(Data("zgoda: \(SafeText.visible(s))\n".utf8))
    }

    /// Flushes stdout and ends the process with status 0 at once. Used after large read-only
    /// listings: tearing down a hundred thousand contacts one object at a time takes longer
    /// than the listing itself, and the OS reclaims the memory anyway.
    public static func finishNow() -> Never {
        fflush(nil)
        exit(0)
    }

    /// Prints a JSON value as the whole of stdout.
    public static func json(_ value: JSON) {
        line(value.rendered())
    }
}

/// Output formats for listing commands.
public enum ListFormat: String, CaseIterable, Sendable {
    case table, json, ids
}
