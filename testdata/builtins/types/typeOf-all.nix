map builtins.typeOf [
  1 1.5 "s" ''indented'' ./path true false null [ ] { } (x: x) ({ a }: a) builtins.add (builtins.add 1) map
  (builtins.derivation { name = "d"; system = "x"; builder = "/b"; })
  { __functor = self: x: x; }
]
