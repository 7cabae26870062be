{
  lib,
  stdenv,
  fetchurl,
  perl,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "nasm";
  version = "2.16.03";

  src = fetchurl {
    url = "https://www.nasm.us/pub/nasm/releasebuilds/${finalAttrs.version}/nasm-${finalAttrs.version}.tar.xz";
    hash = "sha256-/QPBwWrhj6Es02WHwILMlJgkjeZjLcYYo0vT5JfVT/Q=";
  };

  nativeBuildInputs = [ perl ];

  meta = {
    description = "80x86 and x86-64 assembler designed for portability and modularity";
    homepage = "https://www.nasm.us/";
    license = lib.licenses.bsd2;
    mainProgram = "nasm";
    platforms = lib.platforms.unix;
  };
})
