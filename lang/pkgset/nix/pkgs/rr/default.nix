# rr, Mozilla's record-and-replay debugger. Its tests and the 32-bit
# replay support need a multilib compiler, which is why the nixpkgs manual's
# overlay example calls it with stdenv_32bit.
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
  enableTests ? false,
}:

let
  # 32-bit replay needs a compiler that also targets i686.
  multilib = stdenv.hostPlatform.isx86_64 && (stdenv.cc.enableMultilib or false);
in
stdenv.mkDerivation (finalAttrs: {
  pname = "rr";
  version = "5.7.0";

  src = fetchFromGitHub {
    owner = "rr-debugger";
    repo = "rr";
    rev = finalAttrs.version;
    hash = "sha256-5c6vD69r87CYnvt6NAXThTsEYYU2VeFDbIQDtdZQi68=";
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

  cmakeFlags = [
    (lib.cmakeBool "disable32bit" (!multilib))
    (lib.cmakeBool "BUILD_TESTS" enableTests)
  ];

  hardeningDisable = [ "fortify" ];

  passthru = {
    inherit multilib;
  };

  meta = {
    description = "Records nondeterministic executions and debugs them deterministically";
    homepage = "https://rr-project.org/";
    license = with lib.licenses; [
      mit
      bsd2
    ];
    mainProgram = "rr";
    platforms = lib.platforms.x86;
  };
})
