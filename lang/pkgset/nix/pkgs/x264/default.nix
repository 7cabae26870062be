{
  lib,
  stdenv,
  fetchurl,
  nasm,
  enableShared ? true,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "x264";
  version = "0-unstable-2023-10-01";

  src = fetchurl {
    url = "https://code.videolan.org/videolan/x264/-/archive/31e19f92/x264-31e19f92.tar.bz2";
    hash = "sha256-ACoMa+62Y/SQhjMJyBggWCPmecJT1QsFWYT8jdPLD8c=";
  };

  outputs = [
    "out"
    "lib"
    "dev"
  ];

  nativeBuildInputs = [ nasm ];

  configureFlags = lib.optional enableShared "--enable-shared" ++ [ "--enable-pic" ];

  meta = {
    description = "Library for encoding H264/AVC video streams";
    homepage = "https://www.videolan.org/developers/x264.html";
    license = lib.licenses.gpl2Plus;
    mainProgram = "x264";
    platforms = lib.platforms.unix;
  };
})
