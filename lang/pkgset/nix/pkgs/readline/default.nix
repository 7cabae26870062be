{
  lib,
  stdenv,
  fetchurl,
  ncurses,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "readline";
  version = "8.2p10";

  src = fetchurl {
    url = "mirror://gnu/readline/readline-${lib.versions.majorMinor finalAttrs.version}.tar.gz";
    hash = "sha256-f95SW+KLv6/0BDJm7T4TwQ5Zn4SGmoGS6b3ZDywSc/M=";
  };

  outputs = [
    "out"
    "dev"
    "man"
    "doc"
    "info"
  ];

  propagatedBuildInputs = [ ncurses ];

  meta = {
    description = "Library for interactive line editing";
    homepage = "https://savannah.gnu.org/projects/readline/";
    license = lib.licenses.gpl3Plus;
    platforms = lib.platforms.unix;
  };
})
