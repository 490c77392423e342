import Foundation

/// Imports people from CSV, vCard or the portability JSON into a store.
///
/// ```swift
/// let report = try Importer.run(store: store, file: "klienci.csv")
/// print(report.lines.joined(separator: "\n"))
/// ```
/// Everything valid is committed as one atomic group with an `import` record; a dry run plans the
/// same and changes nothing.
public enum Importer {
    /// Reads and parses a file. Throws when the file cannot be read at all (missing, not the
    /// format, no name column); bad records are reported in the result instead.
    public static func read(file path: String, format: InterchangeFormat? = nil, purposes: Set<String>, options: ImportOptions = ImportOptions()) throws -> ParsedImport {
        try readWithFingerprint(file: path, format: format, purposes: purposes, options: options).parsed
    }

    /// Parses a file and names it for the journal by format and content fingerprint rather than
    /// by path: a file name is often a person's name ("Jan Kowalski.vcf"), and the journal's
    /// public part must hold nothing that outlives that person's erasure.
    static func readWithFingerprint(file path: String, format: InterchangeFormat?, purposes: Set<String>, options: ImportOptions) throws
        -> (parsed: ParsedImport, source: String) {
        let bytes: [UInt8]
        do {
            guard let b = try Files.read(path) else { throw ZgodaError.io(ErrorReason(en: "cannot read \(path): no such file", pl: "nie można odczytać \(path): nie ma takiego pliku")) }
            bytes = b
        } catch let e as ZgodaError {
            if case .io = e, !Files.exists(path) { throw ZgodaError.io(ErrorReason(en: "cannot read \(path): no such file", pl: "nie można odczytać \(path): nie ma takiego pliku")) }
            throw e
        }
        let parsed = try read(bytes: bytes, format: format ?? InterchangeFormat.guess(path: path) ?? InterchangeFormat.sniff(bytes), purposes: purposes, options: options)
        return (parsed, "a \(parsed.format.rawValue) file (sha256 \(SHA256Hex.of(bytes).prefix(16)))")
    }

    public static func read(bytes: [UInt8], format: InterchangeFormat, purposes: Set<String>, options: ImportOptions = ImportOptions()) throws -> ParsedImport {
        if format != .csv, !options.columns.isEmpty {
            throw ZgodaError.invalidInput(ErrorReason(en: "--map applies to CSV files only; this is a \(format.rawValue) file",
                    pl: "--map dotyczy tylko plików CSV; to jest plik \(format.rawValue)"))
        }
        switch format {
        case .csv: return try CSVImportReader.read(bytes, purposes: purposes, options: options)
        case .vcard: return try VCardReader.read(bytes, purposes: purposes)
        case .json: return try PortableJSON.read(bytes, purposes: purposes)
        }
    }

    /// Imports `path` into `store` (or, with `dryRun`, only reports what would happen).
    /// A cancelled `progress` stops it before anything is saved (`ZgodaError.interrupted`): the
    /// import is one atomic group, so it is saved whole or not at all.
    /// `fromPerson`: the people gave this data themselves; otherwise it came from someone else
    /// and each person added must be told within a month (Art. 14, `ZgodaState.noticesDue`).
    public static func run(store: Store, file path: String, format: InterchangeFormat? = nil, dryRun: Bool = false,
                           options: ImportOptions = ImportOptions(), fromPerson: Bool = false,
                           progress: WorkProgress = .none) throws -> ImportReport {
        try store.refresh()
        progress.begin(CoreText.Progress.reading((path as NSString).lastPathComponent).text)
        let (parsed, source) = try readWithFingerprint(file: path, format: format, purposes: Set(store.state.purposes.keys), options: options)
        try progress.checkCancelled()
        return try run(store: store, parsed: parsed, source: source, fileName: (path as NSString).lastPathComponent, dryRun: dryRun,
                       duplicates: options.duplicates, fromPerson: fromPerson, progress: progress)
    }

    /// Imports what a reader already parsed; `source` names the file in the journal.
    /// `fileName` goes only into each person's evidence text, which is sealed with their key.
    public static func run(store: Store, parsed: ParsedImport, source: String, fileName: String? = nil, dryRun: Bool = false,
                           duplicates: ImportOptions.Duplicates = .skip, fromPerson: Bool = false,
                           progress: WorkProgress = .none) throws -> ImportReport {
        let name = fileName ?? (source as NSString).lastPathComponent
        if dryRun {
            var planner = ImportPlanner(store: store, state: store.state, now: store.now, operatorName: store.operatorName, sourceName: name,
                                        duplicates: duplicates)
            planner.fromPerson = fromPerson
            progress.begin(CoreText.Progress.checking(parsed.candidates.count).text, total: parsed.candidates.count)
            return try planner.plan(parsed, source: source, dryRun: true, progress: progress).report
        }
        var report: ImportReport? = nil
        progress.begin(CoreText.Progress.checkingAndSaving(parsed.candidates.count).text, total: parsed.candidates.count)
        try store.commit { state in
            var planner = ImportPlanner(store: store, state: state, now: store.now, operatorName: store.operatorName, sourceName: name,
                                        duplicates: duplicates)
            planner.fromPerson = fromPerson
            let (events, r) = try planner.plan(parsed, source: source, dryRun: false, progress: progress)
            // The last moment to stop: once the events are returned, they are written whole.
            try progress.checkCancelled()
            report = r
            return events
        }
        report?.receipt = store.head
        return report!
    }

    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return (path as NSString).standardizingPath }
        return ((FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path) as NSString).standardizingPath
    }
}
