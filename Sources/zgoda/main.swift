import ZgodaCLI
ZgodaCommand.runMain()
