{
  lib,
  stdenv,
  fetchFromGitHub,
  perl,
  nasm,
  vp8Support ? true,
  vp9Support ? true,
  examplesSupport ? false,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "libvpx";
  version = "1.14.0";

  src = fetchFromGitHub {
    owner = "webmproject";
    repo = "libvpx";
    rev = "v${finalAttrs.version}";
    hash = "sha256-qbmiJxoZZFojxXEcTon7EKD74GM4dvlOETgH3IVbLx4=";
  };

  outputs = [
    "out"
    "dev"
  ] ++ lib.optional examplesSupport "bin";

  nativeBuildInputs = [
    perl
    nasm
  ];

  configureFlags = [
    (lib.enableFeature vp8Support "vp8")
    (lib.enableFeature vp9Support "vp9")
    (lib.enableFeature examplesSupport "examples")
    "--enable-shared"
    "--enable-pic"
  ];

  meta = {
    description = "WebM VP8/VP9 codec SDK";
    homepage = "https://www.webmproject.org/";
    license = lib.licenses.bsd3;
    platforms = lib.platforms.all;
  };
})
