map (n: [ n (builtins ? ${n}) (builtins.typeOf builtins.${n}) ])
  [ "fetchurl" "fetchTarball" "fetchGit" "fetchMercurial" "fetchTree" "storePath" "toFile" "path" "filterSource" ]
