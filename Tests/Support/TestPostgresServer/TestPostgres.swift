import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A throwaway PostgreSQL server for the tests: Debian's `initdb` and `pg_ctl`, a cluster in a
/// temporary folder, listening on loopback and on a Unix socket in that folder, stopped when
/// the test process exits. Started once per process, on first use. As root (CI) the server
/// runs as the `postgres` user, which PostgreSQL requires.
///
/// A machine without PostgreSQL's server makes every test that needs it fail, saying what to
/// install: the tests never pass by skipping.
public final class TestPostgres: @unchecked Sendable {
    public struct Unavailable: Error, CustomStringConvertible { public var description: String }

    public let root: String
    public let socketDirectory: String
    public let port: Int
    private let bin: String
    private let asUser: [String]

    /// The server, or why there is none.
    static let shared: Result<TestPostgres, Unavailable> = {
        do {
            let server = try TestPostgres()
            atexit { TestPostgres.stopShared() }
            return .success(server)
        } catch let e as Unavailable {
            return .failure(e)
        } catch {
            return .failure(Unavailable(description: "\(error)"))
        }
    }()

    public static func server() throws -> TestPostgres { try shared.get() }

    /// A server of the test's own (for tests that stop it); `stop()` it at the end.
    public static func privateServer() throws -> TestPostgres { try TestPostgres() }

    /// A server of the test's own that also listens on `address` (a test host's network, made
    /// by the test) and accepts password logins from `network` (CIDR).
    public static func privateServer(alsoListeningOn address: String, acceptingFrom network: String) throws -> TestPostgres {
        try TestPostgres(extraAddress: address, network: network)
    }

    /// A server of the test's own run inside the network namespace `namespace` (a test host
    /// the test made), listening there on `address` and accepting password logins from
    /// `network`. Its Unix socket is a file, reachable from any namespace.
    public static func privateServer(inNamespace namespace: String, listeningOn address: String, acceptingFrom network: String) throws -> TestPostgres {
        try TestPostgres(extraAddress: address, network: network, namespace: namespace)
    }

    /// A server of the test's own that speaks TLS, with a certificate for 127.0.0.1 signed by a
    /// CA made for it (`caCertificate`), and that refuses password logins over plain TCP.
    public static func privateTLSServer() throws -> TestPostgres { try TestPostgres(tls: true) }

    /// The CA certificate a TLS server's certificate is signed with (PEM), for sslrootcert.
    public var caCertificate: String { root + "/ca.crt" }

    private static func stopShared() {
        if case let .success(s) = shared { s.stop() }
    }

    private init(extraAddress: String? = nil, network: String? = nil, tls: Bool = false, namespace: String? = nil) throws {
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        guard let version = versions.compactMap(Int.init).max() else {
            throw Unavailable(description: "PostgreSQL's server is not installed (apt-get install postgresql): the team-database tests need initdb and pg_ctl")
        }
        bin = "/usr/lib/postgresql/\(version)/bin"
        asUser = (namespace.map { ["/usr/sbin/ip", "netns", "exec", $0] } ?? [])
            + (getuid() == 0 ? ["/usr/sbin/runuser", "-u", "postgres", "--"] : [])
        var template = Array("/tmp/zgoda-pg-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw Unavailable(description: "cannot make a temporary folder") }
        root = String(cString: made)
        socketDirectory = root
        chmod(root, 0o755)
        if getuid() == 0 {
            let pw = getpwnam("postgres")
            guard let pw else { throw Unavailable(description: "there is no postgres user to run the server as") }
            chown(root, pw.pointee.pw_uid, pw.pointee.pw_gid)
        }
        port = Int.random(in: 20_000...45_000)
        try Self.run(asUser + ["\(bin)/initdb", "-D", root + "/data", "-U", "postgres", "--auth-local=trust",
                               "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"], what: "initdb")
        let conf = """
            listen_addresses = '127.0.0.1\(extraAddress.map { "," + $0 } ?? "")'
            port = \(port)
            unix_socket_directories = '\(root)'
            fsync = on
            max_connections = 60
            """
        try Self.run(asUser + ["/bin/sh", "-c", "cat >> '\(root)/data/postgresql.conf' <<'EOF'\n\(conf)\nEOF"], what: "configure")
        if tls {
            try makeCertificates()
            let ssl = "ssl = on\nssl_cert_file = '\(root)/server.crt'\nssl_key_file = '\(root)/server.key'"
            try Self.run(asUser + ["/bin/sh", "-c", "printf '%s\\n' \"\(ssl)\" >> '\(root)/data/postgresql.conf'"], what: "configure TLS")
            // TCP logins only over TLS: the line before initdb's own host lines wins.
            try Self.run(asUser + ["/bin/sh", "-c", "sed -i '1i hostnossl all all 127.0.0.1/32 reject' '\(root)/data/pg_hba.conf'"], what: "pg_hba")
        }
        if let network {
            try Self.run(asUser + ["/bin/sh", "-c", "echo 'host all all \(network) scram-sha-256' >> '\(root)/data/pg_hba.conf'"], what: "pg_hba")
        }
        try Self.run(asUser + ["\(bin)/pg_ctl", "-D", root + "/data", "-l", root + "/server.log", "-w", "-t", "60", "start"], what: "pg_ctl start")
    }

    /// A CA and a server certificate for 127.0.0.1 (openssl), owned by the server's user.
    private func makeCertificates() throws {
        let ssl = "/usr/bin/openssl"
        try Self.run([ssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Zgoda test CA",
                      "-keyout", root + "/ca.key", "-out", root + "/ca.crt"], what: "openssl (CA)")
        try Self.run([ssl, "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1",
                      "-keyout", root + "/server.key", "-out", root + "/server.csr"], what: "openssl (request)")
        let ext = root + "/server.ext"
        try "subjectAltName = IP:127.0.0.1\n".write(toFile: ext, atomically: true, encoding: .utf8)
        try Self.run([ssl, "x509", "-req", "-in", root + "/server.csr", "-CA", root + "/ca.crt", "-CAkey", root + "/ca.key",
                      "-CAcreateserial", "-days", "2", "-extfile", ext, "-out", root + "/server.crt"], what: "openssl (sign)")
        chmod(root + "/server.key", 0o600)
        if getuid() == 0, let pw = getpwnam("postgres") {
            for f in ["server.key", "server.crt", "ca.crt"] { chown(root + "/" + f, pw.pointee.pw_uid, pw.pointee.pw_gid) }
        }
    }

    public func stop() {
        _ = try? Self.run(asUser + ["\(bin)/pg_ctl", "-D", root + "/data", "-m", "immediate", "-w", "stop"], what: "pg_ctl stop")
        _ = try? FileManager.default.removeItem(atPath: root)
    }

    /// Stops the server as a crash would; `resume()` starts it again on the same data.
    public func pause() throws {
        try Self.run(asUser + ["\(bin)/pg_ctl", "-D", root + "/data", "-m", "immediate", "-w", "stop"], what: "pg_ctl stop")
    }

    public func resume() throws {
        try Self.run(asUser + ["\(bin)/pg_ctl", "-D", root + "/data", "-l", root + "/server.log", "-w", "-t", "60", "start"], what: "pg_ctl start")
    }

    /// Stops the server as a crash would and starts it again (the same data).
    public func restart() throws {
        try Self.run(asUser + ["\(bin)/pg_ctl", "-D", root + "/data", "-m", "immediate", "-w", "stop"], what: "pg_ctl stop")
        try Self.run(asUser + ["\(bin)/pg_ctl", "-D", root + "/data", "-l", root + "/server.log", "-w", "-t", "60", "start"], what: "pg_ctl start")
    }

    /// A connection string for `database` as `user` over the Unix socket (trusted).
    public func socketURL(database: String, user: String = "postgres") -> String {
        "postgres://\(user)@/\(database)?host=\(socketDirectory)&port=\(port)"
    }

    /// A connection string over TCP on loopback (password authentication).
    public func tcpURL(database: String, user: String, password: String) -> String {
        "postgres://\(user):\(password)@127.0.0.1:\(port)/\(database)?sslmode=disable"
    }

    /// Runs SQL as the superuser with psql; returns what it printed (unaligned, tuples only).
    @discardableResult
    public func sql(_ statement: String, database: String = "postgres", user: String = "postgres") throws -> String {
        try Self.run(["/usr/bin/psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", socketDirectory, "-p", String(port),
                      "-U", user, "-d", database, "-c", statement], what: "psql")
    }

    /// A new, empty database for one test.
    public func newDatabase() throws -> String {
        let name = "zt_" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
        try sql("CREATE DATABASE \(name)")
        return name
    }

    /// `pg_dump` of a whole database, as text.
    public func dump(_ database: String) throws -> String {
        try Self.run(["\(bin)/pg_dump", "-h", socketDirectory, "-p", String(port), "-U", "postgres", database], what: "pg_dump")
    }

    /// Runs a program and returns its standard output. Spawned with posix_spawn rather than
    /// `Process`, its output going to files rather than pipes: `pg_ctl start` leaves a server
    /// behind that would inherit the descriptors Foundation watches to see its child exit, so
    /// `Process` would wait for the server's end, not pg_ctl's.
    @discardableResult
    public static func run(_ argv: [String], what: String) throws -> String {
        var template = Array("/tmp/zgoda-pg-run-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw Unavailable(description: "\(what): cannot make a temporary folder") }
        let scratch = String(cString: made)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let outPath = scratch + "/out", errPath = scratch + "/err"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        // Nothing else of this process (other tests' pipes and sockets) may stay open in a server.
        let open = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).compactMap { Int32($0) }
        for fd in open where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { for a in cArgs { free(a) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, argv[0], &actions, nil, &cArgs, environ)
        guard rc == 0 else { throw Unavailable(description: "\(what): cannot run \(argv[0]) (error \(rc))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        // WIFEXITED and WEXITSTATUS are macros Swift cannot see.
        let exited = status & 0x7f == 0, code = (status >> 8) & 0xff
        guard exited && code == 0 else {
            throw Unavailable(description: "\(what) failed (\(exited ? "exit \(code)" : "signal \(status & 0x7f)")): \(err)")
        }
        return out
    }
}
