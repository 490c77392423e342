import Testing
@testable import ZgodaViewModels

/// The frame drawn before the store is open, at any size Zgoda runs in.
@Suite struct OpeningViewTests {
    @Test func saysWhatIsOpeningAndThatKeysAreKept() {
        let g = OpeningView.render(rows: 24, cols: 80, directory: "/home/anna/.local/share/zgoda")
        #expect(g.text.contains("opening /home/anna/.local/share/zgoda…"))
        #expect(g.text.contains("Keys typed now are kept; Ctrl-C quits."))
        #expect(g.text.hasPrefix(" Zgoda"))
    }

    @Test func drawsAtEverySize() {
        for rows in [1, 2, 3, 8, 12, 100] {
            for cols in [1, 5, 20, 50, 300] {
                let g = OpeningView.render(rows: rows, cols: cols, directory: String(repeating: "/bardzo-długa-ścieżka", count: 20))
                #expect(g.rows == rows && g.cols == cols)
            }
        }
        let narrow = OpeningView.render(rows: 12, cols: 20, directory: "/home/anna/zgoda")
        #expect(narrow.text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\n", with: "").contains("opening/home/anna/zgoda…"))
    }
}
