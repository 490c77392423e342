import ZgodaCLI
ZgodaCommand.main()
