import ArgumentParser
import Foundation
import ZgodaCore
#if canImport(Glibc)
import Glibc
#endif

/// `zgoda form`
struct FormCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "form",
        abstract: HelpText.Form.abstract.text,
        discussion: HelpText.Form.discussion.text) }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(HelpText.Common.contactID)) var id: String
    @Option(help: ArgumentHelp(HelpText.Form.format)) var format: ConsentForm.Format = .text
    @Option(help: ArgumentHelp(HelpText.Form.output, valueName: "file"))
    var output: String?
    @OptionGroup var document: DocumentLanguageOption

    func run() throws {
        try reportingErrors {
            let store = try global.openStore(person: id)
            let contact = ContactID(id)
            try IssuedDocument.issue("form", contact: contact, format: format.rawValue, to: output, store: store) { state, receipt in
                try ConsentForm.render(format, state: state, contact: contact, receipt: receipt, language: document.language)
            }
            if let path = IssuedDocument.path(output) { Output.note(CLIText.Documents.wroteForm(contact, path: path).text) }
        }
    }
}

extension ConsentForm.Format: ExpressibleByArgument {}

/// Delivering a form or report: to a private file or stdout, and recording that it was issued.
enum IssuedDocument {
    /// The absolute path for `--output`, or nil for stdout (`-` or no option).
    static func path(_ output: String?) -> String? {
        guard let output, output != "-" else { return nil }
        return output.hasPrefix("/") ? output : FileManager.default.currentDirectoryPath + "/" + output
    }

    /// Renders and records the document (`Store.issueDocument`). A file is written before the
    /// record and removed if the record fails; for stdout the record comes first, then the text.
    static func issue(_ kind: String, contact: ContactID, format: String, to output: String?, store: Store,
                      render: (ZgodaState, DocumentReceipt) throws -> String) throws {
        let path = path(output)
        var written = false
        do {
            let issued = try store.issueDocument(kind, contact: contact, format: format, destination: path, render: render) { text in
                guard let path else { return }
                try writePrivate(text, to: path)
                written = true
            }
            if path == nil { Output.raw(issued.text) }
        } catch {
            if written, let path { unlink(path) }
            throw error
        }
    }

    /// The document holds personal data: the file is readable by its owner only.
    static func writePrivate(_ text: String, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        if fd < 0 { throw ZgodaError.io(ErrorReason(CLIText.Documents.cannotWrite(path))) }
        defer { close(fd) }
        fchmod(fd, 0o600)
        let bytes = Array(text.utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes[done...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ZgodaError.io(ErrorReason(CLIText.Documents.cannotWrite(path)))
            }
            done += n
        }
        if fsync(fd) != 0 { throw ZgodaError.io(ErrorReason(CLIText.Documents.cannotWrite(path))) }
    }
}
