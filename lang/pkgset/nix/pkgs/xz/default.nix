{
  lib,
  stdenv,
  fetchurl,
  enableStatic ? false,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "xz";
  version = "5.4.6";

  src = fetchurl {
    url = "https://github.com/tukaani-project/xz/releases/download/v${finalAttrs.version}/xz-${finalAttrs.version}.tar.bz2";
    hash = "sha256-wZJ7E0efo4oqtq+dvIdBgx84RjUYZOe+qE5srTspohQ=";
  };

  outputs = [
    "bin"
    "dev"
    "out"
    "man"
    "doc"
  ];

  configureFlags = lib.optional enableStatic "--disable-shared";

  doCheck = true;

  meta = {
    description = "General-purpose data compression software, successor of LZMA";
    homepage = "https://tukaani.org/xz/";
    license = with lib.licenses; [
      gpl2Plus
      lgpl21Plus
    ];
    mainProgram = "xz";
    platforms = lib.platforms.all;
  };
})
