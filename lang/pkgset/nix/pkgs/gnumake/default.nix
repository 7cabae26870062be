{
  lib,
  stdenv,
  fetchurl,
  guileSupport ? false,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "gnumake";
  version = "4.4.1";

  src = fetchurl {
    url = "mirror://gnu/make/make-${finalAttrs.version}.tar.gz";
    hash = "sha256-PmSWvJ6x/LFIo7Wk7F4zTpfxq5AOMpexS/x+gIk38bc=";
  };

  configureFlags = [ (lib.withFeature guileSupport "guile") ];

  outputs = [
    "out"
    "man"
    "info"
  ];

  meta = {
    description = "Tool to control the generation of non-source files from sources";
    homepage = "https://www.gnu.org/software/make/";
    license = lib.licenses.gpl3Plus;
    mainProgram = "make";
    platforms = lib.platforms.all;
  };
})
