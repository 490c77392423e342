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
            do {
                let report = try Importer.run(store: store, file: PathCompletion.resolve(path, currentDirectory: workingDirectory), dryRun: true,
                                              options: options)
                m.offer(purposes: Array(store.state.purposes.keys))
                m.showPreview(path: path, report: report)
            } catch {
                m.show(Self.message(error))
            }
            // The importer caught up with other processes' changes first.
            reload()
        case let .importFile(path, options):
            do {
                let report = try Importer.run(store: store, file: PathCompletion.resolve(path, currentDirectory: workingDirectory), dryRun: false,
                                              options: options)
                importDialog = nil
                reload()
                // The people added came from someone else: they must be told within a month (Art. 14).
                let toTell = report.added > 0
                    ? UIText.Status.toTell(report.added, by: ShownDate.day(Deadlines.response(received: Day(store.now)).date)).text : ""
                status = StatusLine(UIText.Status.saved(report.summary).text + toTell)
                return
            } catch {
                reload()
                m.show(UIText.Status.notImported(Self.message(error)).text)
            }
        }
        importDialog = m
        layout()
    }
}
