{
  lib,
  stdenv,
  fetchurl,
  which,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "go";
  version = "1.22.3";

  src = fetchurl {
    url = "https://go.dev/dl/go${finalAttrs.version}.src.tar.gz";
    hash = "sha256-kbuDd3ZwIVqWSDTRbTOVaSalgMetgyQdldKxjxA18ds=";
  };

  nativeBuildInputs = [ which ];

  GOOS = if stdenv.hostPlatform.isDarwin then "darwin" else "linux";
  GOARCH =
    if stdenv.hostPlatform.isx86_64 then
      "amd64"
    else if stdenv.hostPlatform.isi686 then
      "386"
    else if stdenv.hostPlatform.isAarch64 then
      "arm64"
    else
      throw "go: unsupported system ${stdenv.hostPlatform.system}";
  CGO_ENABLED = 1;

  meta = {
    description = "Go Programming language";
    homepage = "https://go.dev/";
    license = lib.licenses.bsd3;
    mainProgram = "go";
    platforms = lib.platforms.linux ++ lib.platforms.darwin;
  };
})
