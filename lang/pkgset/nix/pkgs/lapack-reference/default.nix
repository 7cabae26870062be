{
  lib,
  stdenv,
  fetchFromGitHub,
  gfortran,
  cmake,
  shared ? true,
  blas64 ? false,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "liblapack";
  version = "3.12.0";

  src = fetchFromGitHub {
    owner = "Reference-LAPACK";
    repo = "lapack";
    rev = "v${finalAttrs.version}";
    hash = "sha256-2ko6EZuSBUmu6wUIPLRcL9pcj/dxOLavQ1umRYbzdT8=";
  };

  nativeBuildInputs = [
    gfortran
    cmake
  ];

  cmakeFlags = [
    (lib.cmakeBool "BUILD_SHARED_LIBS" shared)
    (lib.cmakeBool "CBLAS" true)
    (lib.cmakeBool "LAPACKE" true)
    (lib.cmakeBool "BUILD_INDEX64" blas64)
  ];

  passthru = {
    inherit blas64;
  };

  meta = {
    description = "Linear Algebra PACKage, the reference implementation";
    homepage = "http://www.netlib.org/lapack/";
    license = lib.licenses.bsd3;
    platforms = lib.platforms.all;
  };
})
