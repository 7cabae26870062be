{
  lib,
  stdenv,
  fetchurl,
  autoreconfHook,
  oniguruma,
  onigurumaSupport ? true,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "jq";
  version = "1.7.1";

  src = fetchurl {
    url = "https://github.com/jqlang/jq/releases/download/jq-${finalAttrs.version}/jq-${finalAttrs.version}.tar.gz";
    hash = "sha256-ofOb5jLGzmbf8iGIh6iGJtVv2jWHxHhlk75qvn1i5N8=";
  };

  outputs = [
    "bin"
    "doc"
    "man"
    "dev"
    "lib"
    "out"
  ];

  nativeBuildInputs = [ autoreconfHook ];
  buildInputs = lib.optional onigurumaSupport oniguruma;

  configureFlags = [
    "--bindir=\${bin}/bin"
    "--sbindir=\${bin}/bin"
    (lib.withFeature onigurumaSupport "oniguruma")
  ];

  doInstallCheck = true;

  meta = {
    description = "Lightweight and flexible command-line JSON processor";
    homepage = "https://jqlang.github.io/jq/";
    license = lib.licenses.mit;
    mainProgram = "jq";
    platforms = lib.platforms.unix;
  };
})
