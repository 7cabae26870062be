{
  lib,
  stdenv,
  fetchurl,
  zlib,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "file";
  version = "5.45";

  src = fetchurl {
    urls = [
      "https://astron.com/pub/file/file-${finalAttrs.version}.tar.gz"
      "https://distfiles.macports.org/file/file-${finalAttrs.version}.tar.gz"
    ];
    hash = "sha256-Kcaa73x7e9LNVJ4BD8B6yxxPUzBSK0eabJ4fDyI7xQI=";
  };

  outputs = [
    "out"
    "dev"
    "man"
  ];

  buildInputs = [ zlib ];

  meta = {
    description = "Program that shows the type of files";
    homepage = "https://darwinsys.com/file";
    license = lib.licenses.bsd2;
    mainProgram = "file";
    platforms = lib.platforms.all;
  };
})
