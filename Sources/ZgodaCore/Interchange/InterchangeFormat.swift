import Foundation

/// The file formats Zgoda exchanges data in.
public enum InterchangeFormat: String, CaseIterable, Sendable {
    case csv, json, vcard

    /// The format a file name suggests (`.csv`/`.tsv`/`.txt`, `.json`, `.vcf`/`.vcard`).
    public static func guess(path: String) -> InterchangeFormat? {
        switch (path as NSString).pathExtension.lowercased() {
        case "csv", "tsv", "txt": return .csv
        case "json": return .json
        case "vcf", "vcard": return .vcard
        default: return nil
        }
    }

    /// The format the content looks like, for files whose name says nothing.
    public static func sniff(_ bytes: [UInt8]) -> InterchangeFormat {
        let text = WideUnicode.transcode(Array(bytes.prefix(2048)))?.bytes ?? Array(bytes.prefix(512))
        let head = String(decoding: text.prefix(512), as: UTF8.self)
            .trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}")))
        if head.uppercased().hasPrefix("BEGIN:VCARD") { return .vcard }
        if head.hasPrefix("{") { return .json }
        return .csv
    }
}
