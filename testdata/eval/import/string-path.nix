# import accepts a string holding an absolute path.
import (toString ./_lib/value.nix)
