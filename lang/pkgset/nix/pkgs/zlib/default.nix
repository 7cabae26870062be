{
  lib,
  stdenv,
  fetchurl,
  shared ? true,
  static ? true,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "zlib";
  version = "1.3.1";

  src = fetchurl {
    urls = [
      "https://www.zlib.net/fossils/zlib-${finalAttrs.version}.tar.gz"
      "https://github.com/madler/zlib/releases/download/v${finalAttrs.version}/zlib-${finalAttrs.version}.tar.gz"
    ];
    hash = "sha256-7aOa7eCDe+boZuNECmby3uYPyxMTg6NC731y3+B6MdY=";
  };

  outputs = [
    "out"
    "dev"
  ] ++ lib.optional static "static";

  configureFlags = lib.optional (!shared) "--static";

  meta = {
    description = "Lossless data-compression library";
    homepage = "https://zlib.net";
    license = lib.licenses.zlib;
    platforms = lib.platforms.all;
  };
})
