/// Word lists for demo data: mostly Polish (with every diacritic), plus German, Czech,
/// Ukrainian, Chinese, Japanese, Korean and Vietnamese people, as a Polish sales team meets them.
enum DemoNames {
    struct Culture {
        var firstNames: [String]
        var lastNames: [String]
        var domainHint: String
        var weight: Int
        var familyFirst = false
    }

    static let cultures: [Culture] = [
        Culture(firstNames: ["Anna", "Małgorzata", "Agnieszka", "Katarzyna", "Barbara", "Ewa", "Krystyna", "Elżbieta",
                             "Zofia", "Jadwiga", "Łucja", "Joanna", "Grażyna", "Bożena", "Dorota", "Teresa", "Urszula",
                             "Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Michał", "Marcin", "Łukasz", "Jerzy",
                             "Grzegorz", "Mateusz", "Wojciech", "Jakub", "Zbigniew", "Stanisław", "Bartłomiej", "Józef"],
                lastNames: ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
                            "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski",
                            "Krawczyk", "Piotrowski", "Grabowski", "Nowakowski", "Pawłowski", "Michalski", "Król",
                            "Wieczorek", "Jabłoński", "Wróbel", "Nowicki", "Majewski", "Olszewski", "Stępień", "Jaworski",
                            "Malinowski", "Górski", "Sikora", "Baran", "Rutkowski", "Michalak", "Szewczyk", "Ostrowski",
                            "Tomaszewski", "Pietrzak", "Zalewski", "Wróblewski", "Jasiński", "Zając", "Żak", "Błaszczyk",
                            "Gęsiak", "Sójka", "Ślusarczyk", "Źrebiec", "Łęcki", "Żółkiewski"],
                domainHint: "pl", weight: 70),
        Culture(firstNames: ["Jürgen", "Günther", "Jörg", "Björn", "Uwe", "Käthe", "Jürgen", "Sabine", "Lena", "Maximilian"],
                lastNames: ["Müller", "Schäfer", "Groß", "Weiß", "Köhler", "Bäcker", "Schröder", "Fuß", "Krüger", "Hoß"],
                domainHint: "de", weight: 8),
        Culture(firstNames: ["Jiří", "Tomáš", "Petr", "Lucie", "Kateřina", "Zdeněk", "Věra", "Růžena"],
                lastNames: ["Dvořák", "Novotný", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Němec"],
                domainHint: "cz", weight: 6),
        Culture(firstNames: ["Олена", "Андрій", "Оксана", "Дмитро", "Ірина", "Тарас"],
                lastNames: ["Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Мельник"],
                domainHint: "ua", weight: 5),
        Culture(firstNames: ["伟", "芳", "娜", "敏", "静", "强"], lastNames: ["王", "李", "张", "刘", "陈", "杨"],
                domainHint: "cn", weight: 4, familyFirst: true),
        Culture(firstNames: ["陽翔", "結衣", "蓮", "さくら", "大翔"], lastNames: ["佐藤", "鈴木", "高橋", "田中", "渡辺"],
                domainHint: "jp", weight: 3, familyFirst: true),
        Culture(firstNames: ["민준", "서연", "지호", "하은"], lastNames: ["김", "이", "박", "최"],
                domainHint: "kr", weight: 2, familyFirst: true),
        Culture(firstNames: ["Nguyễn Thị", "Trần Văn", "Lê Thị", "Phạm Văn"], lastNames: ["Hương", "Dũng", "Lan", "Minh"],
                domainHint: "vn", weight: 2),
    ]

    static let companies = ["Żabka Polska", "Orlen", "PKO BP", "Allegro", "CD Projekt", "LPP", "Pesa Bydgoszcz",
                            "Solaris Bus & Coach", "Wedel", "Inglot", "Fakro", "Amica", "Comarch", "Asseco",
                            "Mennica Polska", "Krośnieńskie Huty Szkła", "Ćmielów", "Bolesławiec Ceramika",
                            "Łódzkie Zakłady Włókiennicze", "Gdańska Stocznia Jachtowa", "Siemens", "Škoda Auto",
                            "Huawei Polska", "Toyota Motor Manufacturing Poland", "Samsung Electronics Polska",
                            "Piekarnia Pod Żurawiem", "Hurtownia Źródło", "Biuro Rachunkowe Księgowa", "Kwiaciarnia Róża"]
    static let positions = ["Dyrektor handlowy", "Kierownik zakupów", "Specjalista ds. marketingu", "Prezes zarządu",
                            "Księgowa", "Właściciel", "Office manager", "Kierownik projektu", "Główny inżynier",
                            "Head of Procurement", "Einkaufsleiter", "Asystentka zarządu"]
    static let cities = ["Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Szczecin", "Bydgoszcz",
                         "Lublin", "Białystok", "Katowice", "Gdynia", "Częstochowa", "Radom", "Toruń", "Kielce",
                         "Rzeszów", "Gliwice", "Zielona Góra", "Olsztyn", "Bielsko-Biała", "Zakopane", "Świnoujście",
                         "Żyrardów", "Ełk", "Berlin", "Praha", "Kyiv", "Wien"]
    static let tags = ["vip", "targi-2025", "newsletter", "hurt", "detal", "partner", "lead", "klient", "b2b", "eksport"]
    static let notes = ["Prefers contact after 10:00.", "Met at the Poznań fair; interested in the spring catalogue.",
                        "Woli kontakt mailowy.", "Decyzje zakupowe w Q1.", "Ma psa o imieniu Żbik 🐕.",
                        "Asked for an offer in EUR.", "Zainteresowana rabatem hurtowym.", "Call back in March ☎️."]
    /// What a salesperson of a Polish company writes down as the proof of a decision.
    static let evidence = ["podpisany formularz nr %d", "nagranie rozmowy nr %d", "zgłoszenie z formularza WWW nr %d",
                           "odpowiedź e-mailem, sygn. %d", "formularz papierowy w segregatorze %d"]
}
