import Foundation
import ZgodaCore

/// The language a page is shown in: Polish or English.
public enum PageLanguage: String, CaseIterable, Sendable {
    case pl, en

    /// The same language as the core names it (purpose wordings, hashes).
    var language: Language { self == .pl ? .pl : .en }

    /// `?lang=` first (the switch on the page), then the browser's `Accept-Language` by its
    /// weights, else Polish: Zgoda's customers read Polish first.
    static func choose(query: String?, acceptLanguage: String?) -> PageLanguage {
        if let query, let lang = PageLanguage(rawValue: query.lowercased()) { return lang }
        guard let header = acceptLanguage else { return .pl }
        var best: (PageLanguage, Double)? = nil
        for (order, part) in header.split(separator: ",").enumerated() {
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first?.lowercased() else { continue }
            var weight = 1.0
            for p in pieces.dropFirst() where p.hasPrefix("q=") { weight = Double(p.dropFirst(2)) ?? 0 }
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            guard weight > 0, let lang = PageLanguage(rawValue: primary) else { continue }
            // Equal weights keep the header's order.
            let score = weight - Double(order) * 1e-6
            if best == nil || score > best!.1 { best = (lang, score) }
        }
        return best?.0 ?? .pl
    }
}
