print("zgoda")
