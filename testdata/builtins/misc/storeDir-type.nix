[ builtins.storeDir (builtins.typeOf builtins.storeDir) ]
