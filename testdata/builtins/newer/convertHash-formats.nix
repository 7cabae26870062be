# Newer than Nix 2.8: current Nix manual, builtins.convertHash
# (https://nix.dev/manual/nix/latest/language/builtins.html#builtins-convertHash): toHashFormat is one of
# base16, nix32, base32 (deprecated alias for nix32), base64, sri; the input format is detected.
# The sha1 and sha256 values are the examples of the manual's "nix hash convert" page
# (https://nix.dev/manual/nix/latest/command-ref/new-cli/nix3-hash-convert.html).
let
  sha1 = "800d59cfcd3c05e900cb4e214be48f6b886a08df";
  conv = hash: toHashFormat: builtins.convertHash { inherit hash toHashFormat; hashAlgo = "sha1"; };
in
assert conv sha1 "nix32" == "vw46m23bizj4n8afrc0fj19wrp7mj3c0";
assert conv sha1 "base32" == "vw46m23bizj4n8afrc0fj19wrp7mj3c0";
assert conv sha1 "sri" == "sha1-gA1Zz808BekAy04hS+SPa4hqCN8=";
assert conv sha1 "base64" == "gA1Zz808BekAy04hS+SPa4hqCN8=";
assert conv "vw46m23bizj4n8afrc0fj19wrp7mj3c0" "base16" == sha1;
assert conv "gA1Zz808BekAy04hS+SPa4hqCN8=" "base16" == sha1;
assert builtins.convertHash {
  hash = "1b8m03r63zqhnjf7l5wnldhh7c134ap5vpj0850ymkq1iyzicy5s";
  hashAlgo = "sha256";
  toHashFormat = "sri";
} == "sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=";
true
