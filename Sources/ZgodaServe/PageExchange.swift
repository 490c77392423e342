import Foundation

/// One request to the consent pages, as the desk needs it: no framework types, so the rules
/// are tested without a socket and the server only translates.
struct PageRequest: Sendable {
    enum Method: Sendable { case get, post }
    var method: Method
    /// The token from the path (`/c/TOKEN`).
    var token: Substring
    /// `?lang=` of the URL.
    var langQuery: String?
    var acceptLanguage: String?
    /// The client's address: the peer's, or the proxy's `X-Forwarded-For` when trusted.
    var client: String
    var userAgent: String
    var origin: String?
    var host: String?
    /// `Sec-Fetch-Site` (sent by current browsers): `cross-site` is a form posted from elsewhere.
    var fetchSite: String?
    var body: [UInt8] = []
}

/// What the desk answers: a status and an HTML page.
struct PageResponse: Sendable, Equatable {
    var status: Int
    var html: String
    /// Seconds to wait before trying again (429).
    var retryAfter: Int? = nil
}
