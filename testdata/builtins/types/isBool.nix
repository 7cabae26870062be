map builtins.isBool [ true false null 0 1 "true" ]
