# The default also applies when a step reaches a non-set.
{ a = 1; }.a.b or "default"
