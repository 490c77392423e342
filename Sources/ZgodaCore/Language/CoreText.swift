/// The words the core writes for people to read, in every language Zgoda speaks. One extension
/// per area (`CoreText+Labels.swift`, `CoreText+History.swift`, …) holds `Localized` sentences
/// with their values in place, so each language writes its own sentence and a text missing in
/// one language does not build. Machine-readable output (JSON keys and values, ids, raw enum
/// values) never comes from here.
public enum CoreText {}
