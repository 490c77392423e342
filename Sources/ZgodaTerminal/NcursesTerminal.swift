import CNcursesw
import ZgodaViewModels
#if canImport(Glibc)
import Glibc
#endif

/// The real terminal through ncursesw: raw mode, keypad, wide characters, colours where the
/// terminal has them. Paints grids cell by cell (skipping cells unchanged since the last
/// frame) and always gives the terminal back in `stop()`.
final class NcursesTerminal {
    private var palette: ColorPalette
    private var painted: Grid?
    private var active = false

    init(theme: Theme) {
        Self.chooseUTF8Locale()
        // Esc must answer at once; arrow keys arrive well within this.
        setenv("ESCDELAY", "25", 0)
        initscr()
        active = true
        raw()
        noecho()
        _ = zg_keypad(true)
        set_escdelay(25)
        curs_set(1)
        Self.defineExtraKeys()
        var colors = false
        if theme.usesColor && has_colors() {
            start_color()
            use_default_colors()
            colors = true
        }
        palette = ColorPalette(theme: theme, colors: colors)
    }

    /// The environment's locale, and UTF-8 for characters whatever it says. ncursesw writes wide
    /// characters in the locale's encoding: a locale that is not installed (`LANG=pl_PL.UTF-8` on
    /// a machine that never generated it) leaves "C", and every ą, ł and box line turns into
    /// garbage. Zgoda paints UTF-8 only, so it then takes `C.UTF-8` (present on every glibc
    /// since 2.35 and on Debian before that) for `LC_CTYPE`; the language Zgoda speaks is
    /// chosen elsewhere (`Language.resolve`) and does not need the locale to exist.
    private static func chooseUTF8Locale() {
        setlocale(LC_ALL, "")
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset).uppercased().filter({ $0 != "-" }) == "UTF8" { return }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil { return }
    }

    /// Home, End and Shift-Tab as tmux, screen and rxvt send them, in case the terminfo entry
    /// for $TERM does not list them (tmux sends `\e[1~`/`\e[4~` even when TERM is xterm).
    private static func defineExtraKeys() {
        let keys: [(String, Int32)] = [
            ("\u{1b}[1~", zg_key_home()), ("\u{1b}[7~", zg_key_home()), ("\u{1b}[H", zg_key_home()), ("\u{1b}OH", zg_key_home()),
            ("\u{1b}[4~", zg_key_end()), ("\u{1b}[8~", zg_key_end()), ("\u{1b}[F", zg_key_end()), ("\u{1b}OF", zg_key_end()),
            ("\u{1b}[3~", zg_key_dc()), ("\u{1b}[Z", zg_key_btab()),
            ("\u{1b}[5~", zg_key_ppage()), ("\u{1b}[6~", zg_key_npage()),
        ]
        for (sequence, code) in keys where key_defined(sequence) == 0 {
            define_key(sequence, code)
        }
    }

    var rows: Int { Int(zg_lines()) }
    var cols: Int { Int(zg_cols()) }

    /// Waits up to `timeout` milliseconds for a key.
    func read(timeout: Int32) -> TerminalEvent? {
        _ = zg_timeout(timeout)
        var code: wint_t = 0
        let status = zg_get_wch(&code)
        return KeyDecoder.decode(status: status, code: UInt32(code))
    }

    /// After a resize every cell must be drawn again.
    func invalidate() {
        painted = nil
        _ = zg_clear()
    }

    func paint(_ grid: Grid) {
        let previous = painted.flatMap { $0.rows == grid.rows && $0.cols == grid.cols ? $0 : nil }
        if previous == nil { _ = zg_clear() }
        var chars = [wchar_t](repeating: 0, count: 6)
        for y in 0..<grid.rows {
            for x in 0..<grid.cols {
                let cell = grid[y, x]
                if cell.isContinuation { continue }
                if let previous, previous[y, x] == cell, x + 1 >= grid.cols || previous[y, x + 1] == grid[y, x + 1] { continue }
                var n = 0
                for u in cell.text.unicodeScalars where n < Cell.maxScalars {
                    chars[n] = wchar_t(bitPattern: u.value); n += 1
                }
                chars[n] = 0
                // The bottom-right cell would scroll some terminals; ncurses handles it via insert mode.
                _ = zg_put_cell(Int32(y), Int32(x), chars, palette.attributes(cell.role), palette.pair(cell.role))
            }
        }
        if let c = grid.cursor {
            _ = zg_move(Int32(c.row), Int32(c.col))
        } else {
            _ = zg_move(Int32(max(0, grid.rows - 1)), 0)
        }
        _ = zg_refresh()
        painted = grid
    }

    /// Restores the terminal: leaves the alternate screen, echo and cooked mode back on.
    func stop() {
        guard active else { return }
        active = false
        endwin()
    }
}
