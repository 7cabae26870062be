{
  lib,
  stdenv,
  fetchurl,
  withJitSealloc ? true,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "pcre2";
  version = "10.43";

  src = fetchurl {
    url = "https://github.com/PhilipHazel/pcre2/releases/download/pcre2-${finalAttrs.version}/pcre2-${finalAttrs.version}.tar.bz2";
    hash = "sha256-/9+BxlA9RNfhuN33mJBEt2HbMSAeRajoTTfffys3oZU=";
  };

  configureFlags = [
    "--enable-pcre2-16"
    "--enable-pcre2-32"
    "--enable-jit=auto"
  ] ++ lib.optional withJitSealloc "--enable-jit-sealloc";

  outputs = [
    "bin"
    "dev"
    "out"
    "doc"
    "man"
  ];

  meta = {
    description = "Perl Compatible Regular Expressions";
    homepage = "https://www.pcre.org/";
    license = lib.licenses.bsd3;
    platforms = lib.platforms.all;
  };
})
