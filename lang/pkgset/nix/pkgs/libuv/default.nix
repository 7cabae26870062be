{
  lib,
  stdenv,
  fetchFromGitHub,
  autoreconfHook,
  pkg-config,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "libuv";
  version = "1.48.0";

  src = fetchFromGitHub {
    owner = "libuv";
    repo = "libuv";
    rev = "v${finalAttrs.version}";
    hash = "sha256-Le0XNr8wsSo90ig0f5RMvFu8X/6jjgUWwjMXi4/nqWc=";
  };

  outputs = [
    "out"
    "dev"
  ];

  nativeBuildInputs = [
    autoreconfHook
    pkg-config
  ];

  doCheck = true;

  meta = {
    description = "Multi-platform support library with a focus on asynchronous I/O";
    homepage = "https://libuv.org/";
    license = with lib.licenses; [
      mit
      isc
    ];
    platforms = lib.platforms.all;
  };
})
