map builtins.splitVersion [ "" "." "..1.." "-" "a.b-c_d" "1.2.3pre4" "v1.0" "1+2" ]
