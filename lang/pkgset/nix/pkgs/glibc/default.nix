{
  lib,
  stdenv,
  fetchurl,
  linuxHeaders,
  bison,
  profilingLibraries ? false,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "glibc";
  version = "2.39";

  src = fetchurl {
    url = "mirror://gnu/glibc/glibc-${finalAttrs.version}.tar.xz";
    hash = "sha256-7kboMJggiSmM0Xea8Enm+3pMRRT5SRFkm0BGRRtY8UI=";
  };

  outputs = [
    "out"
    "bin"
    "dev"
    "static"
    "getent"
  ];

  nativeBuildInputs = [ bison ];
  buildInputs = [ linuxHeaders ];

  configureFlags = [
    "--enable-add-ons"
    "--enable-kernel=3.10.0"
    "--with-headers=${linuxHeaders}/include"
    (lib.enableFeature profilingLibraries "profile")
    "--enable-stack-protector=strong"
  ];

  passthru = {
    inherit linuxHeaders;
  };

  meta = {
    description = "GNU C Library";
    homepage = "https://www.gnu.org/software/libc/";
    license = lib.licenses.lgpl2Plus;
    platforms = lib.platforms.linux;
  };
})
