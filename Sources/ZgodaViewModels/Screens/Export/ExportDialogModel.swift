import ZgodaCore

public enum ExportDialogIntent: Equatable, Sendable {
    case none
    case cancel
    case export(format: InterchangeFormat, destination: String, replacing: Bool)
}

/// The export dialog: the format (csv, json or vCard), the destination file, and the filter it
/// will use (the contact list's current search). Tab/↑/↓ move between format and file;
/// ←/→ or c/j/v choose the format; Enter exports; Esc cancels.
public struct ExportDialogModel: Equatable, Sendable {
    public static let formats = InterchangeFormat.allCases

    public let query: String
    public let count: Int
    public private(set) var format: InterchangeFormat = .csv
    public private(set) var destination: LineEditor
    /// 0: the format row, 1: the file row.
    public private(set) var focus = 1
    public private(set) var error: String?
    /// The file that exists and that a second Enter, with nothing changed, replaces.
    public private(set) var replaceConfirmed: String?

    public init(query: String, count: Int, defaultFile: String = "contacts.csv") {
        self.query = query
        self.count = count
        destination = LineEditor(defaultFile)
    }

    public mutating func handle(_ key: Key) -> ExportDialogIntent {
        switch key {
        case .escape: return .cancel
        case .tab, .backTab, .up, .down: focus = 1 - focus
        case .enter:
            let path = destination.text.trimmingCharacters(in: .whitespaces)
            if path.isEmpty { error = UIText.Interchange.giveExportFile.text; focus = 1; return .none }
            return .export(format: format, destination: path, replacing: replaceConfirmed == path)
        default:
            if focus == 0 {
                switch key {
                case .left: choose(offset: -1)
                case .right, .char(" "): choose(offset: 1)
                case .char("c"): set(.csv)
                case .char("j"): set(.json)
                case .char("v"): set(.vcard)
                default: break
                }
            } else if destination.handle(key) {
                error = nil
                replaceConfirmed = nil
            }
        }
        return .none
    }

    private mutating func choose(offset: Int) {
        let all = Self.formats
        let i = all.firstIndex(of: format) ?? 0
        set(all[(i + offset + all.count) % all.count])
    }

    /// Changing the format changes the file's extension too, if it still has the old one.
    private mutating func set(_ f: InterchangeFormat) {
        let old = Self.fileExtension(format), new = Self.fileExtension(f)
        let path = destination.text
        if path.hasSuffix("." + old) { destination.set(String(path.dropLast(old.count)) + new) }
        format = f
        error = nil
        replaceConfirmed = nil
    }

    static func fileExtension(_ f: InterchangeFormat) -> String {
        switch f {
        case .csv: return "csv"
        case .json: return "json"
        case .vcard: return "vcf"
        }
    }

    public mutating func show(_ message: String) { error = message }

    /// The destination exists: say so, and let a second Enter (with the same file) replace it.
    public mutating func askToReplace(_ path: String) {
        replaceConfirmed = path
        focus = 1
        error = UIText.Interchange.exists(path).text
    }
}
