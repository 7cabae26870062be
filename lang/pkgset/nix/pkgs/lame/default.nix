{
  lib,
  stdenv,
  fetchurl,
  nasm,
  ncurses,
  frontendSupport ? true,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "lame";
  version = "3.100";

  src = fetchurl {
    url = "mirror://sourceforge/lame/lame-${finalAttrs.version}.tar.gz";
    hash = "sha256-Ilw3DRlroaP8oB6OOJ07n+usUjCxXx/mB0Uz4JyzKWM=";
  };

  outputs = [
    "out"
    "lib"
    "doc"
  ];

  nativeBuildInputs = [ nasm ];
  buildInputs = lib.optional frontendSupport ncurses;

  configureFlags = [
    "--enable-nasm"
    (lib.enableFeature frontendSupport "frontend")
  ];

  meta = {
    description = "High quality MPEG Audio Layer III (MP3) encoder";
    homepage = "http://lame.sourceforge.net";
    license = lib.licenses.lgpl2Plus;
    mainProgram = "lame";
    platforms = lib.platforms.all;
  };
})
