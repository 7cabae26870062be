builtins.fromJSON "[1 /* c */]"
