import ./_lib/uses-arg.nix { lib = { double = x: x * 2; }; }
