import (toString ./_fixtures/value.nix)
