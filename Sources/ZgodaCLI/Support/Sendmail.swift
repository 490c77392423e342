import Foundation
import ZgodaCore

/// The system's mail submission program: `$ZGODA_SENDMAIL`, else `/usr/sbin/sendmail`, run as
/// `sendmail -t -oi` with the message on its standard input (the recipients come from its
/// `To:` header).
struct Sendmail {
    let path: String

    static func locate() throws -> Sendmail {
        let env = ProcessInfo.processInfo.environment["ZGODA_SENDMAIL"].flatMap { $0.isEmpty ? nil : $0 }
        let path = env ?? "/usr/sbin/sendmail"
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw ZgodaError.io(ErrorReason(CLIText.Link.noSendmail(path)))
        }
        return Sendmail(path: path)
    }

    struct Failed: Error, CustomStringConvertible {
        var status: Int32
        var description: String { "exit status \(status)" }
    }

    func send(_ message: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = ["-t", "-oi"]
        let input = Pipe()
        p.standardInput = input
        p.standardOutput = FileHandle.standardError
        try p.run()
        input.fileHandleForWriting.write(Data(message.utf8))
        try input.fileHandleForWriting.close()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw Failed(status: p.terminationStatus) }
    }
}
