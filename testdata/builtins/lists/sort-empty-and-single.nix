[ (builtins.sort (a: b: throw "never called") [ ]) (builtins.sort (a: b: throw "never called") [ 1 ]) ]
