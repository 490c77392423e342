import Foundation
import Testing
import TestPostgresServer
#if canImport(Glibc)
import Glibc
#endif

/// Test hosts of the test's own: network namespaces on one bridge of their own, with
/// addresses 10.231.N.1, .2, … on a /24 that exists only between them (this machine has no
/// address on it). Removed at the end.
final class TestHosts {
    struct Host { var namespace: String; var address: String }
    let hosts: [Host]
    let network: String
    private let bridge: String
    private var links: [String] = []

    init(count: Int) throws {
        guard getuid() == 0 else {
            throw Tmux.Failure(description: "making test hosts (network namespaces) needs root; CI runs as root")
        }
        let tag = String(UInt32.random(in: 0...UInt32.max) % 46_656, radix: 36)
        let net = "10.231.\(Int.random(in: 0...250))"
        network = net + ".0/24"
        bridge = "zgbr\(tag)"
        try Self.ip(["link", "add", bridge, "type", "bridge"])
        try Self.ip(["link", "set", bridge, "up"])
        var hosts: [Host] = []
        for i in 0..<count {
            let ns = "zgoda-\(tag)-\(i)", outside = "zgh\(tag)\(i)", inside = "zgn\(tag)\(i)"
            try Self.ip(["netns", "add", ns])
            hosts.append(Host(namespace: ns, address: "\(net).\(i + 1)"))
            try Self.ip(["link", "add", outside, "type", "veth", "peer", "name", inside])
            links.append(outside)
            try Self.ip(["link", "set", inside, "netns", ns])
            try Self.ip(["link", "set", outside, "master", bridge])
            try Self.ip(["link", "set", outside, "up"])
            try Self.ip(["netns", "exec", ns, "ip", "addr", "add", "\(net).\(i + 1)/24", "dev", inside])
            try Self.ip(["netns", "exec", ns, "ip", "link", "set", inside, "up"])
            try Self.ip(["netns", "exec", ns, "ip", "link", "set", "lo", "up"])
        }
        self.hosts = hosts
    }

    deinit {
        for l in links { _ = try? Self.ip(["link", "del", l]) }
        _ = try? Self.ip(["link", "del", bridge])
        for h in hosts { _ = try? Self.ip(["netns", "del", h.namespace]) }
    }

    static func ip(_ args: [String]) throws {
        _ = try TestPostgres.run(["/usr/sbin/ip"] + args, what: "ip \(args.joined(separator: " "))")
    }
}

/// Two salespeople on two hosts, the database on a third: each signs in over the network as
/// their own role, and what one does shows on the other's screen.
@Suite(.serialized) struct TeamAcrossHostsTests {
    @Test func twoSalespeopleOnTwoHostsShareOneDatabase() throws {
        let net = try TestHosts(count: 3)
        let (db, a, b) = (net.hosts[0], net.hosts[1], net.hosts[2])
        let server = try TestPostgres.privateServer(inNamespace: db.namespace, listeningOn: db.address, acceptingFrom: net.network)
        // The server stops inside its host before the hosts go (they must outlive it).
        defer { server.stop(); withExtendedLifetime(net) {} }
        let database = try server.newDatabase()

        // The owner makes the team on the database's machine and adds the two members.
        let owner = Zgoda(extraEnvironment: ["ZGODA_MEMBER_PASSWORD": "hasło-zespołu"])
        defer { owner.cleanUp() }
        try owner.run("init", "--postgres", server.socketURL(database: database))
        try owner.run("admin", "set", "--name", "Firma Zespołowa", "--address", "ul. Wspólna 1, 00-001 Warszawa")
        try owner.run("team", "add", "anna")
        try owner.run("team", "add", "piotr", "--export", "deny")

        func member(_ role: String, on host: TestHosts.Host) throws -> Zgoda {
            let url = "postgres://\(role):has%C5%82o-zespo%C5%82u@\(db.address):\(server.port)/\(database)?sslmode=disable"
            let z = Zgoda(extraEnvironment: ["ZGODA_DATABASE_URL": url], wrapper: ["/usr/sbin/ip", "netns", "exec", host.namespace])
            try z.run("init", "--postgres", url)
            return z
        }
        let anna = try member("anna", on: a)
        let piotr = try member("piotr", on: b)
        defer { anna.cleanUp(); piotr.cleanUp() }

        let t = try Tmux(command: anna.tuiCommand())
        try t.waitFor("0 contacts")
        // Anna's terminal UI really is on her host.
        let clients = try server.sql("SELECT DISTINCT host(client_addr) FROM pg_stat_activity WHERE usename = 'anna'", database: database)
        #expect(clients == "\(a.address)\n")

        let id = try piotr.run("contact", "add", "--name", "Klient Piotra", "--email", "klient@example.pl")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try t.waitFor("Klient Piotra", timeout: 5)
        // Piotr may not export; the server says so, over the network too.
        let refused = try piotr.run("export", "--format", "csv", "--output", "-", expectStatus: 1)
        #expect(refused.contains("may not export"))

        // Anna opens the person on her screen; then each grants a consent from their own host,
        // and the history names each by the role they signed in as.
        try t.keys("Enter")
        try t.waitFor("klient@example.pl")
        try t.keys("q")
        try anna.run("consent", "grant", id, "email-marketing", "--source", "phone", "--evidence", "rozmowa")
        try piotr.run("consent", "grant", id, "phone-marketing", "--source", "phone", "--evidence", "rozmowa")
        let history = try #require(try piotr.json("history", id, "--format", "json") as? [[String: Any]])
        #expect(history.compactMap { $0["operator"] as? String } == ["piotr", "anna", "piotr"])
        #expect(try anna.run("verify").contains("OK"))
    }
}
