import ZgodaCore

public enum ImportDialogIntent: Equatable, Sendable {
    case none
    case cancel
    /// Complete the typed path (Tab); the app lists the directory and calls `complete`.
    case complete(String)
    /// Read the file and show what importing it would do, changing nothing.
    case preview(String)
    /// Import the previewed file for real.
    case importFile(String)
}

/// The import dialog: a file path (Tab completes it), then a preview of what importing it
/// would do (the dry run's summary and messages, scrollable), then Enter imports for real.
/// Esc in the preview goes back to the path; Esc on the path cancels.
public struct ImportDialogModel: Equatable, Sendable {
    public enum Step: Equatable, Sendable { case file, preview }

    public private(set) var step = Step.file
    public private(set) var path: LineEditor
    /// Names Tab found when the typed prefix matched several.
    public private(set) var candidates: [String] = []
    public private(set) var error: String?
    /// The previewed file (as typed), its summary and the messages under it.
    public private(set) var previewPath = ""
    public private(set) var summary = ""
    public private(set) var details = ""
    public private(set) var messages: [String] = []
    /// The messages wrapped to the dialog's width: what the preview scrolls through.
    public private(set) var lines: [String] = []
    public private(set) var width = 72
    public private(set) var pager = Pager()

    public init(path: String = "") {
        self.path = LineEditor(path)
    }

    public mutating func handle(_ key: Key) -> ImportDialogIntent {
        switch step {
        case .file: return handleFile(key)
        case .preview: return handlePreview(key)
        }
    }

    private mutating func handleFile(_ key: Key) -> ImportDialogIntent {
        switch key {
        case .escape: return .cancel
        case .tab: return .complete(path.text)
        case .enter:
            let p = path.text.trimmingCharacters(in: .whitespaces)
            if p.isEmpty { error = "Give the file to import, e.g. klienci.csv"; return .none }
            return .preview(p)
        default:
            if path.handle(key) { error = nil; candidates = [] }
        }
        return .none
    }

    private mutating func handlePreview(_ key: Key) -> ImportDialogIntent {
        if pager.handle(key, letters: false) { return .none }
        switch key {
        case .escape:
            step = .file
            error = nil
        case .enter: return .importFile(previewPath)
        default: break
        }
        return .none
    }

    /// Puts Tab's result in the field: the completed text, and the names when several match.
    public mutating func complete(_ result: PathCompletion.Result) {
        path.set(result.text)
        candidates = result.candidates
        error = result.problem
    }

    /// Shows a dry run's report and moves to the preview.
    public mutating func showPreview(path: String, report: ImportReport) {
        previewPath = path
        summary = report.summary
        details = "\(report.format.rawValue) · \(report.encoding.rawValue)"
        // How a spreadsheet's columns were read comes last, after what would happen to the people.
        messages = report.lines.dropFirst().map(SafeText.visible) + (report.columnLine.map { [$0] } ?? [])
        lines = Self.wrap(messages, width: width)
        pager = Pager(count: lines.count, visibleRows: pager.visibleRows)
        step = .preview
        error = nil
    }

    /// Fits the preview to the dialog's inner width and height after a resize.
    public mutating func layout(width newWidth: Int, visibleRows: Int) {
        if newWidth != width {
            width = max(10, newWidth)
            lines = Self.wrap(messages, width: width)
            pager.setCount(lines.count)
        }
        pager.setVisibleRows(visibleRows)
    }

    /// Each message on as many lines as it needs, continuation lines indented.
    static func wrap(_ messages: [String], width: Int) -> [String] {
        messages.flatMap { m -> [String] in
            let first = Chrome.wrap(m, width: width)
            guard first.count > 1 else { return first }
            let rest = Chrome.wrap(first.dropFirst().joined(separator: " "), width: width - 4).map { "    " + $0 }
            return [first[0]] + rest
        }
    }

    /// Shows a failure (an unreadable file, a failed import) in the current step.
    public mutating func show(_ message: String) { error = message }
}
