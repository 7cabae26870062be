(builtins.mapAttrs (n: v: if n == "bad" then throw "bad forced" else v * 10) { good = 4; bad = 0; }).good
