# ovl's embedded package set: a small, nixpkgs-shaped set of packages
# that overlays can be applied to without nixpkgs.
#
# This file is the base layer of the overlay fixpoint: a function of the
# final set (after every overlay), like nixpkgs' own package set. Apply
# overlays to it the nixpkgs way:
#
#   fix (foldl' (flip extends) (import ./.) overlays)
#
# Every attribute name below is written out, so listing the names of the
# final set evaluates no package. Packages are callPackage'd files under
# pkgs/; they take their dependencies from the final set, so an overlay that
# replaces zlib is seen by curl, git and python3 alike.
final:

let
  lib = import ./lib;
  inherit (final) callPackage callPackages;

  stdenvs = import ./stdenv {
    inherit lib;
    pkgs = final;
  };
  fetchers = import ./build-support/fetchers.nix {
    inherit lib;
    inherit (final) stdenvNoCC;
  };
  builders = import ./build-support/trivial-builders.nix {
    inherit lib;
    inherit (final) stdenv stdenvNoCC runtimeShell;
  };

  autotools = callPackages ./pkgs/autotools { };
  gnuUtils = callPackages ./pkgs/gnu-utils { };
  rustToolchain = callPackages ./pkgs/rust { };
in
{
  inherit lib;
  pkgs = final;

  # What ~/.config/nixpkgs/config.nix sets in nixpkgs. Here it is part of
  # the set, so an overlay can allow unfree packages:
  #   final: prev: { config = prev.config // { allowUnfree = true; }; }
  config = {
    allowUnfree = false;
    allowUnfreePredicate = _: false;
    allowBroken = false;
    allowUnsupportedSystem = false;
    permittedInsecurePackages = [ ];
  };

  # Calls a package function with its arguments taken from the final set.
  callPackage = lib.callPackageWith final;
  callPackages = lib.callPackagesWith final;
  # A callPackage that looks in `extra` before the final set (for scopes).
  newScope = extra: lib.callPackageWith (final // extra);

  system = "x86_64-linux";
  inherit (final.stdenv) hostPlatform buildPlatform targetPlatform;

  ### Standard environments

  stdenv = stdenvs.make { cc = final.gcc; };
  stdenvNoCC = stdenvs.make { cc = null; };
  gccStdenv = final.stdenv;
  clangStdenv = final.overrideCC final.stdenv final.clang;
  multiStdenv = final.overrideCC final.stdenv final.gcc_multi;
  # x86_64 with a compiler that can also build i686 code.
  stdenv_32bit = final.multiStdenv;
  overrideCC = stdenv: cc: stdenv.override { inherit cc; };

  ### Fetchers (stubs: nothing is downloaded)

  inherit (fetchers)
    fetchurl
    fetchzip
    fetchgit
    fetchFromGitHub
    fetchpatch
    fetchPypi
    ;

  ### Trivial builders

  inherit (builders)
    runCommand
    runCommandWith
    runCommandLocal
    runCommandCC
    writeTextFile
    writeText
    writeTextDir
    writeScript
    writeScriptBin
    writeShellScript
    writeShellScriptBin
    writeShellApplication
    makeSetupHook
    symlinkJoin
    buildEnv
    ;
  runtimeShellPackage = final.bash;
  runtimeShell = "${final.runtimeShellPackage}${final.runtimeShellPackage.shellPath}";

  ### Toolchain

  gcc = callPackage ./pkgs/gcc { };
  gfortran = final.gcc.override { langFortran = true; };
  gcc_multi = callPackage ./pkgs/gcc/multi.nix { };
  binutils = callPackage ./pkgs/binutils { };
  glibc = callPackage ./pkgs/glibc { };
  glibc_multi = callPackage ./pkgs/glibc/multi.nix { };
  linuxHeaders = callPackage ./pkgs/linux-headers { };
  gmp = callPackage ./pkgs/gmp { };
  mpfr = callPackage ./pkgs/mpfr { };
  libmpc = callPackage ./pkgs/libmpc { };

  llvmPackages_17 = callPackage ./pkgs/llvm {
    version = "17.0.6";
    hash = "sha256-co4GQ9cwlCPJmpwL0LMx+kecQx0uT49TFt+Xg36BThs=";
  };
  llvmPackages = final.llvmPackages_17;
  inherit (final.llvmPackages) llvm clang lld;

  ### Build tools

  gnumake = callPackage ./pkgs/gnumake { };
  cmake = callPackage ./pkgs/cmake { };
  # Without curl and friends, for the libraries cmake itself links to.
  cmakeMinimal = final.cmake.override {
    useSharedLibraries = false;
    useOpenSSL = false;
  };
  ninja = callPackage ./pkgs/ninja { };
  meson = callPackage ./pkgs/meson { };
  pkg-config = callPackage ./pkgs/pkg-config { };
  bison = callPackage ./pkgs/bison { };
  inherit (autotools)
    gnum4
    autoconf
    automake
    libtool
    autoreconfHook
    ;
  m4 = final.gnum4;
  patchelf = callPackage ./pkgs/patchelf { };

  ### Base system

  bash = callPackage ./pkgs/bash { };
  bashInteractive = callPackage ./pkgs/bash { interactive = true; };
  coreutils = callPackage ./pkgs/coreutils { };
  inherit (gnuUtils)
    gnugrep
    gnused
    gawk
    findutils
    gnutar
    gzip
    diffutils
    which
    ;
  file = callPackage ./pkgs/file { };
  perl = callPackage ./pkgs/perl { };

  ### Libraries

  zlib = callPackage ./pkgs/zlib { };
  bzip2 = callPackage ./pkgs/bzip2 { };
  xz = callPackage ./pkgs/xz { };
  zstd = callPackage ./pkgs/zstd { cmake = final.cmakeMinimal; };
  brotli = callPackage ./pkgs/brotli { cmake = final.cmakeMinimal; };
  openssl = callPackage ./pkgs/openssl { };
  nghttp2 = callPackage ./pkgs/nghttp2 { };
  libssh2 = callPackage ./pkgs/libssh2 { };
  expat = callPackage ./pkgs/expat { };
  pcre2 = callPackage ./pkgs/pcre2 { };
  gettext = callPackage ./pkgs/gettext { };
  sqlite = callPackage ./pkgs/sqlite { };
  sqlite-interactive = final.sqlite.override { interactive = true; };
  libffi = callPackage ./pkgs/libffi { };
  ncurses = callPackage ./pkgs/ncurses { };
  readline = callPackage ./pkgs/readline { };
  libxml2 = callPackage ./pkgs/libxml2 { };
  icu = callPackage ./pkgs/icu { };
  libuv = callPackage ./pkgs/libuv { };
  oniguruma = callPackage ./pkgs/oniguruma { };
  capnproto = callPackage ./pkgs/capnproto { };
  libpfm = callPackage ./pkgs/libpfm { };
  boost = callPackage ./pkgs/boost { };
  gtest = callPackage ./pkgs/gtest { };

  ### Numerics: blas and lapack are interfaces, the others implementations

  blas = callPackage ./pkgs/blas { };
  lapack = callPackage ./pkgs/lapack { };
  openblas = callPackage ./pkgs/openblas { };
  lapack-reference = callPackage ./pkgs/lapack-reference { };
  mkl = callPackage ./pkgs/mkl { };

  ### Media

  ffmpeg = callPackage ./pkgs/ffmpeg { };
  nasm = callPackage ./pkgs/nasm { };
  x264 = callPackage ./pkgs/x264 { };
  lame = callPackage ./pkgs/lame { };
  libvpx = callPackage ./pkgs/libvpx { };

  ### Languages

  python311 = callPackage ./pkgs/python {
    sourceVersion = {
      major = "3";
      minor = "11";
      patch = "9";
    };
    hash = "sha256-XOAKPFbfGVcv+el4D/lqFTz451/BgGTqP+ANd7lO4t0=";
  };
  python312 = callPackage ./pkgs/python {
    sourceVersion = {
      major = "3";
      minor = "12";
      patch = "4";
    };
    hash = "sha256-jFXDclWPpwXNF/kIQm9TERG2LF2G8rG41yI0fuOC2A8=";
  };
  python3 = final.python312;
  python311Packages = final.python311.pkgs;
  python312Packages = final.python312.pkgs;
  python3Packages = final.python3.pkgs;

  nodejs_20 = callPackage ./pkgs/nodejs { };
  nodejs = final.nodejs_20;

  go_1_22 = callPackage ./pkgs/go { };
  go = final.go_1_22;
  buildGoModule = callPackage ./pkgs/go/module.nix { };

  inherit (rustToolchain) rustc cargo;
  rustPlatform = callPackage ./pkgs/rust/platform.nix { };

  ### Applications

  hello = callPackage ./pkgs/hello { };
  git = callPackage ./pkgs/git { };
  curl = callPackage ./pkgs/curl { };
  jq = callPackage ./pkgs/jq { };
  ripgrep = callPackage ./pkgs/ripgrep { };
  fzf = callPackage ./pkgs/fzf { };
  gdb = callPackage ./pkgs/gdb { };
  rr = callPackage ./pkgs/rr { };
}
