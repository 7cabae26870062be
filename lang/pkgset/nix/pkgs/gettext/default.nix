{
  lib,
  stdenv,
  fetchurl,
  libxml2,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "gettext";
  version = "0.21.1";

  src = fetchurl {
    url = "mirror://gnu/gettext/gettext-${finalAttrs.version}.tar.gz";
    hash = "sha256-uBZJN6tD8UReAFgAMNyxEAvp3TVtpE8B5DViGowh0tA=";
  };

  outputs = [
    "out"
    "man"
    "doc"
    "info"
  ];

  buildInputs = [ libxml2 ];

  configureFlags = [
    "--disable-csharp"
    "--with-xz"
  ];

  meta = {
    description = "Well integrated set of translation tools and documentation";
    homepage = "https://www.gnu.org/software/gettext/";
    license = lib.licenses.gpl2Plus;
    platforms = lib.platforms.all;
  };
})
