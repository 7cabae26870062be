# The default is evaluated only when needed.
{ a = 1; }.a or (throw "never")
