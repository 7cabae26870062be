# A set is a derivation for nixpkgs when its type attribute is "derivation".
map (x: (x.type or null) == "derivation") [
  (derivation { name = "t"; system = "x86_64-linux"; builder = "/bin/sh"; })
  { type = "derivation"; }
  { }
]
