{
  lib,
  stdenv,
  fetchFromGitHub,
  cmake,
  openssl,
  zlib,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "capnproto";
  version = "1.0.2";

  src = fetchFromGitHub {
    owner = "capnproto";
    repo = "capnproto";
    rev = "v${finalAttrs.version}";
    hash = "sha256-NRoJRT3S1HiylhHV6+LwnmDPuTOvYXDtnxYopEUWXG8=";
  };

  nativeBuildInputs = [ cmake ];
  propagatedBuildInputs = [
    openssl
    zlib
  ];

  cmakeFlags = [ (lib.cmakeBool "BUILD_SHARED_LIBS" true) ];

  meta = {
    description = "Cap'n Proto cerealization protocol";
    homepage = "https://capnproto.org/";
    license = lib.licenses.mit;
    platforms = lib.platforms.all;
  };
})
