import ZgodaCore

/// One line of editable text with a cursor, counted in characters (grapheme clusters), so
/// editing "Zażółć" or an emoji never splits a character.
public struct LineEditor: Equatable, Sendable {
    public private(set) var characters: [Character]
    /// Cursor position: 0 … characters.count.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    public mutating func set(_ text: String) {
        characters = Array(text)
        cursor = characters.count
    }

    /// Applies an editing key; returns false for keys that are not editing keys.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case let .char(c):
            insert(c)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = characters.count
        case .backspace:
            if cursor > 0 { characters.remove(at: cursor - 1); cursor -= 1 }
        case .delete, .ctrl("d"):
            if cursor < characters.count { characters.remove(at: cursor) }
        case .ctrl("u"):
            characters.removeFirst(cursor); cursor = 0
        case .ctrl("k"):
            characters.removeLast(characters.count - cursor)
        default:
            return false
        }
        return true
    }

    public mutating func insert(_ c: Character) {
        // Control characters (C0, DEL, C1) never enter a field: they could not be shown or typed back.
        if let u = c.unicodeScalars.first, u.value < 0x20 || (0x7F..<0xA0).contains(u.value) { return }
        // A terminal sends a flag, a skin tone or a combining accent as several code points that
        // arrive as several keys; the ones that join the character before the cursor become part
        // of it, so Backspace and the arrows treat 🇵🇱 or "é" as the one character it is.
        if cursor > 0 {
            let joined = String(characters[cursor - 1]) + String(c)
            if joined.count == 1 {
                characters[cursor - 1] = Character(joined)
                return
            }
        }
        characters.insert(c, at: cursor)
        cursor += 1
    }

    /// The visible part of the text in `width` columns, scrolled so the cursor shows, and the
    /// cursor's column within it. Looks only at the characters around the cursor that the
    /// width can show (`DisplayWidth.scanBudget`), so a very long value edits as fast as a short one.
    public func window(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 1 else { return ("", 0) }
        let budget = DisplayWidth.scanBudget(columns: width)
        // Walk back from the cursor while the text before it fits, keeping one column free for
        // the cursor after the last character.
        var start = cursor, before = 0
        while start > 0, cursor - start < budget {
            let cw = DisplayWidth.of(characters[start - 1])
            if before + cw > width - 1 { break }
            before += cw
            start -= 1
        }
        var out = ""
        var w = 0
        for ch in characters[start..<min(characters.count, start + budget)] {
            let cw = DisplayWidth.of(ch)
            if w + cw > width { break }
            out.append(ch); w += cw
        }
        return (out, before)
    }
}
