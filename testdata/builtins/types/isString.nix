map builtins.isString [ "" "a" ''b'' "${"c"}" ./p 1 null [ "s" ] ]
