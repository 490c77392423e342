import ZgodaCore

/// What help shows besides a screen's keys (each screen's `KeyBound.bindings` are its keys).
public enum HelpContent {
    public typealias Binding = (keys: String, does: String)

    /// What the contact list's columns and marks mean, for the help overlay.
    public static func listLegend(_ state: ZgodaState) -> [Binding] {
        let ids = Array(state.purposes.keys)
        var out: [Binding] = [("", ""), ("", UIText.ContactList.legendTitle.text)]
        for (id, code) in zip(ids, PurposeCodes.codes(for: ids)) {
            out.append((code, state.purposes[id]?.shownTitle ?? id))
        }
        out += [
            ("✓ ✗ ↩", UIText.ContactList.legendDecisions.text), ("⧗ ~ ·", UIText.ContactList.legendStates.text),
            (RetentionMark.symbol, UIText.ContactList.legendRetention.text),
        ]
        return out
    }
}
