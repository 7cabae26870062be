{
  lib,
  stdenv,
  fetchurl,
  python3,
  pkg-config,
  openssl,
  zlib,
  libuv,
  icu,
  brotli,
  enableNpm ? true,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "nodejs";
  version = "20.12.2";

  src = fetchurl {
    url = "https://nodejs.org/dist/v${finalAttrs.version}/node-v${finalAttrs.version}.tar.xz";
    hash = "sha256-7nIaGGAMYt6eLQ5i78ft1jdcZwGHyiTMmaNxgYaYOh0=";
  };

  nativeBuildInputs = [
    python3
    pkg-config
  ];

  buildInputs = [
    openssl
    zlib
    libuv
    icu
    brotli
  ];

  configureFlags =
    [
      "--shared-openssl"
      "--shared-zlib"
      "--shared-libuv"
      "--shared-brotli"
      "--with-intl=system-icu"
    ]
    ++ lib.optional (!enableNpm) "--without-npm";

  passthru = {
    inherit python3;
    majorVersion = lib.versions.major finalAttrs.version;
  };

  meta = {
    description = "Event-driven I/O framework for the V8 JavaScript engine";
    homepage = "https://nodejs.org";
    license = lib.licenses.mit;
    mainProgram = "node";
    platforms = lib.platforms.linux ++ lib.platforms.darwin;
  };
})
