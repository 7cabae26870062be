builtins.add null 1
