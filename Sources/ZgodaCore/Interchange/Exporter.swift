import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where an export goes.
public enum ExportDestination: Equatable, Sendable {
    case file(String)
    /// The bytes come back in `ExportResult.output` for the caller to print, after the record is committed.
    case standardOutput

    /// How the journal names it: the absolute path, or `stdout`.
    public var recorded: String {
        switch self {
        case let .file(path): return Importer.absolute(path)
        case .standardOutput: return "stdout"
        }
    }
}

/// What an export produced.
public struct ExportResult: Sendable {
    public var format: InterchangeFormat
    public var contacts: [ContactID]
    public var filter: String
    public var destination: String
    /// The journal head the exported data reflects; the export's own record follows it.
    public var receipt: String
    public var receiptSeq: UInt64
    /// The rendered bytes when the destination is standard output.
    public var output: [UInt8]?

    /// `exported N contacts to FILE (receipt HEAD)`, in both languages.
    public var receiptText: Localized {
        Localized(en: "exported \(contacts.count) contact\(contacts.count == 1 ? "" : "s") to \(destination) (receipt \(receipt))",
                  pl: "wyeksportowano \(CoreText.Labels.contacts.count(contacts.count, in: .pl)) do \(destination) (potwierdzenie \(receipt))")
    }

    /// `receiptText` in the language of the run.
    public var receiptLine: String { receiptText.text }
}

/// A personal preferences link per exported person (a CSV column, for a mailing tool to put in
/// each message's footer). Each is a new consent link, issued in the export's own atomic group.
public struct PreferencesLinks: Sendable {
    /// Where the links point (`zgoda serve`'s public address).
    public var base: String
    public var purposes: [String]
    public var lifetime: LinkLifetime

    public init(base: String, purposes: [String] = [], lifetime: LinkLifetime) {
        self.base = base; self.purposes = purposes; self.lifetime = lifetime
    }
}

/// Exports contacts, and records every export in the journal.
///
/// ```swift
/// let r = try Exporter.export(store: store, format: .csv,
///                             consent: [ConsentCriterion(purpose: "email-marketing", status: .granted)],
///                             destination: .file("newsletter.csv"))
/// ```
/// The file is written to a temporary file beside the destination and fsynced; then the
/// `export` record (format, filter, destination, the people included) is committed; then the
/// file is renamed into place. An export that fails before the commit records nothing and
/// leaves no file. All of it runs under the directory lock against the freshest state, so the
/// record names exactly the people in the file.
public enum Exporter {
    public static func export(store: Store, format: InterchangeFormat, query: String? = nil, consent: [ConsentCriterion] = [],
                              destination: ExportDestination, replacing: Bool = false, progress: WorkProgress = .none) throws -> ExportResult {
        try export(store: store, format: format, selection: ExportSelection(query: query, consent: consent), destination: destination,
                   replacing: replacing, progress: progress)
    }

    /// `replacing` false refuses a destination file that exists (`ZgodaError.destinationExists`)
    /// before anything is recorded: an export must never silently replace an earlier one.
    /// A cancelled `progress` stops it before it is recorded (`ZgodaError.interrupted`), with
    /// no file left behind.
    public static func export(store: Store, format: InterchangeFormat, selection: ExportSelection,
                              destination: ExportDestination, replacing: Bool = false,
                              preferencesLinks: PreferencesLinks? = nil, progress: WorkProgress = .none) throws -> ExportResult {
        if preferencesLinks != nil && format != .csv {
            throw ZgodaError.invalidInput(ErrorReason(en: "preferences links are a CSV column: use --format csv",
                    pl: "linki do preferencji są kolumną pliku CSV: użyj --format csv"))
        }
        let recorded = destination.recorded
        var target: (dir: String, temp: String?, final: String)? = nil
        if case .file = destination {
            let dir = (recorded as NSString).deletingLastPathComponent
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
                throw ZgodaError.io(ErrorReason(en: "cannot export to \(recorded): the directory \(dir) does not exist",
                    pl: "nie można wyeksportować do \(recorded): katalog \(dir) nie istnieje"))
            }
            if FileManager.default.fileExists(atPath: recorded, isDirectory: &isDir), isDir.boolValue {
                throw ZgodaError.io(ErrorReason(en: "cannot export to \(recorded): it is a directory",
                    pl: "nie można wyeksportować do \(recorded): to jest katalog"))
            }
            if !replacing && Files.exists(recorded) { throw ZgodaError.destinationExists(recorded) }
            target = (dir, nil, recorded)
        }
        var result: ExportResult? = nil
        do {
            try store.commit { state in
                let now = store.now
                progress.begin(CoreText.Progress.selectingContacts.text)
                let contacts = try selection.contacts(in: state, now: now)
                let filter = selection.description
                try progress.checkCancelled()
                progress.begin(CoreText.Progress.writing(contacts.count, as: format.rawValue).text, total: contacts.count)
                let ids = contacts.map(\.id)
                let links = try preferencesLinks.map { p in
                    try store.makeLinks(for: ids, state: state, purposes: p.purposes, lifetime: p.lifetime, mail: false)
                } ?? []
                let urls = preferencesLinks.map { p in
                    Dictionary(links.map { ($0.link.contact, $0.url(base: p.base)) }, uniquingKeysWith: { a, _ in a })
                }
                let bytes = try ExportRenderer.render(format, contacts: contacts, state: state, now: now,
                                                      operator: store.operatorName, filter: filter,
                                                      receipt: store.head, receiptSeq: store.lastSeq, preferencesLinks: urls,
                                                      progress: progress)
                result = ExportResult(format: format, contacts: ids, filter: filter, destination: recorded,
                                      receipt: store.head, receiptSeq: store.lastSeq, output: nil)
                if let t = target {
                    target?.temp = try writeTemporary(bytes, in: t.dir, io: store.options.io)
                    // The last moment to stop: the temporary file goes with the error.
                    try progress.checkCancelled()
                } else {
                    result?.output = bytes
                }
                return [.exported(format: format.rawValue, filter: filter, destination: recorded, contacts: ids)]
                    + links.map { .linkIssued($0.link) }
            }
        } catch {
            if let temp = target?.temp { unlink(temp) }
            throw error
        }
        if let t = target, let temp = t.temp {
            if rename(temp, t.final) != 0 {
                let reason = String(cString: strerror(errno))
                unlink(temp)
                throw ZgodaError.io(ErrorReason(en: "the export was recorded but \(t.final) could not be written: \(reason)",
                    pl: "eksport został zapisany w dzienniku, ale nie udało się zapisać \(t.final): \(reason)"))
            }
            try? Files.syncDirectory(t.dir, io: store.options.io)
        }
        guard let result else { throw ZgodaError.writeFailed(ErrorReason(en: "the export was not recorded",
                    pl: "eksportu nie zapisano w dzienniku")) }
        return result
    }

    /// A new private file (0600) in `dir` holding `bytes`, fsynced; removed again on failure.
    static func writeTemporary(_ bytes: [UInt8], in dir: String, io: any StorageIO) throws -> String {
        let temp = dir + "/.zgoda-export-" + UUID().uuidString
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd < 0 { throw ZgodaError.io(ErrorReason(en: "cannot write in \(dir): \(String(cString: strerror(errno)))",
                    pl: "nie można zapisywać w \(dir): \(String(cString: strerror(errno)))")) }
        do {
            try io.write(fd, bytes)
            try io.fsync(fd)
            close(fd)
        } catch {
            close(fd)
            unlink(temp)
            throw error
        }
        return temp
    }
}
