{
  lib,
  stdenv,
  fetchurl,
  pkg-config,
  nasm,
  perl,
  zlib,
  bzip2,
  xz,
  openssl,
  lame,
  x264,
  libvpx,
  withGPL ? true,
  withX264 ? withGPL,
  withVpx ? true,
  withMp3lame ? true,
  withOpenssl ? true,
  withDoc ? false,
}:

assert withX264 -> withGPL;

stdenv.mkDerivation (finalAttrs: {
  pname = "ffmpeg";
  version = "6.1.1";

  src = fetchurl {
    url = "https://ffmpeg.org/releases/ffmpeg-${finalAttrs.version}.tar.xz";
    hash = "sha256-JQ1bKdGCZ7jpaE59lEHMh81qRYMHNU4BL2h0fDAaGVw=";
  };

  outputs = [
    "bin"
    "dev"
    "out"
    "man"
  ] ++ lib.optional withDoc "doc";

  nativeBuildInputs = [
    pkg-config
    nasm
    perl
  ];

  buildInputs =
    [
      zlib
      bzip2
      xz
    ]
    ++ lib.optional withOpenssl openssl
    ++ lib.optional withMp3lame lame
    ++ lib.optional withX264 x264
    ++ lib.optional withVpx libvpx;

  configureFlags = [
    "--enable-shared"
    "--disable-static"
    (lib.enableFeature withGPL "gpl")
    (lib.enableFeature withX264 "libx264")
    (lib.enableFeature withVpx "libvpx")
    (lib.enableFeature withMp3lame "libmp3lame")
    (lib.enableFeature withOpenssl "openssl")
    (lib.enableFeature withDoc "doc")
  ];

  passthru = {
    inherit withGPL withX264 withVpx;
  };

  meta = {
    description = "Complete, cross-platform solution to record, convert and stream audio and video";
    homepage = "https://www.ffmpeg.org/";
    license = if withGPL then lib.licenses.gpl2Plus else lib.licenses.lgpl21Plus;
    mainProgram = "ffmpeg";
    platforms = lib.platforms.all;
  };
})
