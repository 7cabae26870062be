builtins.functionArgs ({ a, b ? 1, c ? throw "defaults are not evaluated" }: a)
