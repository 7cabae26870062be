# Package scopes (lib.makeScope): python3.pkgs and llvmPackages call their
# packages with the scope first, and overrideScope rebuilds a scope with an
# overlay so its other members follow.
# Check: nix-instantiate --eval --strict --store dummy:// --readonly-mode scopes.nix
let
  pkgs = import ./_fold.nix { };
  ps = pkgs.python3Packages;
  inherit (pkgs) lib;

  ps2 = ps.overrideScope (final: prev: { urllib3 = prev.urllib3.overrideAttrs { version = "1.26.18"; }; });
  llvm16ish = pkgs.llvmPackages.overrideScope (final: prev: { version = "16.0.6"; });
  env = pkgs.python3.withPackages (p: [ p.requests ]);
in

# The scope: its own callPackage, newScope, overrideScope, packages.
assert ps.python == pkgs.python3;
assert builtins.all (n: ps ? ${n}) [ "callPackage" "newScope" "overrideScope" "packages" "buildPythonPackage" ];
assert ps.numpy.name == "python3.12-numpy-1.26.4";
assert pkgs.python311Packages.numpy.name == "python3.11-numpy-1.26.4";
assert ps.numpy.pythonModule == pkgs.python3;
assert ps.requests.propagatedBuildInputs == [ ps.certifi ps.charset-normalizer ps.idna ps.urllib3 ];
assert builtins.elem ps.setuptools ps.requests.nativeBuildInputs;
# Top-level packages are reachable from the scope's callPackage.
assert builtins.elem pkgs.blas ps.numpy.buildInputs;
assert ps.callPackage ({ numpy, zlib }: [ numpy zlib ]) { } == [ ps.numpy pkgs.zlib ];

# overrideScope: requests picks up the new urllib3; the original scope is unchanged.
assert ps2.urllib3.version == "1.26.18";
assert builtins.elem ps2.urllib3 ps2.requests.propagatedBuildInputs;
assert ps2.requests.outPath != ps.requests.outPath;
assert ps.urllib3.version == "2.2.1";
assert ps2.numpy.outPath == ps.numpy.outPath;

# withPackages: the interpreter, the chosen packages and what they propagate.
assert env.name == "python3-3.12.4-env";
assert map lib.getName env.packages == [ "requests" "certifi" "charset-normalizer" "idna" "urllib3" ];
assert builtins.head env.paths == pkgs.python3;

# An interpreter with a different dependency gets its own package set.
assert
  let
    py = pkgs.python3.override { openssl = pkgs.openssl.override { static = true; }; };
  in
  py.pkgs.python == py && py.pkgs.numpy.outPath != ps.numpy.outPath && py.outPath != pkgs.python3.outPath;

# The LLVM scope: clang and lld use the scope's llvm and version.
assert pkgs.clang.version == "17.0.6";
assert builtins.elem pkgs.llvm pkgs.clang.buildInputs;
assert llvm16ish.clang.version == "16.0.6";
assert builtins.elem llvm16ish.llvm llvm16ish.clang.buildInputs;
assert llvm16ish.llvm.name == "llvm-16.0.6";
assert pkgs.clangStdenv.cc == pkgs.clang;

true
