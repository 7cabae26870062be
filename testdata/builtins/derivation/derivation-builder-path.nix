(derivation { name = "p"; system = "x86_64-linux"; builder = ./_builder.sh; }).drvPath
