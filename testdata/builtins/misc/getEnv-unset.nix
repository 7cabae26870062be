[ (builtins.getEnv "OVL_SURELY_UNSET_VARIABLE") (builtins.getEnv "") (builtins.getEnv "NIX_PATH") ]
