import Foundation
import ZgodaCore

/// Importing a file from the contact list: a dry run for the preview, then the same importer
/// for real, as one atomic commit.
extension AppModel {
    mutating func importIntent(_ intent: ImportDialogIntent) {
        guard var m = importDialog else { return }
        switch intent {
        case .none: return
        case .cancel:
            importDialog = nil
            return
        case let .complete(typed):
            m.complete(PathCompletion.complete(typed, currentDirectory: workingDirectory))
        case let .preview(path, options):
            // At 100k rows even the dry run takes seconds: long work, as the import itself.
            pendingWork = LongWork(kind: .importFile(path: path, file: PathCompletion.resolve(path, currentDirectory: workingDirectory),
                                                     options: options, dryRun: true))
        case let .importFile(path, options):
            pendingWork = LongWork(kind: .importFile(path: path, file: PathCompletion.resolve(path, currentDirectory: workingDirectory),
                                                     options: options, dryRun: false))
        }
        importDialog = m
        layout()
    }

    /// Takes the outcome of an import's long work: the preview of a dry run, or the import's
    /// summary; a failure or a stop stays in the dialog.
    mutating func finishImport(path: String, dryRun: Bool, _ result: Result<LongWork.Outcome.Done, any Error>) {
        // The importer caught up with other processes' changes first.
        reload()
        guard var m = importDialog else { return }
        switch result {
        case let .success(.imported(report)) where dryRun:
            m.offer(purposes: Array(store.state.purposes.keys))
            m.showPreview(path: path, report: report)
        case let .success(.imported(report)):
            importDialog = nil
            // The people added came from someone else: they must be told within a month (Art. 14).
            let toTell = report.added > 0
                ? UIText.Status.toTell(report.added, by: ShownDate.day(Deadlines.response(received: Day(store.now)).date)).text : ""
            status = StatusLine(UIText.Status.saved(report.summary).text + toTell)
            layout()
            return
        case .success(.exported):
            return
        case .failure(ZgodaError.interrupted):
            m.show(UIText.Interchange.importStopped.text)
        case let .failure(error) where dryRun:
            m.show(Self.message(error))
        case let .failure(error):
            m.show(UIText.Status.notImported(Self.message(error)).text)
        }
        importDialog = m
        layout()
    }
}
