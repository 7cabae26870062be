final: prev: builtins.mapAttrs (n: v: throw "x forced ${n}") prev // { c = throw "c forced"; }
