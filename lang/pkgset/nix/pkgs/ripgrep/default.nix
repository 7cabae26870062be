{
  lib,
  rustPlatform,
  fetchFromGitHub,
  pkg-config,
  pcre2,
  withPCRE2 ? true,
}:

rustPlatform.buildRustPackage rec {
  pname = "ripgrep";
  version = "14.1.0";

  src = fetchFromGitHub {
    owner = "BurntSushi";
    repo = "ripgrep";
    rev = version;
    hash = "sha256-kr9ueKSsvWpFavC2uSkXctCQSIQm0NNBE5hkHkkzwR8=";
  };

  cargoHash = "sha256-zTKkA3h5EnKKqBb4WyQGdS9cmX3jBIz9gG82bx+nRks=";

  nativeBuildInputs = lib.optional withPCRE2 pkg-config;
  buildInputs = lib.optional withPCRE2 pcre2;

  buildFeatures = lib.optional withPCRE2 "pcre2";

  meta = {
    description = "Utility that combines the usability of The Silver Searcher with the raw speed of grep";
    homepage = "https://github.com/BurntSushi/ripgrep";
    license = with lib.licenses; [
      unlicense
      mit
    ];
    mainProgram = "rg";
    platforms = lib.platforms.all;
  };
}
