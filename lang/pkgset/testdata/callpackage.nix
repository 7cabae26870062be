# callPackage takes a package's arguments from the final set (after every
# overlay), explicit arguments win, defaults apply to the rest, and a
# missing argument is a clear error.
# Check: nix-instantiate --eval --strict --store dummy:// --readonly-mode callpackage.nix
let
  fold = import ./_fold.nix;
  base = fold { };

  # An overlay that replaces zlib: every package asking for zlib gets it.
  pkgs = fold {
    overlays = [
      (final: prev: {
        zlib = prev.zlib.overrideAttrs { version = "1.3.2"; };
        # A new package, callPackage'd from an inline function.
        greeter = final.callPackage (
          {
            writeShellScriptBin,
            hello,
            greeting ? "hi",
          }:
          writeShellScriptBin "greeter" "${hello}/bin/hello -g ${greeting}"
        ) { };
        shouter = final.greeter.override { greeting = "HI"; };
      })
    ];
  };
in

assert base.zlib.version == "1.3.1";
assert pkgs.zlib.version == "1.3.2";
assert builtins.elem pkgs.zlib pkgs.curl.propagatedBuildInputs;
assert !(builtins.elem base.zlib pkgs.curl.propagatedBuildInputs);
assert builtins.elem pkgs.zlib pkgs.python3.buildInputs;
assert builtins.elem pkgs.zlib pkgs.git.buildInputs;
# ... and through a dependency: git -> curl -> zlib.
assert builtins.elem pkgs.curl pkgs.git.buildInputs;
assert pkgs.git.outPath != base.git.outPath;
# A package that does not depend on zlib keeps its path.
assert pkgs.hello.outPath == base.hello.outPath;

# The new package: found, named, overridable; its dependency came from the final set.
assert pkgs.greeter.name == "greeter";
assert pkgs.greeter.meta.mainProgram == "greeter";
assert pkgs.lib.hasInfix "${pkgs.hello}/bin/hello -g hi" pkgs.greeter.text;
assert pkgs.lib.hasInfix "-g HI" pkgs.shouter.text;

# Explicit arguments win over the set; arguments with defaults that the set
# lacks take the default.
assert (base.callPackage ({ zlib }: zlib) { zlib = "mine"; }) == "mine";
assert (base.callPackage ({ zlib, answer ? 42 }: answer) { }) == 42;
assert (base.callPackage ({ zlib, ... }@args: builtins.attrNames args) { }) == [ "zlib" ];

# A required argument nobody provides is an error naming it and suggesting close names.
assert
  let
    r = builtins.tryEval (base.callPackage ({ zlibb }: zlibb) { });
  in
  !r.success;
assert
  let
    lib = base.lib;
    msg = lib.customisation.missingArgMessage base (builtins.functionArgs ({ zlibb }: 1)) "zlibb";
  in
  lib.hasInfix "needs the argument 'zlibb'" msg && lib.hasSuffix "did you mean 'zlib', 'glibc' or 'lib'?" msg;

# callPackages: a file with several packages, each overridable on its own.
assert base.gnugrep.name == "gnugrep-3.11";
assert (base.gnugrep.override { pcre2 = null; }).buildInputs == [ null ];
assert base.autoconf.name == "autoconf-2.72";

# newScope: a callPackage that looks in extra attributes first.
assert (base.newScope { zlib = "scoped"; } ({ zlib, curl }: zlib) { }) == "scoped";

true
