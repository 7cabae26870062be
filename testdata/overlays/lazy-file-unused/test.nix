final: { names = builtins.attrNames final; a = final.a; }
