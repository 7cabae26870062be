{
  lib,
  stdenv,
  fetchurl,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "expat";
  version = "2.6.2";

  src = fetchurl {
    url = "https://github.com/libexpat/libexpat/releases/download/R_${
      lib.replaceStrings [ "." ] [ "_" ] finalAttrs.version
    }/expat-${finalAttrs.version}.tar.xz";
    hash = "sha256-AmueshmPXkLRQb4mCghT5EyJubjOPrwwBFabZw4iybE=";
  };

  outputs = [
    "out"
    "dev"
  ];

  configureFlags = [ "--without-docbook" ];

  meta = {
    description = "Stream-oriented C library for parsing XML";
    homepage = "https://libexpat.github.io/";
    license = lib.licenses.mit;
    platforms = lib.platforms.all;
  };
})
