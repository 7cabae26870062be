# GNU Bash. `bash` is the non-interactive build used by builders;
# `bashInteractive` is this file with interactive = true (readline).
{
  lib,
  stdenv,
  fetchurl,
  bison,
  readline,
  interactive ? false,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "bash${lib.optionalString interactive "-interactive"}";
  version = "5.2p26";

  src = fetchurl {
    url = "mirror://gnu/bash/bash-${lib.removeSuffix "p26" finalAttrs.version}.tar.gz";
    hash = "sha256-L6vcJ+TPZJx4lKlBx2FQfDHzOPB0X9gip5xp5VjMO/s=";
  };

  outputs = [
    "out"
    "dev"
    "man"
    "doc"
    "info"
  ];

  nativeBuildInputs = [ bison ];
  buildInputs = lib.optional interactive readline;

  configureFlags = [
    (if interactive then "--with-installed-readline" else "--disable-readline")
  ];

  passthru = {
    shellPath = "/bin/bash";
  };

  meta = {
    description = "GNU Bourne-Again Shell, the de facto standard shell on Linux";
    homepage = "https://www.gnu.org/software/bash/";
    license = lib.licenses.gpl3Plus;
    mainProgram = "bash";
    platforms = lib.platforms.all;
  };
})
