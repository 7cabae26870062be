{
  lib,
  stdenv,
  fetchurl,
  gmp,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "mpfr";
  version = "4.2.1";

  src = fetchurl {
    url = "mirror://gnu/mpfr/mpfr-${finalAttrs.version}.tar.xz";
    hash = "sha256-lMV7L2/GS9eP2Lez+VUe9nKq/vMsPGDoycZ8NmiTWns=";
  };

  outputs = [
    "out"
    "dev"
    "doc"
    "info"
  ];

  propagatedBuildInputs = [ gmp ];

  meta = {
    description = "Library for multiple-precision floating-point arithmetic";
    homepage = "https://www.mpfr.org/";
    license = lib.licenses.lgpl3Plus;
    platforms = lib.platforms.all;
  };
})
