# A local rr expression, called from ../../10-boost-python.nix with
# stdenv_32bit. This folder has no default.nix, so overlay discovery skips
# it: it holds packages, not overlays.
{
  lib,
  stdenv,
  fetchFromGitHub,
  cmake,
  pkg-config,
  which,
  python3,
  gdb,
  capnproto,
  libpfm,
  zlib,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "rr";
  version = "5.8.0";

  src = fetchFromGitHub {
    owner = "rr-debugger";
    repo = "rr";
    rev = finalAttrs.version;
    hash = "sha256-JV5O2oAuZQi25PjM0HtCtq5YBfmgKXjdNvlKNFnXymo=";
  };

  nativeBuildInputs = [
    cmake
    pkg-config
    which
  ];
  buildInputs = [
    capnproto
    libpfm
    python3
    zlib
  ];
  propagatedBuildInputs = [ gdb ];

  # stdenv_32bit's compiler also targets i686, so keep 32-bit replay.
  cmakeFlags = [ (lib.cmakeBool "disable32bit" false) ];

  meta = {
    description = "Records nondeterministic executions and debugs them deterministically";
    homepage = "https://rr-project.org/";
    license = lib.licenses.mit;
    mainProgram = "rr";
    platforms = [ "x86_64-linux" ];
  };
})
