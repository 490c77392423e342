import Foundation

/// The e-mail that carries a consent link (`zgoda link ID --mail`): an RFC 5322 message in
/// UTF-8 in the person's language, naming the controller, for the salesperson's mail client
/// (an `.eml` file) or the system's `sendmail`.
public enum LinkMail {
    /// The message, with CRLF line ends. Header values are folded into encoded words where
    /// they are not plain ASCII, and line breaks in any value are flattened, so no value can
    /// add a header.
    public static func render(controller: DataController, to person: ContactDetails, url: String, link: ConsentLink,
                              date: Date, language: Language = Language.current) throws -> String {
        try check(controller: controller, to: person, contact: link.contact)
        let until = String(ISOTime.string(link.expires).prefix(10))
        let domain = controller.email.split(separator: "@").last.map(String.init) ?? "localhost"
        let headers = [
            "Date: " + rfc5322Date(date),
            "From: " + mailbox(controller.name, controller.email),
            "To: " + mailbox(person.name, person.email),
            "Subject: " + encodedWord(Localized(en: "Your consent choices", pl: "Twoje zgody")(language) + " – \(flat(controller.name))"),
            "Message-ID: <zgoda-\(link.id.lowercased())-\(link.issued.millis)@\(flat(domain))>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: 8bit",
            "Content-Language: \(language.rawValue)",
        ]
        let who = "\(flat(controller.name)), \(flat(controller.address)), \(flat(controller.email))"
        let dpo = controller.dpo.isEmpty ? "" : "\n" + Localized(en: "Data protection officer", pl: "Inspektor ochrony danych")(language)
            + ": \(flat(controller.dpo))"
        let body = Localized(en: """
        Hello,

        we would like to ask for your decision about consent to the processing of your personal data. The link below shows for which purposes and on what legal basis we process data, and lets you decide on each purpose separately. Nothing is chosen in advance. You can withdraw consent through the same link at any time.

        \(url)

        The link is personal and valid until \(until). Please do not pass it on.

        Data controller: \(who)\(dpo)

        """, pl: """
        Dzień dobry,

        prosimy o Twoją decyzję w sprawie zgód na przetwarzanie danych osobowych. Pod poniższym linkiem zobaczysz, w jakich celach i na jakiej podstawie przetwarzamy dane, i zdecydujesz osobno o każdym celu. Nic nie jest zaznaczone z góry. Tym samym linkiem możesz w każdej chwili wycofać zgodę.

        \(url)

        Link jest osobisty i ważny do \(until). Nie przekazuj go innym osobom.

        Administrator danych: \(who)\(dpo)

        """)(language)
        return (headers + [""]).joined(separator: "\r\n") + "\r\n" + body.replacingOccurrences(of: "\n", with: "\r\n")
    }

    /// Throws unless a mail can be made: the controller named, with an address to send from,
    /// and the person with an address to send to.
    public static func check(controller: DataController, to person: ContactDetails, contact: ContactID) throws {
        guard controller.isComplete else { throw ZgodaError.controllerIncomplete }
        guard !controller.email.isEmpty else {
            throw ZgodaError.invalidInput(ErrorReason(en: "the data controller has no e-mail address to send from: run 'zgoda admin set --email …' first",
                    pl: "administrator danych nie ma adresu e-mail, z którego można wysłać wiadomość: najpierw uruchom „zgoda admin set --email …”"))
        }
        guard !person.email.isEmpty else { throw ZgodaError.invalidInput(ErrorReason(en: "contact \(contact) has no e-mail address",
                    pl: "kontakt \(contact) nie ma adresu e-mail")) }
    }

    /// `"Name" <address>` with the name as an encoded word when it is not plain ASCII.
    static func mailbox(_ name: String, _ address: String) -> String {
        let n = flat(name), a = flat(address).filter { !"<>\" ".contains($0) }
        guard !n.isEmpty else { return "<\(a)>" }
        let plain = n.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7f } && !n.contains(where: { "\"\\".contains($0) })
        return (plain ? "\"\(n)\"" : encodedWord(n)) + " <\(a)>"
    }

    /// RFC 2047 `=?UTF-8?B?…?=`, split so no encoded word exceeds 75 characters, folded.
    static func encodedWord(_ s: String) -> String {
        let text = flat(s)
        if text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7f }) && text.count < 70 { return text }
        var words: [String] = []
        var chunk: [UInt8] = []
        for ch in text {
            let bytes = Array(String(ch).utf8)
            // 45 bytes → 60 base64 characters, within 75 with the 12 of the wrapper.
            if chunk.count + bytes.count > 45 { words.append(chunk.base64Word); chunk = [] }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append(chunk.base64Word) }
        return words.joined(separator: "\r\n ")
    }

    /// No line breaks or other controls in a header: a value cannot start a header of its own.
    static func flat(_ s: String) -> String {
        String(s.unicodeScalars.map { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : Character($0) })
    }

    /// `Wed, 02 Dec 2026 04:30:00 +0000`.
    static func rfc5322Date(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return f.string(from: date)
    }
}

private extension Array where Element == UInt8 {
    var base64Word: String { "=?UTF-8?B?" + Data(self).base64EncodedString() + "?=" }
}
