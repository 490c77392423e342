import ZgodaCore

extension CLIText {
    /// `import` and `export`: the command's own lines (the report lines are ZgodaCore's).
    enum Interchange {
        static let importStopped = Localized(en: "stopped before saving: nothing was imported",
                                             pl: "przerwano przed zapisem: nic nie zaimportowano")
        static let dryRun = Localized(en: "dry run: nothing was changed", pl: "próba: nic nie zostało zmienione")
        static func imported(_ file: String, receipt: String) -> Localized {
            Localized(en: "imported \(file) (receipt \(receipt))", pl: "zaimportowano \(file) (potwierdzenie \(receipt))")
        }
    }
}
