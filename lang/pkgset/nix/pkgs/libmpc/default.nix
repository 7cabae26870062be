{
  lib,
  stdenv,
  fetchurl,
  gmp,
  mpfr,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "libmpc";
  version = "1.3.1";

  src = fetchurl {
    url = "mirror://gnu/mpc/mpc-${finalAttrs.version}.tar.gz";
    hash = "sha256-3OhLorDWtzIZ58Fy19N9ALCq+/oztGMmCTIb7cqcHCA=";
  };

  buildInputs = [
    gmp
    mpfr
  ];

  doCheck = true;

  meta = {
    description = "Library for multiprecision complex arithmetic with exact rounding";
    homepage = "https://www.multiprecision.org/mpc/";
    license = lib.licenses.lgpl3Plus;
    platforms = lib.platforms.all;
  };
})
