# Importing a directory imports its default.nix.
import ./_lib/dir
