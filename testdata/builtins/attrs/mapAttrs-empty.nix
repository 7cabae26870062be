builtins.mapAttrs (n: v: throw "never called") { }
