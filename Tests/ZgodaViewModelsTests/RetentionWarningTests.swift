import Foundation
import Testing
import ZgodaCore
@testable import ZgodaViewModels

/// The status line's reminder of people kept past retention: counted when the store opens and
/// after each change, worded with the right plural in both languages.
@Suite struct RetentionWarningTests {
    @Test func countsPeoplePastRetentionWhenTheStoreOpens() throws {
        let f = try Fixture()
        #expect(f.app().pastRetention == 0)
        #expect(!f.app().render().text.contains("past retention"))
        var later = try f.app(at: Fixture.later)
        #expect(later.pastRetention == 3)
        let g = later.render()
        #expect(g.lines[g.rows - 2].trimmingCharacters(in: .whitespaces) == "⌛ 3 people past retention — zgoda retention --apply")
        #expect(g[g.rows - 2, 1].role == .warning)
        // A message of what just happened comes first; the reminder returns after.
        later.send(.char("?"))
        later.send(.char("x"))
        #expect(later.render().text.contains("3 people past retention"))
    }

    @Test func aPurposeWhoseRetentionEndedIsCounted() throws {
        let f = try Fixture()
        // 王小明 withdrew phone marketing on Fixture.now; it is kept 24 months after that. The
        // two people who never had a basis are past their 30 days of grace either way.
        let month = 30.5 * 86_400
        #expect(try f.app(at: Fixture.now.addingTimeInterval(23 * month)).pastRetention == 2)
        var app = try f.app(at: Fixture.now.addingTimeInterval(25 * month))
        #expect(app.pastRetention == 3)
        #expect(app.render().text.contains("3 people past retention"))
        // A change counts again: anonymising one of them leaves two.
        app.send(.char("/")); app.type("wang"); app.send(.enter, .char("A"))
        app.type("cn000002"); app.send(.enter)
        #expect(app.store.state.contacts["cn000002"]?.anonymized == true)
        #expect(app.pastRetention == 2)
        app.send(.escape)
        #expect(app.render().text.contains("2 people past retention"))
    }

    @Test func polishPluralForms() {
        Language.$current.withValue(.pl) {
            #expect(UIText.App.pastRetention(1).text == "⌛ 1 osoba po terminie przechowywania — zgoda retention --apply")
            #expect(UIText.App.pastRetention(3).text.hasPrefix("⌛ 3 osoby po terminie"))
            #expect(UIText.App.pastRetention(5).text.hasPrefix("⌛ 5 osób po terminie"))
            #expect(UIText.App.pastRetention(22).text.hasPrefix("⌛ 22 osoby"))
        }
        #expect(UIText.App.pastRetention(1).text.hasPrefix("⌛ 1 person past"))
    }

    @Test func theCustomerNeverSeesIt() throws {
        let f = try Fixture()
        var later = try f.app(at: Fixture.later)
        later.send(.char("/")); later.type("gesla"); later.send(.enter, .char("f"))
        guard case .customer? = later.top else { Issue.record("no customer form"); return }
        #expect(!later.render().text.contains("retention"))
    }
}

/// The front may count off the first frame: a count from the opening state is taken only while
/// no change has counted since.
@Suite struct RetentionCountHandOverTests {
    @Test func aCountFromTheFrontIsTakenUnlessAChangeCountedFirst() throws {
        let f = try Fixture()
        var app = try f.app(at: Fixture.later)
        #expect(app.retentionCounted && app.pastRetention == 3)
        #expect(!app.takePastRetention(7) && app.pastRetention == 3)
        var later = AppModel(store: app.store, countsRetention: false)
        #expect(!later.retentionCounted && later.pastRetention == 0)
        #expect(later.takePastRetention(3) && later.pastRetention == 3)
        #expect(!later.takePastRetention(5) && later.pastRetention == 3)
        var changed = AppModel(store: app.store, countsRetention: false)
        changed.send(.char("/")); changed.type("wang"); changed.send(.enter, .char("A"))
        changed.type("cn000002"); changed.send(.enter)
        #expect(changed.pastRetention == 2)
        #expect(!changed.takePastRetention(3) && changed.pastRetention == 2)
        app.send(.escape)
    }
}
