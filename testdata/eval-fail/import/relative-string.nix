# A string must be an absolute path.
import "relative.nix"
