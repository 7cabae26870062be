# Paths in an imported file are relative to that file.
import ./_lib/relative.nix
