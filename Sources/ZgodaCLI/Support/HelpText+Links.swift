import ZgodaCore

extension HelpText {
    /// `link issue|revoke|list` and `--public-url`.
    enum Link {
        static let abstract = Localized(en: "Personal links to the customer's consent page (served by 'zgoda serve').",
                                        pl: "Osobiste linki do strony zgód klienta (udostępnianej przez 'zgoda serve').")
        static let discussion = Localized(
            en: """
            'zgoda link ID' issues a link and prints it. Only a keyed hash of its token is kept, so a \
            link can be shown once only: print it, mail it (--mail) or hand it to sendmail (--sendmail). \
            Links expire, can be revoked, and stop working when the person is erased.
            """,
            pl: """
            'zgoda link ID' wydaje link i go wypisuje. Przechowywany jest tylko skrót kryptograficzny jego tokenu, \
            więc link można pokazać tylko raz: wypisz go, wyślij e-mailem (--mail) albo przekaż do sendmail (--sendmail). \
            Linki wygasają, można je unieważnić i przestają działać po anonimizacji osoby.
            """)
        static func publicURL(fallback: String) -> Localized {
            Localized(en: "The address customers reach 'zgoda serve' at (else $ZGODA_PUBLIC_URL, else \(fallback)).",
                      pl: "Adres, pod którym klienci docierają do 'zgoda serve' (domyślnie $ZGODA_PUBLIC_URL, potem \(fallback)).")
        }
        static let issue = Localized(en: "Issue a personal consent link and print it (the default of 'zgoda link').",
                                     pl: "Wydaj osobisty link do zgód i wypisz go (domyślne podpolecenie 'zgoda link').")
        static let issueDiscussion = Localized(
            en: "Issuing is recorded in the history. The link alone is printed on stdout; with --mail, the whole e-mail.",
            pl: "Wydanie linku jest zapisywane w historii. Na stdout trafia sam link, a z --mail cały e-mail.")
        static let purpose = Localized(en: "A purpose the page offers; repeat for more (default: every purpose based on consent).",
                                       pl: "Cel przetwarzania pokazywany na stronie; powtórz dla kolejnych (domyślnie: każdy cel oparty na zgodzie).")
        static let expires = Localized(en: "How long the link works: 30d, 12h, 2w, or a day (YYYY-MM-DD).",
                                       pl: "Jak długo link działa: 30d, 12h, 2w albo do dnia (RRRR-MM-DD).")
        static let mail = Localized(en: "Write a ready e-mail (RFC 5322 .eml, in the person's language) to --output or stdout instead of the bare link.",
                                    pl: "Zapisz gotowy e-mail (RFC 5322 .eml, w języku osoby) do --output albo na stdout zamiast samego linku.")
        static let sendmail = Localized(en: "Send that e-mail with the system's sendmail ($ZGODA_SENDMAIL, else /usr/sbin/sendmail).",
                                        pl: "Wyślij ten e-mail systemowym sendmail ($ZGODA_SENDMAIL, domyślnie /usr/sbin/sendmail).")
        static let output = Localized(en: "With --mail: the file to write (default: stdout).", pl: "Z --mail: plik do zapisania (domyślnie: stdout).")
        static let format = Localized(en: "table (the link alone) or json.", pl: "table (sam link) albo json.")
        static let revoke = Localized(en: "Revoke links: they show the neutral 'not valid' page from then on.",
                                      pl: "Unieważnij linki: od tej chwili pokazują neutralną stronę „link nieważny”.")
        static let links = Localized(en: "The link ids (L1, L2, … as 'zgoda link list' shows).",
                                     pl: "Identyfikatory linków (L1, L2, … jak pokazuje 'zgoda link list').")
        static let contact = Localized(en: "Revoke every open link of this contact.", pl: "Unieważnij wszystkie otwarte linki tego kontaktu.")
        static let list = Localized(en: "The links issued (to one contact, or all).", pl: "Wydane linki (dla jednego kontaktu albo wszystkie).")
        static let listID = Localized(en: "Only this contact's links.", pl: "Tylko linki tego kontaktu.")
    }

    /// `serve`.
    enum Serve {
        static let abstract = Localized(en: "Serve the customers' consent pages (the links of 'zgoda link') over HTTP.",
                                        pl: "Udostępniaj klientom strony zgód (linki z 'zgoda link') przez HTTP.")
        static let discussion = Localized(
            en: """
            Binds to loopback by default. For customers on the internet, run it behind a reverse proxy \
            that terminates TLS (see docs/consent-pages.md) and pass --behind-proxy so the client's \
            address is taken from the proxy's X-Forwarded-For. Decisions are recorded with source \
            web-form; a running terminal UI shows them within about a second. Stops on Ctrl-C or SIGTERM.
            """,
            pl: """
            Domyślnie nasłuchuje tylko na adresie lokalnym (loopback). Dla klientów w internecie uruchom go za odwrotnym \
            proxy, które obsługuje TLS (zob. docs/consent-pages.md), i podaj --behind-proxy, aby adres klienta był brany \
            z nagłówka X-Forwarded-For od proxy. Decyzje są zapisywane ze źródłem web-form; działający interfejs \
            terminalowy pokazuje je w ciągu mniej więcej sekundy. Kończy działanie po Ctrl-C lub SIGTERM.
            """)
        static let listen = Localized(en: "The address and port to listen on (port 0: any free port, printed at start).",
                                      pl: "Adres i port do nasłuchiwania (port 0: dowolny wolny port, wypisywany przy starcie).")
        static let behindProxy = Localized(
            en: "Take the client's address from X-Forwarded-For when the connection comes from loopback (a local reverse proxy).",
            pl: "Bierz adres klienta z X-Forwarded-For, gdy połączenie przychodzi z adresu lokalnego (lokalne odwrotne proxy).")
        static let rateLimit = Localized(en: "Requests per client address in 10 minutes.", pl: "Liczba żądań z jednego adresu klienta w ciągu 10 minut.")
        static let failureLimit = Localized(en: "Links that do not open, per client address in 10 minutes, before it must wait.",
                                            pl: "Liczba nieudanych prób otwarcia linku z jednego adresu klienta w ciągu 10 minut, po której musi on odczekać.")
    }
}
