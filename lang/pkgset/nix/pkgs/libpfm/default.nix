{
  lib,
  stdenv,
  fetchurl,
  enablePython ? false,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "libpfm";
  version = "4.13.0";

  src = fetchurl {
    url = "mirror://sourceforge/perfmon2/libpfm4/libpfm-${finalAttrs.version}.tar.gz";
    hash = "sha256-RAgmreUpDZKb5XfgwwNs4xSlZ7Us4Hx1RN8ubYNKpk4=";
  };

  makeFlags = [
    "PREFIX=${placeholder "out"}"
    "LDCONFIG=true"
    "CONFIG_PFMLIB_NOPYTHON=${if enablePython then "n" else "y"}"
  ];

  meta = {
    description = "Helper library to program the performance monitoring events";
    homepage = "https://perfmon2.sourceforge.net/";
    license = lib.licenses.mit;
    platforms = lib.platforms.linux;
  };
})
