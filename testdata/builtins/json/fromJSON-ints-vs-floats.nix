map (s: let v = builtins.fromJSON s; in [ v (builtins.typeOf v) ]) [ "1" "1.0" "1e2" "1E-2" "-0" "0.5" "10" "2.50" ]
