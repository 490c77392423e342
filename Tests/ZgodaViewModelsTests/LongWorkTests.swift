import Foundation
import Testing
import ZgodaCore
@testable import ZgodaViewModels

/// An export is long work: the app asks the front to run it, writes nothing until it runs,
/// and takes its outcome back; a stopped export leaves no file and no record.
@Suite struct LongWorkTests {
    @Test func enterAsksForTheExportAndNothingIsWrittenUntilItRuns() throws {
        let f = try Fixture()
        var app = f.app()
        let path = f.root + "/out.csv"
        app.send(.char("x"), .ctrl("u")); app.type(path)
        let before = f.store.lastSeq
        let stays = app.handle(.enter)
        #expect(stays)
        #expect(app.pendingWork == LongWork(kind: .export(format: .csv, path: path, replacing: false, query: nil)))
        #expect(!FileManager.default.fileExists(atPath: path) && f.store.lastSeq == before)
        let taken = app.takeWork()
        let work = try #require(taken)
        let again = app.takeWork()
        #expect(again == nil, "taken once")
        #expect(app.exportDialog != nil, "the dialog stays while the work runs")
        app.finish(work, work.run(f.store, progress: .none))
        #expect(app.exportDialog == nil)
        #expect(app.status?.text.hasPrefix("saved: exported 5 contacts to \(path)") == true)
        #expect(f.store.state.exports.last?.destination == path)
    }

    @Test func aStoppedExportLeavesNoFileAndNoRecord() throws {
        let f = try Fixture()
        var app = f.app()
        let path = f.root + "/stopped.csv"
        app.send(.char("x"), .ctrl("u")); app.type(path)
        let before = f.store.lastSeq
        _ = app.handle(.enter)
        let taken = app.takeWork()
        let work = try #require(taken)
        let progress = WorkProgress { _ in }
        progress.cancel()  // Esc, as the front turns it
        app.finish(work, work.run(f.store, progress: progress))
        #expect(app.exportDialog == nil)
        #expect(app.status == StatusLine("export stopped: nothing was written or recorded", isError: true))
        #expect(f.store.lastSeq == before)
        let left = try FileManager.default.contentsOfDirectory(atPath: f.root).filter { $0.contains("stopped") || $0.contains(".zgoda-export") }
        #expect(left.isEmpty)
    }

    @Test func theProgressBoxSaysWhatHowFarAndHowToStop() {
        let phase = WorkProgress.Phase(label: "writing 100000 contacts as csv", done: 42, total: 100)
        let work = LongWork(kind: .export(format: .csv, path: "/tmp/out.csv", replacing: false, query: nil))
        #expect(work.title == "Exporting to /tmp/out.csv")
        let g = LongWorkView.render(over: nil, rows: 12, cols: 60, title: "Exporting to /tmp/out.csv", phase: phase, stopping: false, hint: work.stopHint)
        let text = g.text
        #expect(text.contains("Exporting to /tmp/out.csv"))
        #expect(text.contains("writing 100000 contacts as csv"))
        #expect(text.contains("] 42%"))
        #expect(text.contains("Esc stops (nothing is kept of a stopped export)"))
        let check = LongWork(kind: .importFile(path: "a.csv", file: "/tmp/a.csv", options: ImportOptions(), dryRun: true))
        let importing = LongWork(kind: .importFile(path: "a.csv", file: "/tmp/a.csv", options: ImportOptions(), dryRun: false))
        #expect((check.title, check.stopHint) == ("Checking a.csv", "Esc stops the check"))
        #expect((importing.title, importing.stopHint) == ("Importing a.csv", "Esc stops (nothing is imported until the end)"))
        let stopping = LongWorkView.render(over: g, rows: 12, cols: 60, title: "Exporting to /tmp/out.csv", phase: phase, stopping: true, hint: work.stopHint)
        #expect(stopping.text.contains("stopping…") && !stopping.text.contains("Esc stops"))
        // Every size the app draws, down to the smallest, without trapping.
        for rows in 1...14 { for cols in stride(from: 1, through: 80, by: 7) {
            _ = LongWorkView.render(over: nil, rows: rows, cols: cols, title: "Exporting to /a/very/long/path/that/goes/on.csv", phase: phase, stopping: false, hint: work.stopHint)
        } }
    }

    @Test func anImportIsLongWorkAndAStoppedOneImportsNothing() throws {
        let f = try Fixture()
        try f.write("nowi.csv", "Name,E-mail\nNowa Osoba,nowa@example.pl\n")
        var app = f.app()
        app.send(.char("I"))
        app.type("nowi.csv")
        _ = app.handle(.enter)
        let preview = app.takeWork()
        #expect(preview == LongWork(kind: .importFile(path: "nowi.csv", file: f.root + "/nowi.csv", options: ImportOptions(), dryRun: true)))
        let before = f.store.lastSeq
        if let preview { app.finish(preview, preview.run(f.store, progress: .none)) }
        #expect(app.importDialog?.step == .preview && f.store.lastSeq == before)
        _ = app.handle(.enter)
        let taken = app.takeWork()
        let work = try #require(taken)
        let progress = WorkProgress { _ in }
        progress.cancel()
        app.finish(work, work.run(f.store, progress: progress))
        #expect(f.store.lastSeq == before, "nothing imported, nothing recorded")
        #expect(app.importDialog?.error == "import stopped: nothing was imported")
        #expect(!f.store.state.contacts.values.contains { $0.name == "Nowa Osoba" })
    }
}
