import ArgumentParser
import Foundation
import ZgodaCore
import ZgodaServe

/// `zgoda serve`
struct ServeCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "serve",
        abstract: HelpText.Serve.abstract.text,
        discussion: HelpText.Serve.discussion.text) }

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(HelpText.Serve.listen, valueName: "addr:port"))
    var listen: String = "127.0.0.1:8080"
    @OptionGroup var url: PublicURLOption
    @Flag(name: .customLong("behind-proxy"), help: ArgumentHelp(HelpText.Serve.behindProxy))
    var behindProxy = false
    @Option(name: .customLong("rate-limit"), help: ArgumentHelp(HelpText.Serve.rateLimit, valueName: "n"))
    var rateLimit: Int = 120
    @Option(name: .customLong("failure-limit"), help: ArgumentHelp(HelpText.Serve.failureLimit, valueName: "n"))
    var failureLimit: Int = 10

    func validate() throws {
        guard Self.split(listen) != nil else { throw ValidationError(CLIText.Serve.listenForm.text) }
        if rateLimit < 1 || failureLimit < 1 { throw ValidationError(CLIText.Serve.limitsAtLeastOne.text) }
    }

    /// `127.0.0.1:8080` or `[::1]:8080`.
    static func split(_ s: String) -> (host: String, port: Int)? {
        guard let colon = s.lastIndex(of: ":"), let port = Int(s[s.index(after: colon)...]), (0...65535).contains(port) else { return nil }
        var host = String(s[..<colon])
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return host.isEmpty ? nil : (host, port)
    }

    func run() throws {
        try reportingErrors {
            guard let (host, port) = Self.split(listen) else { return }
            let publicURL = try url.publicURL.map { _ in try url.resolved() }
            var options = global.storeOptions(createIfMissing: false)
            // Decisions on the page are the customer's own; without --operator the journal says so.
            if global.operatorName == nil { options.onBehalfOf = "customer (web form)" }
            let store = try Store.open(global.directory, options: options)
            for w in store.warnings { Output.warn(w) }
            if let reason = store.readOnlyWording { throw ZgodaError.readOnly(ErrorReason(reason)) }
            if !store.state.controller.isComplete { Output.warn(CLIText.Run.serveIncomplete.text) }
            let server = ConsentServer(store: store, configuration: .init(
                host: host, port: port, publicURL: publicURL, behindProxy: behindProxy,
                limits: .init(requests: rateLimit, failures: failureLimit, window: 600), accessLog: !global.quiet))
            let failure = ServeFailure()
            let done = DispatchSemaphore(value: 0)
            Task {
                do {
                    try await server.run { bound in
                        failure.listening()
                        // On stdout, alone, so a script can read the port.
                        Output.line("listening on http://\(bound)")
                        fflush(nil)
                    }
                } catch {
                    failure.set("\(error)")
                }
                done.signal()
            }
            done.wait()
            if let message = failure.message {
                throw ZgodaError.io(ErrorReason(failure.wasListening ? CLIText.Run.serverStopped(message) : CLIText.Run.cannotListen(listen, message)))
            }
        }
    }
}

/// The server's error, handed from its task to the command, and whether it had started.
private final class ServeFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var _message: String?
    private var _listening = false
    var message: String? { lock.withLock { _message } }
    var wasListening: Bool { lock.withLock { _listening } }
    func set(_ m: String) { lock.withLock { _message = m } }
    func listening() { lock.withLock { _listening = true } }
}
