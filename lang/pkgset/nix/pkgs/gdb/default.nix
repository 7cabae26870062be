{
  lib,
  stdenv,
  fetchurl,
  pkg-config,
  texinfo ? null,
  python3,
  readline,
  ncurses,
  gmp,
  mpfr,
  expat,
  zlib,
  xz,
  pythonSupport ? true,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "gdb";
  version = "14.2";

  src = fetchurl {
    url = "mirror://gnu/gdb/gdb-${finalAttrs.version}.tar.xz";
    hash = "sha256-/4OQsSfBoD1k87CDgyaTgMaXJXSmoaUp0jE+RCL6RUs=";
  };

  nativeBuildInputs = [ pkg-config ] ++ lib.optional (texinfo != null) texinfo;

  buildInputs = [
    readline
    ncurses
    gmp
    mpfr
    expat
    zlib
    xz
  ] ++ lib.optional pythonSupport python3;

  configureFlags = [
    "--with-system-readline"
    "--with-system-zlib"
    "--with-expat"
    "--with-gmp=${gmp.dev}"
    "--with-mpfr=${mpfr.dev}"
    (if pythonSupport then "--with-python=${python3.interpreter}" else "--without-python")
  ];

  meta = {
    description = "GNU Project debugger";
    homepage = "https://www.gnu.org/software/gdb/";
    license = lib.licenses.gpl3Plus;
    mainProgram = "gdb";
    platforms = lib.platforms.linux;
  };
})
