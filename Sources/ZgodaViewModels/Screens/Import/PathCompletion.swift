import Foundation

/// Tab completion of a file path, the way a shell does it: the longest common prefix of the
/// names in the directory that start with what was typed, a `/` after a directory, and the
/// names themselves when several remain. `~/` means the home directory; hidden names are
/// offered only when the typed name starts with a dot.
public enum PathCompletion {
    public struct Result: Equatable, Sendable {
        public var text: String
        public var candidates: [String]
        /// Why nothing could be completed, if so.
        public var problem: String?
    }

    public static func complete(_ typed: String, home: String = NSHomeDirectory(),
                                currentDirectory: String = FileManager.default.currentDirectoryPath) -> Result {
        let slash = typed.lastIndex(of: "/")
        let dirPart = slash.map { String(typed[...$0]) } ?? ""
        let prefix = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        let directory = resolve(dirPart.isEmpty ? "." : dirPart, home: home, currentDirectory: currentDirectory)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            return Result(text: typed, candidates: [], problem: UIText.Interchange.noSuchDirectory(dirPart).text)
        }
        let matches = names.filter { $0.hasPrefix(prefix) && (prefix.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted()
        if matches.isEmpty { return Result(text: typed, candidates: [], problem: UIText.Interchange.noFileStartsWith(prefix).text) }
        func isDirectory(_ name: String) -> Bool {
            var dir: ObjCBool = false
            return FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent(name), isDirectory: &dir) && dir.boolValue
        }
        if matches.count == 1 {
            let name = matches[0]
            return Result(text: dirPart + name + (isDirectory(name) ? "/" : ""), candidates: [], problem: nil)
        }
        return Result(text: dirPart + commonPrefix(matches), candidates: matches.map { $0 + (isDirectory($0) ? "/" : "") }, problem: nil)
    }

    /// The path as the file system needs it: `~` expanded, relative to the current directory.
    public static func resolve(_ path: String, home: String = NSHomeDirectory(),
                               currentDirectory: String = FileManager.default.currentDirectoryPath) -> String {
        var p = path
        if p == "~" { p = home } else if p.hasPrefix("~/") { p = home + String(p.dropFirst()) }
        if !p.hasPrefix("/") { p = (currentDirectory as NSString).appendingPathComponent(p) }
        return p
    }

    static func commonPrefix(_ names: [String]) -> String {
        guard var prefix = names.first.map(Array.init) else { return "" }
        for n in names.dropFirst() {
            let a = Array(n)
            var i = 0
            while i < prefix.count, i < a.count, prefix[i] == a[i] { i += 1 }
            prefix = Array(prefix[0..<i])
        }
        return String(prefix)
    }
}
