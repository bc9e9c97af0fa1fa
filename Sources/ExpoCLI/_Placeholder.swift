// ExpoCLI
