# The function is only applied when a value is looked at.
let m = builtins.mapAttrs (name: value: throw "applied to ${name}") { a = 1; b = 2; }; in
[ (builtins.attrNames m) (m ? a) ]
