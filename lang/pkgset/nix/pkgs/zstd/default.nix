{
  lib,
  stdenv,
  fetchFromGitHub,
  cmake,
  zlib,
  xz,
  enableStatic ? false,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "zstd";
  version = "1.5.6";

  src = fetchFromGitHub {
    owner = "facebook";
    repo = "zstd";
    rev = "v${finalAttrs.version}";
    hash = "sha256-bajgJJOEPm55v97snte+5zepuQ6ZwSIvJY1F0oobJO8=";
  };

  nativeBuildInputs = [ cmake ];
  buildInputs = [
    zlib
    xz
  ];

  cmakeDir = "../build/cmake";
  cmakeFlags = [
    (lib.cmakeBool "ZSTD_BUILD_SHARED" (!enableStatic))
    (lib.cmakeBool "ZSTD_BUILD_STATIC" enableStatic)
    (lib.cmakeBool "ZSTD_LEGACY_SUPPORT" false)
  ];

  outputs = [
    "bin"
    "dev"
    "man"
    "out"
  ];

  meta = {
    description = "Zstandard real-time compression algorithm";
    homepage = "https://facebook.github.io/zstd/";
    license = with lib.licenses; [
      bsd3
      gpl2Only
    ];
    mainProgram = "zstd";
    platforms = lib.platforms.all;
  };
})
