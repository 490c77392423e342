/// The data controller (administrator danych): who is responsible for the data.
public struct DataController: Equatable, Sendable {
    public var name: String
    public var address: String
    public var email: String
    public var dpo: String

    public init(name: String = "", address: String = "", email: String = "", dpo: String = "") {
        self.name = name; self.address = address; self.email = email; self.dpo = dpo
    }

    /// A consent form must name the controller and their address.
    public var isComplete: Bool { !name.isEmpty && !address.isEmpty }
}
