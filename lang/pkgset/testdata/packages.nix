# Every package of the base set (and of its scopes) evaluates: name,
# paths, outputs, meta, and its dependencies are packages too.
# Check: nix-instantiate --eval --strict --store dummy:// --readonly-mode packages.nix
let
  pkgs = import ./_fold.nix { };
  inherit (pkgs) lib;

  isStorePath = s: builtins.match "/nix/store/[0-9a-df-np-sv-z]{32}-[^/]+" s != null;

  # Top-level packages, then the members of the scopes.
  top = lib.filterAttrs (_: lib.isDerivation) pkgs;
  scoped = prefix: scope: lib.mapAttrs' (n: v: lib.nameValuePair "${prefix}.${n}" v) (
    lib.filterAttrs (n: v: lib.isDerivation v && n != "python" && n != "src") scope
  );
  all =
    top
    // scoped "python3Packages" pkgs.python3Packages
    // scoped "python311Packages" pkgs.python311Packages
    // scoped "llvmPackages" pkgs.llvmPackages;

  inputLists = [
    "buildInputs"
    "nativeBuildInputs"
    "propagatedBuildInputs"
    "nativeCheckInputs"
  ];

  check =
    attr: p:
    let
      deps = builtins.concatMap (l: p.${l} or [ ]) inputLists;
      outputPaths = map (o: p.${o}.outPath) p.outputs;
    in
    lib.throwIfNot (builtins.isString p.name && p.name != "") "${attr}: no name" (
      lib.throwIfNot (isStorePath p.outPath && lib.hasSuffix p.name (lib.removeSuffix "-${builtins.head p.outputs}" p.outPath)) "${attr}: bad outPath ${p.outPath}" (
        lib.throwIfNot (isStorePath p.drvPath && lib.hasSuffix ".drv" p.drvPath) "${attr}: bad drvPath" (
          lib.throwIfNot (lib.unique outputPaths == outputPaths && builtins.all isStorePath outputPaths) "${attr}: outputs" (
            lib.throwIfNot (builtins.all (d: lib.isDerivation d && isStorePath d.outPath) deps) "${attr}: a dependency is not a package" (
              lib.throwIfNot (builtins.isString (p.meta.description or null)) "${attr}: no meta.description" (
                lib.throwIfNot (builtins.isBool p.meta.available) "${attr}: meta.available" true
              )
            )
          )
        )
      )
    );

  # The distinct packages (aliases such as python3 = python312 count once).
  distinct = lib.unique (map (p: p.outPath) (builtins.attrValues top));

  # Every folder under pkgs/ holds a package the set uses.
  used = builtins.attrNames (builtins.readDir ../nix/pkgs);
in

assert builtins.all (n: check n all.${n}) (builtins.attrNames all);
assert builtins.length distinct >= 90;
assert builtins.length (builtins.attrNames (scoped "" pkgs.python3Packages)) >= 14;

# Dependencies are wired through the set.
assert builtins.elem pkgs.openssl pkgs.curl.propagatedBuildInputs;
assert builtins.elem pkgs.curl pkgs.git.buildInputs;
assert builtins.elem pkgs.readline pkgs.gdb.buildInputs;
assert builtins.elem pkgs.ncurses pkgs.readline.propagatedBuildInputs;
assert builtins.elem pkgs.gdb pkgs.rr.propagatedBuildInputs;
assert builtins.elem pkgs.libffi pkgs.python3.buildInputs;
assert builtins.elem pkgs.oniguruma pkgs.jq.buildInputs;
assert builtins.elem pkgs.cargo pkgs.ripgrep.nativeBuildInputs;
assert builtins.elem pkgs.go pkgs.fzf.nativeBuildInputs;
assert builtins.elem pkgs.x264 pkgs.ffmpeg.buildInputs;
assert builtins.elem pkgs.llvm pkgs.rustc.buildInputs;
assert builtins.elem pkgs.cmakeMinimal pkgs.zstd.nativeBuildInputs;
assert pkgs.gfortran.name == "gfortran-13.2.0" && pkgs.gfortran.langFortran;
assert pkgs.python3 == pkgs.python312 && pkgs.python3.version == "3.12.4";
assert pkgs.python311.version == "3.11.9";
assert pkgs.nodejs == pkgs.nodejs_20 && pkgs.go == pkgs.go_1_22;
assert pkgs.m4 == pkgs.gnum4;
assert pkgs.bashInteractive.name == "bash-interactive-5.2p26" && builtins.elem pkgs.readline pkgs.bashInteractive.buildInputs;

# No package folder is unused.
assert builtins.all (
  dir:
  builtins.any (p: lib.hasInfix "/pkgs/${dir}/" (p.meta.position or "")) (builtins.attrValues all)
) used;

true
