{
  lib,
  stdenv,
  fetchurl,
  pkg-config,
  zlib,
  xz,
  icu,
  icuSupport ? false,
  pythonSupport ? false,
  python3,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "libxml2";
  version = "2.12.6";

  src = fetchurl {
    url = "mirror://gnome/sources/libxml2/${lib.versions.majorMinor finalAttrs.version}/libxml2-${finalAttrs.version}.tar.xz";
    hash = "sha256-51JSAQwWLXSdaCY7eTR62HNY+S4sH9UlU79F+92gP08=";
  };

  outputs = [
    "bin"
    "dev"
    "out"
    "doc"
  ];

  nativeBuildInputs = [ pkg-config ];

  buildInputs = lib.optional pythonSupport python3;

  propagatedBuildInputs = [
    zlib
    xz
  ] ++ lib.optional icuSupport icu;

  configureFlags = [
    "--exec-prefix=${placeholder "dev"}"
    (lib.withFeature icuSupport "icu")
    (lib.withFeature pythonSupport "python")
  ];

  meta = {
    description = "XML parsing library for C";
    homepage = "https://gitlab.gnome.org/GNOME/libxml2";
    license = lib.licenses.mit;
    mainProgram = "xmllint";
    platforms = lib.platforms.all;
  };
})
