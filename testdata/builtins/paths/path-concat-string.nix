[ (./dir + "/file.txt") ("prefix-" + "string") (builtins.typeOf (./dir + "/file.txt")) ]
