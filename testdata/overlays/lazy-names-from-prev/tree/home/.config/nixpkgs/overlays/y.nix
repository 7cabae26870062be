final: prev: builtins.listToAttrs (map (n: { name = "${n}2"; value = prev.${n}; }) (builtins.attrNames prev))
