import Foundation
import ZgodaCore

/// Work too long to run between two keys, such as an export of a hundred thousand people.
///
/// The app model asks for it (`AppModel.takeWork`); the terminal runs it on a thread of its
/// own, draws its progress (`LongWorkView`) and turns Esc into a cancel; the outcome comes back
/// through `AppModel.finish`. While it runs the store is the work's alone: the front draws
/// nothing from it and hands no key to the app.
public struct LongWork: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The contacts matching `query` (nil: everyone) to a file.
        case export(format: InterchangeFormat, path: String, replacing: Bool, query: String?)
        /// A file read into the store (`dryRun`: only what it would do, for the preview).
        /// `path` as typed, `file` resolved.
        case importFile(path: String, file: String, options: ImportOptions, dryRun: Bool)
    }

    public let kind: Kind

    /// What the progress box is titled.
    public var title: String {
        switch kind {
        case let .export(_, path, _, _): return UIText.Interchange.exportingTo(path).text
        case let .importFile(path, _, _, dryRun):
            return (dryRun ? UIText.Interchange.checkingFile(path) : UIText.Interchange.importingFrom(path)).text
        }
    }

    /// What Esc does, under the progress.
    public var stopHint: String {
        switch kind {
        case .export: return UIText.Interchange.escStops.text
        case .importFile(_, _, _, true): return UIText.Interchange.escStopsCheck.text
        case .importFile: return UIText.Interchange.escStopsImport.text
        }
    }

    /// Runs the work with the store to itself, on whatever thread the front chose. A cancelled
    /// `progress` stops it at its next safe point, with nothing recorded.
    public func run(_ store: Store, progress: WorkProgress) -> Outcome {
        switch kind {
        case let .export(format, path, replacing, query):
            return Outcome(Result {
                .exported(try Exporter.export(store: store, format: format, query: query, destination: .file(path),
                                              replacing: replacing, progress: progress))
            })
        case let .importFile(_, file, options, dryRun):
            return Outcome(Result {
                .imported(try Importer.run(store: store, file: file, dryRun: dryRun, options: options, progress: progress))
            })
        }
    }

    /// What the work came to.
    public struct Outcome: Sendable {
        public enum Done: Sendable { case exported(ExportResult), imported(ImportReport) }
        public let result: Result<Done, any Error>
        init(_ result: Result<Done, any Error>) { self.result = result }
    }
}
