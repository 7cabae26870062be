[ (builtins.zipAttrsWith (n: v: v) [ ]) (builtins.zipAttrsWith (n: v: v) [ { } { } ]) ]
