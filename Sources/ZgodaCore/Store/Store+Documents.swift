import Foundation

extension Store {
    /// Issues a form or report about `contact` and records it. Under the directory lock,
    /// `render` makes the document from the freshest state with a receipt that names the record
    /// of this issue and the head before it, and `deliver` (if given) writes it somewhere —
    /// before the record, so the history never claims a document that was not written. For an
    /// erased person the destination is not recorded (nothing about them is kept). Returns the
    /// text and the receipt; when `deliver` wrote a file and the record then fails, the caller
    /// removes the file.
    @discardableResult
    public func issueDocument(_ kind: String, contact: ContactID, format: String, destination: String?,
                              render: (ZgodaState, DocumentReceipt) throws -> String,
                              deliver: ((String) throws -> Void)? = nil) throws -> (text: String, receipt: DocumentReceipt) {
        try commitReturning { state in
            guard let c = state.contacts[contact] else { throw ZgodaError.unknownContact(contact.rawValue) }
            let receipt = DocumentReceipt(issued: now, operator: operatorName, head: head, seq: lastSeq)
            let text = try render(state, receipt)
            try deliver?(text)
            return ((text, receipt), [.documentIssued(kind: kind, contact: contact, format: format,
                                                      destination: c.anonymized ? nil : destination)])
        }
    }
}

extension Store {
    /// True when the directory's keys are wrapped with a passphrase (`zgoda init --encrypt`).
    public var isEncrypted: Bool { (try? DirectoryMeta.load(directory))?.encryption != nil }
}
