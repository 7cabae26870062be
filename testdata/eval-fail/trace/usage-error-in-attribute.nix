# A usage error (unknown hash algorithm) inside an attribute has a trace,
# but nix-instantiate points to --help, not to --show-trace.
{ a = builtins.hashString "sha3" "x"; }
