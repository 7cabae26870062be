# --json alone works when no value is an unevaluated thunk.
{ a = 1; b = "x"; c = null; }
