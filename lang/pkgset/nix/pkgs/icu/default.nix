{
  lib,
  stdenv,
  fetchurl,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "icu4c";
  version = "74.2";

  src = fetchurl {
    url = "https://github.com/unicode-org/icu/releases/download/release-${
      lib.replaceStrings [ "." ] [ "-" ] finalAttrs.version
    }/icu4c-${lib.replaceStrings [ "." ] [ "_" ] finalAttrs.version}-src.tgz";
    hash = "sha256-zxIwF3e1otYoGNSPpaJRRFlRA6nU+Q7bOGCTmgu1kvk=";
  };

  outputs = [
    "out"
    "dev"
  ];

  sourceRoot = "icu/source";

  configureFlags = [ "--disable-debug" ];

  meta = {
    description = "Unicode and globalization support library";
    homepage = "https://icu.unicode.org/";
    license = lib.licenses.icu;
    platforms = lib.platforms.all;
  };
})
