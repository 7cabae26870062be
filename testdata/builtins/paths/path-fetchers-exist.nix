map (n: [ n (builtins.hasAttr n builtins) (builtins.typeOf builtins.${n}) ]) [ "path" "filterSource" "storePath" "toFile" ]
