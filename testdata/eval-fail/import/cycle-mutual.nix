# Two files that need each other's value, through a let binding.
import ./_cycle/a.nix
