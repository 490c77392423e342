import Foundation

/// A document handed to a person (consent form, access report) as a list of blocks, so that
/// one description renders the same content as plain text, Markdown or HTML. Values in blocks
/// are raw, in the document's language; each renderer escapes them for its format.
public enum DocumentBlock: Equatable, Sendable {
    /// The document's title.
    case title(String)
    case heading(String)
    case subheading(String)
    case paragraph(String)
    /// Label–value pairs (an empty value is left out).
    case fields([Field])
    case list([String])
    case table(headers: [String], rows: [[String]])
    /// A place to agree or disagree, marked by hand.
    case choice(agree: String, disagree: String)
    /// Lines to fill in by hand, e.g. date and signature.
    case blanks([String])

    public struct Field: Equatable, Sendable {
        public var label: String
        public var value: String
        /// Shown in a fixed-width font (hashes, ids).
        public var code: Bool

        public init(_ label: String, _ value: String, code: Bool = false) {
            self.label = label; self.value = value; self.code = code
        }
    }

    static let box = "☐"

    /// The agree/disagree boxes in `language`.
    static func choice(in language: Language) -> DocumentBlock {
        .choice(agree: DocumentText.agree(language), disagree: DocumentText.disagree(language))
    }
}

/// What every issued document ends with: when, by whom, the journal record that records its
/// issue, and the journal head just before that record (what the document shows), so a head
/// recorded elsewhere ties the document to the history.
public struct DocumentReceipt: Equatable, Sendable {
    public var issued: Date
    public var `operator`: String
    /// The head hash of the journal the document was made from, and that record's number.
    public var head: String
    public var seq: UInt64
    /// The record of the issue itself: the next one.
    public var record: UInt64 { seq + 1 }

    public init(issued: Date, operator: String, head: String, seq: UInt64) {
        self.issued = issued; self.operator = `operator`; self.head = head; self.seq = seq
    }

    func blocks(in language: Language) -> [DocumentBlock] {
        typealias T = DocumentText
        return [.heading(T.receipt(language)),
                .fields([.init(T.issued(language), "\(ISOTime.string(issued)) (\(`operator`))"),
                         .init(T.issueRecord(language), String(record)),
                         .init(T.journalAsOf(language), String(seq)),
                         .init(T.journalHead(language), head, code: true)])]
    }
}
