{
  lib,
  stdenv,
  fetchFromGitHub,
  cmake,
  staticOnly ? false,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "brotli";
  version = "1.1.0";

  src = fetchFromGitHub {
    owner = "google";
    repo = "brotli";
    rev = "v${finalAttrs.version}";
    hash = "sha256-FxXaE/DYGbtiSCyMYHMiNW2mBKyWVYuMVCQIwK1CFwA=";
  };

  nativeBuildInputs = [ cmake ];

  cmakeFlags = lib.optional staticOnly (lib.cmakeBool "BUILD_SHARED_LIBS" false);

  outputs = [
    "out"
    "dev"
    "lib"
  ];

  meta = {
    description = "Generic-purpose lossless compression algorithm and tool";
    homepage = "https://github.com/google/brotli";
    license = lib.licenses.mit;
    mainProgram = "brotli";
    platforms = lib.platforms.all;
  };
})
