import Foundation
import ZgodaViewModels

/// Theme files: the parser on the text, and the loader on the same bytes as a file (which
/// also decodes them as UTF-8).
public enum ThemeTarget {
    static let base = ThemeLoader.builtin("default")

    public static func run(_ buf: UnsafeRawBufferPointer) {
        _ = try? ThemeParser.parse(String(decoding: buf, as: UTF8.self), file: "fuzz.toml", base: base)
        let path = Scratch.folder("theme") + "/fuzz.toml"
        Scratch.write(buf, to: path)
        _ = try? ThemeLoader(environment: [:], executablePath: "").theme(named: path)
    }
}
