{
  lib,
  stdenv,
  fetchFromGitHub,
  python3,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "ninja";
  version = "1.11.1";

  src = fetchFromGitHub {
    owner = "ninja-build";
    repo = "ninja";
    rev = "v${finalAttrs.version}";
    hash = "sha256-yOZvbxRIW9Rw7yEu7hMA4eXHqfGS6PriiNOkUKAirI0=";
  };

  nativeBuildInputs = [ python3 ];

  setupHook = "ninja-setup-hook.sh";

  meta = {
    description = "Small build system with a focus on speed";
    homepage = "https://ninja-build.org/";
    license = lib.licenses.asl20;
    mainProgram = "ninja";
    platforms = lib.platforms.unix;
  };
})
