{
  lib,
  stdenv,
  fetchurl,
  curl,
  openssl,
  zlib,
  expat,
  pcre2,
  gettext,
  perl,
  python3,
  pkg-config,
  perlSupport ? true,
  pythonSupport ? true,
  withManual ? false,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "git";
  version = "2.44.0";

  src = fetchurl {
    url = "https://www.kernel.org/pub/software/scm/git/git-${finalAttrs.version}.tar.xz";
    hash = "sha256-lOvaU5aHhqhKXj77L6z56e4xfH27/bpZmy8xrZdef/k=";
  };

  outputs = [ "out" ] ++ lib.optional withManual "doc";

  nativeBuildInputs = [
    gettext
    perl
    pkg-config
  ];

  buildInputs =
    [
      curl
      openssl
      zlib
      expat
      pcre2
    ]
    ++ lib.optional perlSupport perl
    ++ lib.optional pythonSupport python3;

  makeFlags =
    [
      "prefix=\${out}"
      "USE_LIBPCRE2=1"
    ]
    ++ lib.optional (!perlSupport) "NO_PERL=1"
    ++ lib.optional (!pythonSupport) "NO_PYTHON=1";

  passthru = {
    inherit perlSupport pythonSupport;
  };

  meta = {
    description = "Distributed version control system";
    homepage = "https://git-scm.com/";
    license = lib.licenses.gpl2Only;
    mainProgram = "git";
    platforms = lib.platforms.all;
  };
})
