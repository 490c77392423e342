import Foundation

/// One person read from an imported file, before it is checked against what Zgoda holds.
public struct ImportCandidate: Sendable {
    /// Where the person starts in the file: a line for CSV and vCard, a position for JSON.
    public var location: ImportLocation
    public var details: ContactDetails
    /// The fields the file has a value for; an update changes only these.
    public var givenFields: Set<ContactField>
    /// Decisions from consent columns (CSV) or consent properties (vCard), recorded with source `import`.
    public var consents: [ImportedConsent]
    /// Whole decisions carried by the portability format, kept as they were made.
    public var history: [ConsentDecision]
    /// The id the portability format carries; kept when it is free.
    public var preferredID: ContactID?
    /// What the report says about this person although they are imported (a value kept in the
    /// notes, a name taken from the organisation, an unknown charset), in every language: the
    /// report's text follows the language of the run, its JSON stays English.
    var warningTexts: [Localized]

    /// The warnings in the language of the run.
    public var warnings: [String] {
        get { warningTexts.map(\.text) }
        set { warningTexts = newValue.map { Localized(en: $0, pl: $0) } }
    }

    public init(location: ImportLocation, details: ContactDetails, givenFields: Set<ContactField>,
                consents: [ImportedConsent] = [], history: [ConsentDecision] = [], preferredID: ContactID? = nil,
                warnings: [String] = []) {
        self.init(location: location, details: details, givenFields: givenFields, consents: consents, history: history,
                  preferredID: preferredID, warningTexts: warnings.map { Localized(en: $0, pl: $0) })
    }

    init(location: ImportLocation, details: ContactDetails, givenFields: Set<ContactField>,
         consents: [ImportedConsent] = [], history: [ConsentDecision] = [], preferredID: ContactID? = nil,
         warningTexts: [Localized]) {
        self.location = location; self.details = details; self.givenFields = givenFields
        self.consents = consents; self.history = history; self.preferredID = preferredID; self.warningTexts = warningTexts
    }
}

/// A place in an imported file, as reports name it ("line 7", "contact 3").
public struct ImportLocation: Equatable, Comparable, Sendable, CustomStringConvertible {
    public var unit: String
    public var number: Int

    public static func line(_ n: Int) -> ImportLocation { ImportLocation(unit: "line", number: n) }
    public static func contact(_ n: Int) -> ImportLocation { ImportLocation(unit: "contact", number: n) }

    public var description: String { "\(unit) \(number)" }
    public static func < (a: ImportLocation, b: ImportLocation) -> Bool { a.number < b.number }
}

/// A consent decision read from a column or property.
public struct ImportedConsent: Equatable, Sendable {
    public var purpose: String
    public var decision: Decision
    public init(purpose: String, decision: Decision) { self.purpose = purpose; self.decision = decision }
}

/// A record that could not be read into a person, and why.
public struct ImportProblem: Equatable, Sendable {
    public var location: ImportLocation
    /// Why, in every language (the report's JSON takes the English).
    var wording: Localized

    /// Why, in the language of the run.
    public var reason: String {
        get { wording.text }
        set { wording = Localized(en: newValue, pl: newValue) }
    }

    public init(_ location: ImportLocation, _ reason: String) { self.init(location, Localized(en: reason, pl: reason)) }
    init(_ location: ImportLocation, _ wording: Localized) { self.location = location; self.wording = wording }

    /// Equal when they say the same in the language of the run: a problem made from a plain
    /// `String` has no Polish of its own.
    public static func == (a: ImportProblem, b: ImportProblem) -> Bool {
        a.location == b.location && a.reason == b.reason
    }
}

/// What a reader made of a file.
public struct ParsedImport: Sendable {
    public var format: InterchangeFormat
    public var encoding: TextDecoding.Encoding
    public var candidates: [ImportCandidate] = []
    public var problems: [ImportProblem] = []
    /// Remarks about the file as a whole (ignored columns, unknown purposes), in every language.
    var noteTexts: [Localized] = []

    /// The remarks in the language of the run.
    public var notes: [String] {
        get { noteTexts.map(\.text) }
        set { noteTexts = newValue.map { Localized(en: $0, pl: $0) } }
    }
    /// How a spreadsheet's columns were read, in file order (empty for vCard and JSON).
    public var columns: [ColumnMapping] = []

    public init(format: InterchangeFormat, encoding: TextDecoding.Encoding) {
        self.format = format; self.encoding = encoding
    }
}

/// Reads a consent cell: English and Polish words for the three decisions.
enum ConsentCell {
    enum Reading: Equatable { case decision(Decision), empty, notADecision(String), invalid }

    static func read(_ text: String) -> Reading {
        switch HeaderNames.key(text) {
        case "": return .empty
        case "none", "brak": return .empty
        case "granted", "grant", "yes", "y", "tak", "t", "true", "1", "zgoda", "udzielona", "wyrazona": return .decision(.granted)
        case "refused", "refuse", "no", "n", "nie", "false", "0", "odmowa", "odmowiona", "brakzgody": return .decision(.refused)
        case "withdrawn", "withdraw", "wycofana", "wycofano", "cofnieta", "odwolana": return .decision(.withdrawn)
        case "expired", "outdated", "wygasla", "nieaktualna": return .notADecision(text)
        default: return .invalid
        }
    }
}
