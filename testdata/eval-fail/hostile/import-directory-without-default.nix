# A directory without default.nix where a file is expected.
import ./.
