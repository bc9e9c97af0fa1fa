import ExpoCLI
