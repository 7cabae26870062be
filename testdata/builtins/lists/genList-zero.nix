builtins.genList (i: throw "never called") 0
