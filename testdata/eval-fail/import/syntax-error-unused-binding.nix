# The syntax error is reported when the file is imported, even lazily used.
(import ./_lib/syntax-error.nix).a
