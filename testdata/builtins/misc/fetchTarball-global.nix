[ (builtins.typeOf fetchTarball) (fetchTarball == builtins.fetchTarball) ]
