builtins.sort builtins.lessThan "cba"
