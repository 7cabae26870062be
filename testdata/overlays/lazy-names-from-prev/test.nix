final: builtins.attrNames final
