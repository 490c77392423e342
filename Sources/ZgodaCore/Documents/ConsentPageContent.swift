import Foundation

/// What the customer's consent page shows for one open link: the controller, and for each
/// purpose the link offers its exact wording, retention, the person's current decision and
/// the fingerprint of the wording a choice will be recorded against.
///
/// It holds no name, e-mail or other detail of the person: the page greets nobody, so a link
/// that leaks shows a stranger nothing but choices.
public struct ConsentPageContent: Equatable, Sendable {
    public struct Item: Equatable, Sendable {
        public var purpose: Purpose
        public var status: ConsentStatus
        /// The decision behind the status, if any.
        public var decision: ConsentDecision?
        /// `Wording.hash` of what the page shows for this purpose, in the page's language.
        public var wordingHash: String
        /// The title and description the page shows.
        public var wording: PurposeWording
        /// True while a grant stands that the person can withdraw.
        public var canWithdraw: Bool { status == .granted || status == .outdated }
    }

    public var link: ConsentLink
    public var controller: DataController
    public var items: [Item]
    /// The language the page is shown in; each purpose in its wording for it.
    public var language: Language

    init(link: ConsentLink, state: ZgodaState, now: Date, language: Language) {
        self.link = link
        self.language = language
        controller = state.controller
        let latest = state.latestDecisions(for: link.contact)
        items = link.purposes.compactMap { id in
            guard let p = state.purposes[id] else { return nil }
            let d = latest[id]
            return Item(purpose: p, status: d?.status(against: p, now: now) ?? .none, decision: d,
                        wordingHash: Wording.hash(controller: state.controller, purpose: p, language: language),
                        wording: p.wording(in: language))
        }
    }
}
