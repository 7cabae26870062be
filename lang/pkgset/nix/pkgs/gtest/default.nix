{
  lib,
  stdenv,
  fetchFromGitHub,
  cmake,
  ninja,
  static ? false,
  cxx_standard ? null,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "gtest";
  version = "1.14.0";

  src = fetchFromGitHub {
    owner = "google";
    repo = "googletest";
    rev = "v${finalAttrs.version}";
    hash = "sha256-7P9aU0N1LhsbWWtA7lKQjNjw3X3m7+0kucSmUaebUf0=";
  };

  outputs = [
    "out"
    "dev"
  ];

  nativeBuildInputs = [
    cmake
    ninja
  ];

  cmakeFlags =
    [ (lib.cmakeBool "BUILD_SHARED_LIBS" (!static)) ]
    ++ lib.optional (cxx_standard != null) (lib.cmakeFeature "CMAKE_CXX_STANDARD" cxx_standard);

  meta = {
    description = "Google's framework for writing C++ tests";
    homepage = "https://github.com/google/googletest";
    license = lib.licenses.bsd3;
    platforms = lib.platforms.all;
  };
})
