{
  lib,
  stdenv,
  fetchurl,
  doCheck ? true,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "libffi";
  version = "3.4.6";

  src = fetchurl {
    url = "https://github.com/libffi/libffi/releases/download/v${finalAttrs.version}/libffi-${finalAttrs.version}.tar.gz";
    hash = "sha256-UsvJqG+nxrajeGOOHp1/FCXB7q9XnLurfIarBfQeJYc=";
  };

  outputs = [
    "out"
    "dev"
    "man"
    "info"
  ];

  configureFlags = [
    "--with-gcc-arch=generic"
    "--enable-pax_emutramp"
  ];

  inherit doCheck;

  meta = {
    description = "Foreign function call interface library";
    homepage = "http://sourceware.org/libffi/";
    license = lib.licenses.mit;
    platforms = lib.platforms.all;
  };
})
