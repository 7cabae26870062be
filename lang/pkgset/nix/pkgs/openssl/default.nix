{
  lib,
  stdenv,
  fetchurl,
  perl,
  zlib,
  static ? false,
  enableKTLS ? stdenv.hostPlatform.isLinux,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "openssl";
  version = "3.0.13";

  src = fetchurl {
    url = "https://www.openssl.org/source/openssl-${finalAttrs.version}.tar.gz";
    hash = "sha256-01OjfLM6cYTQ//ggKtLiVPcVOAKnHLFEx2GaFCyzxG4=";
  };

  outputs = [
    "bin"
    "dev"
    "out"
    "man"
    "doc"
  ];

  nativeBuildInputs = [ perl ];
  buildInputs = [ zlib ];

  configureScript = "./Configure";
  configureFlags =
    [
      "shared"
      "--libdir=lib"
      "--openssldir=etc/ssl"
    ]
    ++ lib.optional static "no-shared"
    ++ lib.optional enableKTLS "enable-ktls";

  meta = {
    description = "Cryptographic library that implements the SSL and TLS protocols";
    homepage = "https://www.openssl.org/";
    license = lib.licenses.asl20;
    mainProgram = "openssl";
    platforms = lib.platforms.all;
  };
})
