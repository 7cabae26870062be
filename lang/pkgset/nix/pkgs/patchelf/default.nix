{
  lib,
  stdenv,
  fetchurl,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "patchelf";
  version = "0.15.0";

  src = fetchurl {
    url = "https://github.com/NixOS/patchelf/releases/download/${finalAttrs.version}/patchelf-${finalAttrs.version}.tar.bz2";
    hash = "sha256-2zCkGj09oyFlKiBfeYXCtLtA6/ukI/ZbHAGaxbcPy/A=";
  };

  doCheck = true;

  meta = {
    description = "Small utility to modify the dynamic linker and RPATH of ELF executables";
    homepage = "https://github.com/NixOS/patchelf";
    license = lib.licenses.gpl3Plus;
    mainProgram = "patchelf";
    platforms = lib.platforms.all;
  };
})
