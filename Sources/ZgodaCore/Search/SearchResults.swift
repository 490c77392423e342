/// The people a search found, best first: their rows in the index's display order, read as
/// ids when asked for. Over a million people a one-letter search finds nearly everyone, and
/// copying out an id for each (and freeing the last keystroke's) cost more than finding them.
public struct SearchResults: RandomAccessCollection, Equatable, Sendable, ExpressibleByArrayLiteral {
    /// The index's ids, shared with it, not copied.
    private let ids: [ContactID]
    /// Rows of `ids`, in order; nil for all of them in display order.
    let rows: [UInt32]?
    /// The words of the query that found them (`SearchIndex.terms`), so that the next
    /// keystroke can tell whether it only narrows this search.
    let terms: [[UInt8]]

    init(ids: [ContactID], rows: [UInt32]?, terms: [[UInt8]] = []) {
        self.ids = ids
        self.rows = rows
        self.terms = terms
    }

    /// True if these are rows of `ids`, the very array (not an equal one): results of
    /// the same index, not of one built since.
    func isFound(in ids: [ContactID]) -> Bool {
        self.ids.withUnsafeBufferPointer { mine in ids.withUnsafeBufferPointer { mine.baseAddress == $0.baseAddress } }
            && self.ids.count == ids.count
    }

    public init() { self.init(ids: [], rows: nil) }

    public init(arrayLiteral elements: ContactID...) { self.init(ids: elements, rows: nil) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { rows?.count ?? ids.count }

    public subscript(position: Int) -> ContactID {
        guard let rows else { return ids[position] }
        return ids[Int(rows[position])]
    }

    public static func == (a: SearchResults, b: SearchResults) -> Bool {
        a.elementsEqual(b)
    }

    public static func == (a: SearchResults, b: [ContactID]) -> Bool {
        a.elementsEqual(b)
    }
}
