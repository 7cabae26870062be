[ (builtins.typeOf derivation) (builtins.typeOf builtins.derivation) (builtins.typeOf builtins.derivationStrict) ]
