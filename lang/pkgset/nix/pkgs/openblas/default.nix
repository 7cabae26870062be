{
  lib,
  stdenv,
  fetchFromGitHub,
  perl,
  gfortran,
  blas64 ? false,
  singleThreaded ? false,
  enableStatic ? false,
  dynamicArch ? stdenv.hostPlatform.isx86,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "openblas";
  version = "0.3.27";

  src = fetchFromGitHub {
    owner = "OpenMathLib";
    repo = "OpenBLAS";
    rev = "v${finalAttrs.version}";
    hash = "sha256-0UR6kfUTf12XT+DwaxpbnXHHi6nX+//nZ/IM8qF/7XE=";
  };

  outputs = [
    "out"
    "dev"
  ];

  nativeBuildInputs = [
    perl
    gfortran
  ];

  makeFlags = [
    "BINARY=64"
    "USE_OPENMP=0"
    "NO_STATIC=${if enableStatic then "0" else "1"}"
    "USE_THREAD=${if singleThreaded then "0" else "1"}"
    "DYNAMIC_ARCH=${if dynamicArch then "1" else "0"}"
    "INTERFACE64=${if blas64 then "1" else "0"}"
  ];

  passthru = {
    inherit blas64;
  };

  meta = {
    description = "Basic Linear Algebra Subprograms";
    homepage = "https://github.com/OpenMathLib/OpenBLAS";
    license = lib.licenses.bsd3;
    platforms = lib.platforms.unix;
  };
})
