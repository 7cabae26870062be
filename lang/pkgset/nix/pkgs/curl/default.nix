{
  lib,
  stdenv,
  fetchurl,
  pkg-config,
  perl,
  zlib,
  openssl,
  brotli,
  zstd,
  nghttp2,
  libssh2,
  http2Support ? true,
  brotliSupport ? true,
  zstdSupport ? true,
  scpSupport ? true,
  opensslSupport ? true,
}:

assert http2Support -> nghttp2 != null;

stdenv.mkDerivation (finalAttrs: {
  pname = "curl";
  version = "8.7.1";

  src = fetchurl {
    url = "https://curl.se/download/curl-${finalAttrs.version}.tar.xz";
    hash = "sha256-PxCgf2ywD7oqL1XPTQhFeH5iEcd6Blc/m+IjMasFTMo=";
  };

  outputs = [
    "bin"
    "dev"
    "out"
    "man"
  ];

  nativeBuildInputs = [
    pkg-config
    perl
  ];

  propagatedBuildInputs =
    [ zlib ]
    ++ lib.optional http2Support nghttp2
    ++ lib.optional opensslSupport openssl
    ++ lib.optional brotliSupport brotli
    ++ lib.optional zstdSupport zstd
    ++ lib.optional scpSupport libssh2;

  configureFlags = [
    (lib.withFeature opensslSupport "openssl")
    (lib.withFeature http2Support "nghttp2")
    (lib.withFeature brotliSupport "brotli")
    (lib.withFeature zstdSupport "zstd")
    (lib.withFeature scpSupport "libssh2")
    "--with-ca-fallback"
  ];

  passthru = {
    inherit openssl;
  };

  meta = {
    description = "Command line tool for transferring files with URL syntax";
    homepage = "https://curl.se/";
    license = lib.licenses.curl;
    mainProgram = "curl";
    platforms = lib.platforms.all;
  };
})
