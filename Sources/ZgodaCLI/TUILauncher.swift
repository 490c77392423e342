import Foundation
import ZgodaCore

/// Opens the terminal UI. Lives in its own file so the CLI's command list stays readable.
enum TUILauncher {
    static func launch(global: GlobalOptions, theme: String?) throws {
        try reportingErrors {
            FileHandle.standardError.write(Data("zgoda: error: the terminal UI is not available in this build\n".utf8))
        }
    }
}
