{
  lib,
  stdenv,
  fetchurl,
  pkg-config,
  openssl,
  enableApp ? false,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "nghttp2";
  version = "1.61.0";

  src = fetchurl {
    url = "https://github.com/nghttp2/nghttp2/releases/download/v${finalAttrs.version}/nghttp2-${finalAttrs.version}.tar.bz2";
    hash = "sha256-OwBSKDh9nKFyzZDO+tMtt2jzi8XRL5Najcni+O+HAwc=";
  };

  outputs = [
    "out"
    "dev"
    "lib"
  ];

  nativeBuildInputs = [ pkg-config ];
  buildInputs = lib.optional enableApp openssl;

  configureFlags = [ (lib.enableFeature enableApp "app") ];

  meta = {
    description = "HTTP/2 C library and tools";
    homepage = "https://nghttp2.org/";
    license = lib.licenses.mit;
    platforms = lib.platforms.all;
  };
})
