import ZgodaCore

public enum ImportDialogIntent: Equatable, Sendable {
    case none
    case cancel
    /// Complete the typed path (Tab); the app lists the directory and calls `complete`.
    case complete(String)
    /// Read the file and show what importing it would do with these choices, changing nothing.
    case preview(String, ImportOptions)
    /// Import the previewed file for real, with the choices previewed.
    case importFile(String, ImportOptions)
}

/// The import dialog: a file path (Tab completes it), then a preview of what importing it
/// would do (the dry run's summary and messages, scrollable), then Enter imports for real.
/// In the preview, `d` chooses what happens to people already held (skip, update, add) and
/// `c` opens the spreadsheet's columns to correct how each is read (as `--map` does); both
/// preview again before anything is saved. Esc goes back a step; Esc on the path cancels.
public struct ImportDialogModel: Equatable, Sendable {
    public enum Step: Equatable, Sendable { case file, preview, columns }

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
    /// What the user chose: the duplicates policy and the columns they corrected.
    public private(set) var options = ImportOptions()
    /// Records that match someone already held, as the preview counted them.
    public private(set) var duplicateCount = 0
    /// How the previewed spreadsheet's columns are read (empty for vCard and JSON).
    public private(set) var columns: [ColumnMapping] = []
    /// The columns step: the roles being edited, one per column, and the selected column.
    public private(set) var editedRoles: [ColumnRole] = []
    public private(set) var columnList = ListNavigation()
    /// The roles a column can be given: every field, `ignore`, and a consent column per purpose.
    public private(set) var roleChoices: [ColumnRole] = ImportDialogModel.roles(purposes: [])

    public init(path: String = "") {
        self.path = LineEditor(path)
    }

    public mutating func handle(_ key: Key) -> ImportDialogIntent {
        switch step {
        case .file: return handleFile(key)
        case .preview: return handlePreview(key)
        case .columns: return handleColumns(key)
        }
    }

    private mutating func handleFile(_ key: Key) -> ImportDialogIntent {
        switch key {
        case .escape: return .cancel
        case .tab: return .complete(path.text)
        case .enter:
            let p = path.text.trimmingCharacters(in: .whitespaces)
            if p.isEmpty { error = UIText.Interchange.giveImportFile.text; return .none }
            // Another file: the choices made for the last one do not carry over.
            if p != previewPath { options = ImportOptions() }
            return .preview(p, options)
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
        case .enter: return .importFile(previewPath, options)
        case .char("d"), .char("D"):
            let all = ImportOptions.Duplicates.allCases
            options.duplicates = all[(all.firstIndex(of: options.duplicates)! + 1) % all.count]
            return .preview(previewPath, options)
        case .char("c"), .char("C"):
            guard !columns.isEmpty else { error = UIText.Interchange.onlyCSVHasColumns.text; return .none }
            editedRoles = columns.map(\.role)
            columnList = ListNavigation(count: columns.count, visibleRows: columnList.visibleRows)
            step = .columns
            error = nil
        default: break
        }
        return .none
    }

    private mutating func handleColumns(_ key: Key) -> ImportDialogIntent {
        if columnList.handle(key, letters: false) { return .none }
        let i = columnList.selected
        switch key {
        case .escape:
            step = .preview
        case .left, .right, .char(" "):
            guard editedRoles.indices.contains(i) else { return .none }
            var choices = roleChoices
            if !choices.contains(editedRoles[i]) { choices.append(editedRoles[i]) }
            let at = choices.firstIndex(of: editedRoles[i]) ?? 0
            editedRoles[i] = choices[(at + (key == .left ? choices.count - 1 : 1)) % choices.count]
        case .enter:
            // Every column the user changed from what the preview showed; the choices already
            // made stay unless changed again.
            var chosen = options.columns.filter { c in
                !columns.indices.contains { columns[$0].header == c.header && editedRoles[$0] != columns[$0].role }
            }
            for (c, role) in zip(columns, editedRoles) where role != c.role { chosen.append((c.header, role)) }
            options.columns = chosen
            return .preview(previewPath, options)
        default: break
        }
        return .none
    }

    /// The roles a column can take, in the order ←/→ steps through them.
    static func roles(purposes: [String]) -> [ColumnRole] {
        [.fullName, .givenName, .middleName, .familyName, .nickname]
            + ContactField.allCases.filter { $0 != .name }.map { ColumnRole.field($0) }
            + [.title, .ignored] + purposes.map { ColumnRole.consent($0) }
    }

    /// The purposes whose consent columns the columns step offers.
    public mutating func offer(purposes: [String]) { roleChoices = Self.roles(purposes: purposes) }

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
        // Skipped and added-anyway records are listed as duplicates, updates as updated; an update
        // that changed nothing is only counted.
        duplicateCount = report.entries.filter { $0.kind == .duplicate || $0.kind == .updated }.count + report.unchanged
        columns = report.columns
        // How a spreadsheet's columns were read comes last, after what would happen to the people.
        messages = report.lines.dropFirst().map(SafeText.visible) + (columns.isEmpty ? [] : [Self.columnLine(columns)])
        lines = Self.wrap(messages, width: width)
        pager = Pager(count: lines.count, visibleRows: pager.visibleRows)
        step = .preview
        error = nil
    }

    /// `columns: Name → name, Mobile → phone (yours), …`: the `--map` of the command line is the
    /// user's own choice here.
    static func columnLine(_ columns: [ColumnMapping]) -> String {
        UIText.Interchange.columnLine(columns.map {
            "\(SafeText.visible($0.header)) → \(UIText.Interchange.role($0.role).text)\($0.mapped ? UIText.Interchange.yours.text : "")"
        }.joined(separator: ", ")).text
    }

    /// Fits the preview to the dialog's inner width and height after a resize.
    public mutating func layout(width newWidth: Int, visibleRows: Int) {
        if newWidth != width {
            width = max(10, newWidth)
            lines = Self.wrap(messages, width: width)
            pager.setCount(lines.count)
        }
        pager.setVisibleRows(visibleRows)
        columnList.setVisibleRows(visibleRows)
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
