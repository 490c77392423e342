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
    }

    public let kind: Kind

    /// What the progress box is titled.
    public var title: String {
        switch kind {
        case let .export(_, path, _, _): return UIText.Interchange.exportingTo(path).text
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
        }
    }

    /// What the work came to.
    public struct Outcome: Sendable {
        public enum Done: Sendable { case exported(ExportResult) }
        public let result: Result<Done, any Error>
        init(_ result: Result<Done, any Error>) { self.result = result }
    }
}
