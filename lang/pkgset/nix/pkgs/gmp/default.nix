{
  lib,
  stdenv,
  fetchurl,
  gnum4,
  cxx ? true,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "gmp";
  version = "6.3.0";

  src = fetchurl {
    url = "mirror://gnu/gmp/gmp-${finalAttrs.version}.tar.bz2";
    hash = "sha256-cJokWdY0qwfW1yS+uq7D6CEAzMT/jlnXIxEZEcHN2IE=";
  };

  outputs = [
    "out"
    "dev"
    "info"
  ];

  nativeBuildInputs = [ gnum4 ];

  configureFlags = [
    "--with-pic"
    (lib.enableFeature cxx "cxx")
    "--enable-fat"
  ];

  meta = {
    description = "GNU multiple precision arithmetic library";
    homepage = "https://gmplib.org/";
    license = with lib.licenses; [
      lgpl3Plus
      gpl2Plus
    ];
    platforms = lib.platforms.all;
  };
})
