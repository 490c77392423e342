import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import ZgodaCore

/// `zgoda serve`: the customer's consent pages over HTTP.
///
/// Routes: `GET /c/TOKEN` shows the page, `POST /c/TOKEN` records the choices,
/// `GET /assets/page.css` is the stylesheet; everything else is the neutral page. Every
/// response carries a strict security policy (no script, no framing, no referrer). The access
/// log on stderr names the method, the route (never the token), the status and the time
/// taken, and no client address: addresses are kept only as sealed evidence of a decision.
public struct ConsentServer: Sendable {
    public struct Configuration: Sendable {
        public var host: String
        public var port: Int
        /// The address the links point to (`zgoda link --public-url`), when it is not this
        /// server's own: a form may be posted from there.
        public var publicURL: String?
        /// Trust `X-Forwarded-For` from a reverse proxy on loopback.
        public var behindProxy: Bool
        public var limits: Limits
        /// Write the access log to stderr.
        public var accessLog: Bool

        public struct Limits: Sendable {
            public var requests: Int
            public var failures: Int
            public var window: TimeInterval
            public init(requests: Int = 120, failures: Int = 10, window: TimeInterval = 600) {
                self.requests = requests; self.failures = failures; self.window = window
            }
        }

        public init(host: String = "127.0.0.1", port: Int = 8080, publicURL: String? = nil, behindProxy: Bool = false,
                    limits: Limits = Limits(), accessLog: Bool = true) {
            self.host = host; self.port = port; self.publicURL = publicURL; self.behindProxy = behindProxy
            self.limits = limits; self.accessLog = accessLog
        }
    }

    let configuration: Configuration
    private let desk: ConsentDesk

    public init(store: sending Store, configuration: Configuration) {
        self.configuration = configuration
        desk = ConsentDesk(store: store,
                           limits: RateLimiter.Limits(requests: configuration.limits.requests, failures: configuration.limits.failures,
                                                      window: configuration.limits.window),
                           publicURL: configuration.publicURL)
    }

    /// Serves until SIGINT or SIGTERM. `onListening` gets the bound address as a URL's
    /// authority (`127.0.0.1:8080`, `[::1]:8080`), which tells the real port when the
    /// configuration asked for port 0.
    public func run(onListening: @escaping @Sendable (String) -> Void) async throws {
        var logger = Logger(label: "zgoda.serve")
        logger.logLevel = .warning
        let router = Router(context: ServeContext.self)
        router.add(middleware: PagePolicyMiddleware(accessLog: configuration.accessLog))
        let desk = self.desk, behindProxy = configuration.behindProxy
        router.get(RouterPath(PageStyle.path)) { _, _ -> Response in
            Self.response(status: .ok, body: PageStyle.css, contentType: "text/css; charset=utf-8", cacheable: true)
        }
        router.get("/c/:token") { request, context -> Response in
            let r = Self.pageRequest(request, context: context, method: .get, behindProxy: behindProxy)
            return Self.response(await desk.handle(r))
        }
        router.post("/c/:token") { request, context -> Response in
            var request = request
            var r = Self.pageRequest(request, context: context, method: .post, behindProxy: behindProxy)
            let body = try await request.collectBody(upTo: FormBody.limit)
            r.body = Array(buffer: body)
            return Self.response(await desk.handle(r))
        }
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                let bound = channel.localAddress.map { a -> String in
                    let ip = a.ipAddress ?? "?"
                    return (ip.contains(":") ? "[\(ip)]" : ip) + ":\(a.port ?? 0)"
                } ?? "?"
                onListening(bound)
            },
            logger: logger)
        try await app.runService()
    }

    static func pageRequest(_ request: Request, context: ServeContext, method: PageRequest.Method, behindProxy: Bool) -> PageRequest {
        let h = request.headers
        let peer = context.remoteAddress?.ipAddress ?? ""
        var client = peer
        if behindProxy, Self.isLoopback(peer), let forwarded = h[HTTPField.Name("X-Forwarded-For")!] {
            // The proxy sets the header to the address it saw; the last entry is the one it added.
            let last = forwarded.split(separator: ",").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if !last.isEmpty { client = last }
        }
        return PageRequest(
            method: method, token: Substring(context.parameters.get("token") ?? ""),
            langQuery: request.uri.queryParameters["lang"].map(String.init),
            acceptLanguage: h[.acceptLanguage], client: client, userAgent: h[.userAgent] ?? "",
            origin: h[.origin], host: request.head.authority,
            fetchSite: h[HTTPField.Name("Sec-Fetch-Site")!])
    }

    static func isLoopback(_ address: String) -> Bool {
        address.hasPrefix("127.") || address == "::1" || address == "::ffff:127.0.0.1"
    }

    static func response(_ page: PageResponse) -> Response {
        var r = response(status: HTTPResponse.Status(code: page.status), body: page.html, contentType: "text/html; charset=utf-8")
        if let after = page.retryAfter { r.headers[.retryAfter] = String(after) }
        return r
    }

    static func response(status: HTTPResponse.Status, body: String, contentType: String, cacheable: Bool = false) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        // Pages hold a person's choices: never kept by a browser or a proxy.
        headers[.cacheControl] = cacheable ? "public, max-age=3600" : "no-store"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}

/// The request context: the router's, plus the client's address.
struct ServeContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let remoteAddress: SocketAddress?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}

/// Headers every response carries, the neutral page for every route that is not a page, and
/// the access log.
struct PagePolicyMiddleware<Context: RequestContext>: RouterMiddleware {
    let accessLog: Bool

    static var securityHeaders: [(HTTPField.Name, String)] {
        [
            (.contentSecurityPolicy, "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
            (HTTPField.Name("X-Frame-Options")!, "DENY"),
            (.xContentTypeOptions, "nosniff"),
            // The token is in the URL: it must not travel to another site in a Referer. (Not
            // `no-referrer`: with it, browsers post forms with `Origin: null`, and the origin
            // check below is worth having.)
            (HTTPField.Name("Referrer-Policy")!, "same-origin"),
            (HTTPField.Name("Cross-Origin-Opener-Policy")!, "same-origin"),
            (.crossOriginResourcePolicy, "same-origin"),
            (HTTPField.Name("Permissions-Policy")!, "camera=(), microphone=(), geolocation=(), interest-cohort=()"),
        ]
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPResponseError where error.status == .contentTooLarge {
            response = ConsentServer.response(status: .contentTooLarge, body: ConsentPageHTML.message(
                title: "413", body: PageText(lang: .en).badForm, lang: .en), contentType: "text/html; charset=utf-8")
        } catch {
            // Unknown routes and methods: the same neutral page as a bad token, so nothing can
            // be learnt by probing.
            let lang = PageLanguage.choose(query: nil, acceptLanguage: request.headers[.acceptLanguage])
            response = ConsentServer.response(status: .notFound, body: ConsentPageHTML.neutral(lang: lang), contentType: "text/html; charset=utf-8")
        }
        for (name, value) in Self.securityHeaders { response.headers[name] = value }
        if accessLog {
            // Only the route's name: a token, or whatever else was typed into the address bar, stays out.
            let path = request.uri.path
            let route = path.hasPrefix(ConsentLinkURL.pathPrefix) ? ConsentLinkURL.pathPrefix + "…" : path == PageStyle.path ? path : "(other)"
            let ms = (ContinuousClock.now - start).components
            let took = Double(ms.seconds) * 1000 + Double(ms.attoseconds) / 1e15
            let line = "\(ISOTime.string(Date())) \(request.method.rawValue) \(route) \(response.status.code) \(String(format: "%.1f", took))ms\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
        return response
    }
}
