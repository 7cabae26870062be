# An import that is never used is never read.
let missing = import ./_lib/does-not-exist.nix; in "ok"
