# Standard environments: `make { cc = …; }` returns a stdenv whose
# mkDerivation builds packages for an elaborated host platform.
#
# A stdenv is itself derivation-shaped, as in nixpkgs. Its path depends on
# its compiler's name (not on the compiler's path, which would be a cycle:
# the compiler is built with a stdenv too), so rr built with stdenv_32bit
# gets another path than rr built with stdenv.
{ lib, pkgs }:

let
  store = import ./store.nix;

  make =
    args@{
      cc,
      name ? "stdenv-linux",
      system ? "x86_64-linux",
    }:
    let
      platform = lib.systems.elaborate system;
      stdenv = {
        type = "derivation";
        inherit name system cc;
        outputs = [ "out" ];
        out = stdenv;
        outPath = store.path name "stdenv:${name}:${system}:${if cc == null then "no-cc" else cc.name}";
        drvPath = store.path "${name}.drv" "stdenv-drv:${stdenv.outPath}";

        meta = {
          description = "Build environment for ${system}${if cc == null then " without a C compiler" else " with ${cc.name}"}";
          available = true;
        };

        hostPlatform = platform;
        buildPlatform = platform;
        targetPlatform = platform;
        inherit (platform)
          isLinux
          isDarwin
          isx86_64
          isx86_32
          isi686
          isAarch64
          is64bit
          is32bit
          ;

        shell = "${store.path "bootstrap-tools" "bootstrap-tools:${system}"}/bin/bash";

        mkDerivation = import ./make-derivation.nix {
          inherit lib store stdenv;
          inherit (pkgs) config;
        };

        # The same stdenv with some of make's arguments replaced (overrideCC uses it).
        override = changes: make (args // changes);
      };
    in
    stdenv;
in
{
  inherit make;
}
