# Fake store paths. ovl has no Nix store and builds nothing, yet packages
# need an outPath to be interpolated into strings and compared. These paths
# look like real ones ("/nix/store/<32 base-32 chars>-<name>") and are a pure
# function of their seed, so changing an input of a package (a dependency's
# path, a flag, a patch) changes its path, as in Nix; they are not the
# paths Nix would compute.
let
  # Nix's base-32 alphabet: no e, o, u or t.
  alphabet = "0123456789abcdfghijklmnpqrsvwxyz";

  hexValue = {
    "0" = 0; "1" = 1; "2" = 2; "3" = 3; "4" = 4; "5" = 5; "6" = 6; "7" = 7;
    "8" = 8; "9" = 9; "a" = 10; "b" = 11; "c" = 12; "d" = 13; "e" = 14; "f" = 15;
  };

  byteAt = hex: i: hexValue.${builtins.substring (2 * i) 1 hex} * 16 + hexValue.${builtins.substring (2 * i + 1) 1 hex};

  digit = n: builtins.substring (n - 32 * (n / 32)) 1 alphabet;
in
rec {
  # 32 base-32 characters, one per byte of sha256(seed).
  hash =
    seed:
    let
      hex = builtins.hashString "sha256" seed;
    in
    builtins.concatStringsSep "" (builtins.genList (i: digit (byteAt hex i)) 32);

  path = name: seed: "/nix/store/${hash seed}-${name}";
}
