# The example overlay directory at the top of the repository (overlays/,
# used by the README): nixpkgs' directory rule picks the expected entries in
# order, and applying them gives the documented result.
# Check: nix-instantiate --eval --strict --store dummy:// --readonly-mode example-overlays.nix
let
  dir = ../../../overlays;
  entries = builtins.readDir dir;
  # nixpkgs: a *.nix entry (not an editor lock file), or a directory with default.nix.
  isOverlay =
    name:
    (builtins.match ".*\\.nix" name != null && builtins.substring 0 2 name != ".#")
    || builtins.pathExists (dir + "/${name}/default.nix");
  # attrNames are sorted byte-wise, like nixpkgs' discovery.
  picked = builtins.filter isOverlay (builtins.attrNames entries);
  skipped = builtins.filter (name: !(isOverlay name)) (builtins.attrNames entries);

  fold = import ./_fold.nix;
  base = fold { };
  pkgs = fold { overlays = map (name: dir + "/${name}") picked; };
  inherit (pkgs) lib;
in

assert picked == [
  "10-boost-python.nix"
  "20-mkl.nix"
  "30-hello-patched"
  "40-greeter.nix"
  "50-python-env.nix"
];
assert skipped == [
  "README.md"
  "pkgs"
];

# 10: the manual's first example.
assert pkgs.boost.python == pkgs.python3;
assert pkgs.rr.stdenv == pkgs.stdenv_32bit && pkgs.rr.version == "5.8.0";
assert pkgs.rr.cmakeFlags == [ "-Ddisable32bit:BOOL=FALSE" ];
# 20: the manual's second example.
assert pkgs.blas.provider == pkgs.mkl && pkgs.lapack.provider == pkgs.mkl;
# 30: hello patched with overrideAttrs from a directory overlay.
assert map baseNameOf pkgs.hello.patches == [ "greeting.patch" ];
assert !pkgs.hello.doCheck && base.hello.doCheck;
assert pkgs.hello.version == base.hello.version && pkgs.hello.outPath != base.hello.outPath;
assert lib.hasSuffix ", greeting overlays" pkgs.hello.meta.description;
# 40: a new package, built on the patched hello.
assert !(base ? greeter);
assert pkgs.greeter.name == "greeter" && pkgs.greeter.runtimeInputs == [ pkgs.hello ];
assert lib.getExe pkgs.greeter == "${pkgs.greeter}/bin/greeter";
# 50: numpy in the environment follows 20's BLAS choice.
assert pkgs.pythonEnv.name == "python3-3.12.4-env";
assert map lib.getName pkgs.pythonEnv.packages == [ "numpy" "requests" "certifi" "charset-normalizer" "idna" "urllib3" ];
assert (builtins.head pkgs.pythonEnv.packages).blasImplementation == "mkl";

# The overlays add exactly two names.
assert lib.subtractLists (builtins.attrNames base) (builtins.attrNames pkgs) == [ "greeter" "pythonEnv" ];

true
