# The trace names the attribute whole.
builtins.deepSeq (builtins.mapAttrs (name: value: throw "no ${name}") (builtins.fromJSON ''{"a\u0000b": 1}'')) 1
