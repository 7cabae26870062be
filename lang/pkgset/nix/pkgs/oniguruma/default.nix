{
  lib,
  stdenv,
  fetchFromGitHub,
  autoreconfHook,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "oniguruma";
  version = "6.9.9";

  src = fetchFromGitHub {
    owner = "kkos";
    repo = "oniguruma";
    rev = "v${finalAttrs.version}";
    hash = "sha256-Mtouofce1oXfdqz2Uxq/WxJ5jPGH5XiHGDAbSf9Perc=";
  };

  nativeBuildInputs = [ autoreconfHook ];

  configureFlags = [ "--enable-posix-api=yes" ];

  outputs = [
    "dev"
    "lib"
    "out"
  ];

  meta = {
    description = "Regular expressions library";
    homepage = "https://github.com/kkos/oniguruma";
    license = lib.licenses.bsd2;
    platforms = lib.platforms.unix;
  };
})
