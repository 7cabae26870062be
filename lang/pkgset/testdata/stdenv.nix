# stdenv, mkDerivation's result shape, fetchers, trivial builders and
# meta checks.
# Check: nix-instantiate --eval --strict --store dummy:// --readonly-mode stdenv.nix
let
  fold = import ./_fold.nix;
  pkgs = fold { };
  inherit (pkgs) lib stdenv;

  isStorePath = s: builtins.match "/nix/store/[0-9a-df-np-sv-z]{32}-[^/]+" s != null;

  direct = stdenv.mkDerivation {
    pname = "demo";
    version = "1.0";
    buildInputs = [ pkgs.zlib ];
    configureFlags = [ "--enable-demo" ];
    passthru.extra = 1;
    meta.description = "A demo";
  };
in

# Platforms.
assert stdenv.hostPlatform.system == "x86_64-linux";
assert stdenv.hostPlatform.isLinux && stdenv.hostPlatform.isx86_64 && stdenv.hostPlatform.is64bit;
assert !stdenv.hostPlatform.isDarwin && !stdenv.hostPlatform.isAarch64;
assert stdenv.buildPlatform == stdenv.hostPlatform;
assert stdenv.isLinux && pkgs.hostPlatform.config == "x86_64-unknown-linux-gnu";
assert stdenv.cc == pkgs.gcc && stdenv.cc.isGNU;
assert pkgs.stdenvNoCC.cc == null;
assert pkgs.stdenv_32bit.cc == pkgs.gcc_multi;
assert pkgs.stdenv_32bit.hostPlatform.system == "x86_64-linux";
assert pkgs.stdenv_32bit.outPath != stdenv.outPath;
assert lib.hasPrefix "/nix/store/" stdenv.shell;

# A derivation-shaped set, without builtins.derivation.
assert direct.type == "derivation" && lib.isDerivation direct;
assert direct.name == "demo-1.0" && direct.pname == "demo" && direct.version == "1.0";
assert isStorePath direct.outPath && lib.hasSuffix "-demo-1.0" direct.outPath;
assert isStorePath direct.drvPath && lib.hasSuffix "-demo-1.0.drv" direct.drvPath;
assert "${direct}" == direct.outPath;
assert direct.outputs == [ "out" ] && direct.out.outPath == direct.outPath;
assert direct.buildInputs == [ pkgs.zlib ] && direct.configureFlags == [ "--enable-demo" ];
assert direct.extra == 1 && direct.passthru.extra == 1;
assert direct.meta.description == "A demo" && direct.meta.available;
assert direct.system == "x86_64-linux" && direct.stdenv == stdenv;
assert direct.drvAttrs.configureFlags == [ "--enable-demo" ];
assert !(direct.drvAttrs ? meta) && !(direct.drvAttrs ? passthru);
# Paths are deterministic, depend on the inputs, not on meta or passthru.
assert direct.outPath == (stdenv.mkDerivation { pname = "demo"; version = "1.0"; buildInputs = [ pkgs.zlib ]; configureFlags = [ "--enable-demo" ]; }).outPath;
assert direct.outPath != (direct.overrideAttrs { configureFlags = [ ]; }).outPath;
assert direct.outPath == (direct.overrideAttrs { meta.description = "other"; }).outPath;
# A name without pname/version works too; neither is an error.
assert (stdenv.mkDerivation { name = "plain"; }).name == "plain";
assert !(builtins.tryEval (stdenv.mkDerivation { }).name).success;
# finalAttrs.finalPackage is the package itself.
assert
  let
    p = stdenv.mkDerivation (finalAttrs: {
      pname = "self";
      version = "1";
      passthru.me = finalAttrs.finalPackage;
    });
  in
  p.me.outPath == p.outPath && (p.overrideAttrs { version = "2"; }).me.name == "self-2";
# A local file counts by content, not by where it lives.
assert
  let
    withPatch = p: direct.overrideAttrs { patches = [ p ]; };
  in
  (withPatch ./_files/a/fix.patch).outPath == (withPatch ./_files/b/fix.patch).outPath
  && (withPatch ./_files/a/fix.patch).outPath != (withPatch ./_files/c/fix.patch).outPath
  && (withPatch ./_files/a/fix.patch).outPath != direct.outPath;

# Fetchers never fetch; they return fixed-output derivations named by their hash.
assert pkgs.hello.src.name == "hello-2.12.1.tar.gz";
assert pkgs.hello.src.outputHash == "sha256-Bezpkc2XKnN8OXLgBcJUov93ftObHILU0F4fswjvSwk=";
assert isStorePath pkgs.hello.src.outPath;
assert pkgs.rr.src.name == "source" && pkgs.rr.src.owner == "rr-debugger";
assert pkgs.rr.src.url == "https://github.com/rr-debugger/rr/archive/5.7.0.tar.gz";
assert pkgs.rr.src.meta.homepage == "https://github.com/rr-debugger/rr";
assert (pkgs.fetchgit { url = "https://example.org/repo.git"; rev = "0123456789abcdef0123456789abcdef01234567"; hash = lib.fakeHash; }).name == "repo-0123456";
assert (pkgs.fetchFromGitHub { owner = "o"; repo = "r"; tag = "v1"; hash = lib.fakeHash; }).rev == "refs/tags/v1";
assert (pkgs.fetchPypi { pname = "six"; version = "1.16.0"; hash = lib.fakeHash; }).url == "https://files.pythonhosted.org/packages/source/s/six/six-1.16.0.tar.gz";
assert (pkgs.fetchpatch { url = "https://example.org/a.patch"; hash = lib.fakeHash; }).name == "a.patch";

# Trivial builders.
assert (pkgs.writeText "notes" "hi").name == "notes";
assert (pkgs.writeText "notes" "hi").text == "hi";
assert (pkgs.writeShellScriptBin "tool" "echo hi").text == "#!${pkgs.runtimeShell}\necho hi\n";
assert (pkgs.writeShellScriptBin "tool" "echo hi").destination == "/bin/tool";
assert lib.getExe (pkgs.writeShellScriptBin "tool" "echo hi") == "${pkgs.writeShellScriptBin "tool" "echo hi"}/bin/tool";
assert (pkgs.runCommand "out" { FOO = "1"; } "touch $out").FOO == "1";
assert (pkgs.runCommand "out" { } "touch $out").buildCommand == "touch $out";
assert (pkgs.symlinkJoin { name = "j"; paths = [ pkgs.hello pkgs.jq ]; }).paths == [ pkgs.hello pkgs.jq ];
assert pkgs.runtimeShell == "${pkgs.bash}/bin/bash";

# Unfree packages evaluate but are not available, unless the config allows them.
assert !pkgs.mkl.meta.available && pkgs.mkl.meta.unfree;
assert isStorePath pkgs.mkl.outPath;
assert (fold { overlays = [ (final: prev: { config = prev.config // { allowUnfree = true; }; }) ]; }).mkl.meta.available;
assert (fold { overlays = [ (final: prev: { config = prev.config // { allowUnfreePredicate = p: lib.getName p == "mkl"; }; }) ]; }).mkl.meta.available;
assert pkgs.hello.meta.available && !pkgs.hello.meta.unfree;
assert !(direct.overrideAttrs { meta.broken = true; }).meta.available;
assert !(direct.overrideAttrs { meta.platforms = [ "aarch64-darwin" ]; }).meta.available;
assert lib.hasSuffix "pkgs/hello/default.nix:8" pkgs.hello.meta.position;

true
