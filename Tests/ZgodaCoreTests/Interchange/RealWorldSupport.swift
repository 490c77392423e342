import Foundation
@testable import ZgodaCore

/// The real-world contact files, read in place from ../shared/conformance/realworld-contacts
/// beside the package (CI always has them; a missing folder fails the tests that need it).
enum RealWorldFiles {
    static let folder: String = {
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return package.deletingLastPathComponent().appendingPathComponent("shared/conformance/realworld-contacts").standardizedFileURL.path
    }()

    static var present: Bool { FileManager.default.fileExists(atPath: folder + "/SOURCES.md") }

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".vcf") || $0.hasSuffix(".csv") }.sorted()
    }
}

/// What one imported person looks like in a test: the fields a person checks.
struct Person: Equatable, CustomStringConvertible {
    var name: String
    var emails: [String] = []
    var phones: [String] = []
    var company = ""
    var city = ""

    /// The e-mails and phones are the kept one followed by those the notes hold.
    init(_ name: String, emails: [String] = [], phones: [String] = [], company: String = "", city: String = "") {
        self.name = name; self.emails = emails; self.phones = phones; self.company = company; self.city = city
    }

    init(_ d: ContactDetails) {
        name = d.name; company = d.company; city = d.city
        let lines = d.notes.split(separator: "\n").map(String.init)
        emails = (d.email.isEmpty ? [] : [d.email]) + lines.filter { $0.hasPrefix("Other e-mail: ") }.map { String($0.dropFirst(14)) }
        phones = (d.phone.isEmpty ? [] : [d.phone]) + lines.filter { $0.hasPrefix("Other phone: ") }.map { String($0.dropFirst(13)) }
    }

    var description: String {
        "Person(\(String(reflecting: name)), emails: \(emails), phones: \(phones), company: \(String(reflecting: company)), city: \(String(reflecting: city)))"
    }
}
