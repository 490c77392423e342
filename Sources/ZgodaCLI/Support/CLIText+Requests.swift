import ZgodaCore

extension CLIText {
    /// `request add|list|close|extend`. The request type is shown as it is typed (`--type access`).
    enum Requests {
        static let requests = PluralNoun(en: ("request", "requests"), pl: ("wniosek", "wnioski", "wniosków"))
        /// "open" agreeing with a masculine noun (wniosek): 1 otwarty, 2 otwarte, 5 otwartych.
        static let open = PluralNoun(en: ("open", "open"), pl: ("otwarty", "otwarte", "otwartych"))

        static let type = Localized(en: "Type", pl: "Rodzaj")
        static let received = Localized(en: "Received", pl: "Wpłynął")
        static let due = Localized(en: "Due", pl: "Termin")
        static let closed = Localized(en: "Closed", pl: "Zamknięty")

        /// The status column: open, closed, or overdue when an open request is past its date.
        static func status(_ s: RequestStatus, overdue: Bool) -> Localized {
            if overdue { return Localized(en: "overdue", pl: "po terminie") }
            switch s {
            case .open: return Localized(en: s.rawValue, pl: "otwarty")
            case .closed: return Localized(en: s.rawValue, pl: "zamknięty")
            }
        }

        static func summary(count: Int, open: Int, overdue: Int) -> Localized {
            Localized(en: "\(requests.count(count, in: .en)); \(open) open, \(overdue) overdue",
                      pl: "\(requests.count(count, in: .pl)); \(Self.open.count(open, in: .pl)), \(overdue) po terminie")
        }

        static func added(_ r: DataSubjectRequest) -> Localized {
            Localized(en: "\(r.type.rawValue) request \(r.id) for \(r.contact), received \(r.received), due \(r.due) (saved)",
                      pl: "wniosek \(r.id) (\(CoreText.Labels.requestType(r.type).pl)) dla \(r.contact), wpłynął \(LocalDates.short(r.received, in: .pl)), termin \(LocalDates.short(r.due, in: .pl)) (zapisano)")
        }

        static func closedNote(_ r: DataSubjectRequest) -> Localized {
            let day = r.closed?.description ?? "", dayPL = r.closed.map { LocalDates.short($0, in: .pl) } ?? ""
            return Localized(en: "closed \(r.type.rawValue) request \(r.id) on \(day) (saved)",
                             pl: "zamknięto wniosek \(r.id) (\(CoreText.Labels.requestType(r.type).pl)) dnia \(dayPL) (zapisano)")
        }

        static func extended(_ r: DataSubjectRequest) -> Localized {
            Localized(en: "\(r.type.rawValue) request \(r.id) extended: due \(r.due) (saved); tell the person of the extension and its reason",
                      pl: "przedłużono wniosek \(r.id) (\(CoreText.Labels.requestType(r.type).pl)): termin \(LocalDates.short(r.due, in: .pl)) (zapisano); poinformuj osobę o przedłużeniu i jego przyczynie")
        }
    }
}
