# Boost C++ libraries. The Python bindings (Boost.Python) are built when
# enablePython is set or a Python is passed, as the nixpkgs manual's
# overlay example does:
#
#   self: super: { boost = super.boost.override { python = self.python3; }; }
{
  lib,
  stdenv,
  fetchurl,
  which,
  icu,
  expat,
  zlib,
  bzip2,
  xz,
  zstd,
  python ? null,
  enablePython ? false,
  enableShared ? true,
  enableStatic ? false,
  enableIcu ? true,
  toolset ? if stdenv.cc.isClang or false then "clang" else "gcc",
}:

let
  withPython = enablePython || python != null;
in

assert withPython -> python != null || throw "boost: enablePython = true needs a python (boost.override { python = python3; })";

stdenv.mkDerivation (finalAttrs: {
  pname = "boost";
  version = "1.83.0";

  src = fetchurl {
    url = "mirror://sourceforge/boost/boost_${lib.replaceStrings [ "." ] [ "_" ] finalAttrs.version}.tar.bz2";
    hash = "sha256-XLRrt/XvdWPoDbcXjl+wns16aLj07WKCgxksPe6F7Jc=";
  };

  outputs = [
    "out"
    "dev"
  ];

  nativeBuildInputs = [ which ];

  buildInputs =
    [
      expat
      zlib
      bzip2
      xz
      zstd
    ]
    ++ lib.optional enableIcu icu
    ++ lib.optional withPython python;

  configureScript = "./bootstrap.sh";
  configureFlags =
    [
      "--with-toolset=${toolset}"
      (if enableIcu then "--with-icu=${icu.dev}" else "--without-icu")
    ]
    ++ lib.optional withPython "--with-python=${python.interpreter}"
    ++ lib.optional (!withPython) "--without-libraries=python";

  b2Args = [
    "link=${lib.concatStringsSep "," (lib.optional enableShared "shared" ++ lib.optional enableStatic "static")}"
    "variant=release"
    "threading=multi"
  ];

  passthru = {
    inherit python;
    pythonSupport = withPython;
  };

  meta = {
    description = "Collection of C++ libraries";
    homepage = "https://boost.org/";
    license = lib.licenses.boost;
    platforms = lib.platforms.unix;
  };
})
