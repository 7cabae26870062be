{
  lib,
  stdenv,
  fetchurl,
  perl,
  xz,
  gmp,
  withPrefix ? false,
  singleBinary ? "symlinks",
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "coreutils";
  version = "9.5";

  src = fetchurl {
    url = "mirror://gnu/coreutils/coreutils-${finalAttrs.version}.tar.xz";
    hash = "sha256-gUK2MGWyOXcF10IvP6HjkQyyKqBNnALlJNu/lvBhz6Y=";
  };

  outputs = [
    "out"
    "info"
  ];

  nativeBuildInputs = [
    perl
    xz
  ];
  buildInputs = [ gmp ];

  configureFlags =
    [ "--with-packager=https://nixos.org" ]
    ++ lib.optional (singleBinary != false) "--enable-single-binary=${singleBinary}"
    ++ lib.optional withPrefix "--program-prefix=g";

  meta = {
    description = "Basic file, shell and text manipulation utilities of the GNU operating system";
    homepage = "https://www.gnu.org/software/coreutils/";
    license = lib.licenses.gpl3Plus;
    platforms = lib.platforms.unix;
  };
})
