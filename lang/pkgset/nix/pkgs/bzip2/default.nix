{
  lib,
  stdenv,
  fetchurl,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "bzip2";
  version = "1.0.8";

  src = fetchurl {
    url = "https://sourceware.org/pub/bzip2/bzip2-${finalAttrs.version}.tar.gz";
    hash = "sha256-aIV2IUtPOAkmWIECxBUcVq9kyI3AjpFDcsQtN97KprI=";
  };

  outputs = [
    "bin"
    "dev"
    "out"
    "man"
  ];

  makeFlags = [ "PREFIX=$(out)" ];

  meta = {
    description = "High-quality data compression program";
    homepage = "https://sourceware.org/bzip2";
    license = lib.licenses.bzip2;
    mainProgram = "bzip2";
    platforms = lib.platforms.all;
  };
})
