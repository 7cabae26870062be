[ (builtins.lessThan /a /b) (builtins.lessThan /b/c /b) ]
