# Two sets with type = "derivation" compare by outPath only.
{ type = "derivation"; outPath = "/x"; a = 1; } == { type = "derivation"; outPath = "/x"; a = 2; }
