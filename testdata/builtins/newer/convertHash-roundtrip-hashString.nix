# Newer than Nix 2.8: current Nix manual, builtins.convertHash and builtins.hashString
# (https://nix.dev/manual/nix/latest/language/builtins.html#builtins-convertHash): hashString gives
# base16, and converting through any format and back to base16 gives it back.
let
  check = algo:
    let
      h = builtins.hashString algo "ovl";
      via = fmt: builtins.convertHash {
        hash = builtins.convertHash { hash = h; hashAlgo = algo; toHashFormat = fmt; };
        hashAlgo = algo;
        toHashFormat = "base16";
      };
    in builtins.all (fmt: via fmt == h) [ "base16" "nix32" "base64" "sri" ];
in
assert builtins.all check [ "md5" "sha1" "sha256" "sha512" ];
assert builtins.convertHash { hash = "md5:${builtins.hashString "md5" ""}"; toHashFormat = "base16"; }
  == builtins.hashString "md5" "";
true
