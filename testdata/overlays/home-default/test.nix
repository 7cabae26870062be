final: { order = final.order; home = builtins.getEnv "HOME"; }
