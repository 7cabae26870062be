[ (map (x: x + 1) [ 1 2 3 ]) (builtins.map toString [ 1 true null ]) (map (x: x) [ ]) ]
