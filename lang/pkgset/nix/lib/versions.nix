# Version-string helpers: lib.versions.major "3.12.4" == "3".
{ lib }:

let
  inherit (builtins) elemAt length splitVersion;

  # The component at index i; an error when the version has fewer, as in nixpkgs.
  part = i: v: elemAt (splitVersion v) i;
in
{
  inherit splitVersion;

  major = part 0;
  minor = part 1;
  patch = part 2;

  majorMinor = v: builtins.concatStringsSep "." (lib.lists.take 2 (splitVersion v));

  # Pads or truncates to n components: pad 3 "1.2" == "1.2.0".
  pad =
    n: v:
    let
      parts = splitVersion v;
      have = length parts;
    in
    builtins.concatStringsSep "." (
      lib.lists.take n parts ++ lib.lists.replicate (if n > have then n - have else 0) "0"
    );
}
