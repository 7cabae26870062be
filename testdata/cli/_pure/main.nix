# Reads a file beside it and one from an -I root.
{
  here = builtins.readFile ./data.txt;
  inc = import <inc/value.nix>;
  outside = builtins.pathExists ../_cycle/let.nix;
}
