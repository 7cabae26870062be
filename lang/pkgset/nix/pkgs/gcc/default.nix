# The GNU Compiler Collection. `gfortran` is this package with
# langFortran = true; stdenv.cc is the plain C/C++ build.
{
  lib,
  stdenv,
  fetchurl,
  binutils,
  glibc,
  gmp,
  mpfr,
  libmpc,
  zlib,
  perl,
  langC ? true,
  langCC ? true,
  langFortran ? false,
  enableMultilib ? false,
  enableLTO ? true,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = if langFortran then "gfortran" else "gcc";
  version = "13.2.0";

  src = fetchurl {
    url = "mirror://gcc/releases/gcc-${finalAttrs.version}/gcc-${finalAttrs.version}.tar.xz";
    hash = "sha256-khx5ebO+n5H2moAZFzmgHhbiVKIYVDjhr1R6/j8DAVo=";
  };

  outputs = [
    "out"
    "man"
    "info"
    "lib"
  ];

  nativeBuildInputs = [
    perl
    binutils
  ];

  buildInputs = [
    gmp
    mpfr
    libmpc
    zlib
    glibc
  ];

  configureFlags = [
    "--enable-languages=${
      lib.concatStringsSep "," (
        lib.optional langC "c" ++ lib.optional langCC "c++" ++ lib.optional langFortran "fortran"
      )
    }"
    (lib.enableFeature enableMultilib "multilib")
    (lib.enableFeature enableLTO "lto")
    "--with-system-zlib"
  ];

  passthru = {
    isGNU = true;
    isClang = false;
    libc = glibc;
    inherit langC langCC langFortran enableMultilib;
  };

  meta = {
    description = "GNU Compiler Collection, version ${finalAttrs.version}";
    homepage = "https://gcc.gnu.org/";
    license = lib.licenses.gpl3Plus;
    mainProgram = "gcc";
    platforms = lib.platforms.unix;
  };
})
