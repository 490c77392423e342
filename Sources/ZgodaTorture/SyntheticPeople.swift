import ZgodaCore

/// Made-up people: only synthetic data ever goes into a torture directory. Values carry no
/// spaces so that the worker's report lines split on spaces; they keep Polish letters so that
/// the UTF-8 paths of the codecs are exercised too.
struct SyntheticPeople {
    static let given = ["Zofia", "Jan", "Łucja", "Michał", "Żaneta", "Grzegorz", "Ewa", "Paweł", "Ścibor", "Agnieszka"]
    static let family = ["Nowak", "Wójcik", "Kowalczyk", "Zieliński", "Szymańska", "Dąbrowski", "Król", "Gęsiak"]
    static let cities = ["Łódź", "Gdańsk", "Kraków", "Poznań", "Wrocław", "Białystok", "Zielona-Góra", "Bielsko-Biała"]
    static let companies = ["Żuraw-SA", "Firma-Sp.z.o.o.", "Kęty-Trans", "Polmos", "Ogród-i-Dom"]

    /// Tags every value made by this worker run, so that two runs never make the same person
    /// (the same e-mail would turn an add into an update, or be refused after an erasure).
    let tag: String
    private var counter = 0

    init(seed: UInt64) { tag = String(seed, radix: 36) }

    mutating func next<G: RandomNumberGenerator>(using rng: inout G) -> ContactDetails {
        counter += 1
        let g = Self.given.randomElement(using: &rng)!, f = Self.family.randomElement(using: &rng)!
        let name = "\(g)-\(f)-\(tag)-\(counter)"
        return ContactDetails(name: name, email: "\(tag).\(counter)@example.test",
                              company: Self.companies.randomElement(using: &rng)!,
                              city: value(Self.cities, using: &rng))
    }

    /// A city (or company) that differs from every earlier value, so an edit always changes something.
    mutating func value<G: RandomNumberGenerator>(_ list: [String], using rng: inout G) -> String {
        counter += 1
        return "\(list.randomElement(using: &rng)!)-\(tag)-\(counter)"
    }
}
