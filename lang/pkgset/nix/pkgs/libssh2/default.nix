{
  lib,
  stdenv,
  fetchurl,
  openssl,
  zlib,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "libssh2";
  version = "1.11.0";

  src = fetchurl {
    url = "https://www.libssh2.org/download/libssh2-${finalAttrs.version}.tar.gz";
    hash = "sha256-LbyckZpd/QlIgeMkgziyTu9NcV5gBxopsGhJZPRBrF8=";
  };

  outputs = [
    "out"
    "dev"
  ];

  propagatedBuildInputs = [ openssl ];
  buildInputs = [ zlib ];

  meta = {
    description = "Client-side C library implementing the SSH2 protocol";
    homepage = "https://www.libssh2.org";
    license = lib.licenses.bsd3;
    platforms = lib.platforms.all;
  };
})
