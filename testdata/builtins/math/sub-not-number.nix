builtins.sub [ ] 1
