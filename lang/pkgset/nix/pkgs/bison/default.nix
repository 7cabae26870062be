{
  lib,
  stdenv,
  fetchurl,
  gnum4,
  perl,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "bison";
  version = "3.8.2";

  src = fetchurl {
    url = "mirror://gnu/bison/bison-${finalAttrs.version}.tar.gz";
    hash = "sha256-MuDrIXyCF6bV8VjyicSBhPQCVQwSxdy0DXRN4Kw+KkU=";
  };

  nativeBuildInputs = [
    gnum4
    perl
  ];
  propagatedBuildInputs = [ gnum4 ];

  meta = {
    description = "Yacc-compatible parser generator";
    homepage = "https://www.gnu.org/software/bison/";
    license = lib.licenses.gpl3Plus;
    mainProgram = "bison";
    platforms = lib.platforms.unix;
  };
})
