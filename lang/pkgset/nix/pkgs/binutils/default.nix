{
  lib,
  stdenv,
  fetchurl,
  zlib,
  bison,
  enableGold ? true,
  enableShared ? true,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "binutils";
  version = "2.41";

  src = fetchurl {
    url = "mirror://gnu/binutils/binutils-${finalAttrs.version}.tar.bz2";
    hash = "sha256-Oz0RIkrcI8tOVo9ISGzrwrKhN4RQq5S/hyRApeH/ZnY=";
  };

  outputs = [
    "out"
    "lib"
    "dev"
    "man"
    "info"
  ];

  nativeBuildInputs = [ bison ];
  buildInputs = [ zlib ];

  configureFlags = [
    "--enable-deterministic-archives"
    "--with-system-zlib"
    (lib.enableFeature enableGold "gold")
    (lib.enableFeature enableShared "shared")
  ];

  meta = {
    description = "Tools for manipulating binaries (linker, assembler, etc.)";
    homepage = "https://www.gnu.org/software/binutils/";
    license = lib.licenses.gpl3Plus;
    platforms = lib.platforms.unix;
  };
})
