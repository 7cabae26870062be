# A file that imports itself never finishes: CppNix runs out of stack.
import ./cycle-self.nix
