builtins.elemAt "abc" 0
