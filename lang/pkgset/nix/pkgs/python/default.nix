# CPython. Each interpreter carries its package set in `pkgs` (a scope:
# python3.pkgs.numpy) and `withPackages`, which makes an environment with
# the chosen packages and everything they propagate:
#
#   python3.withPackages (ps: [ ps.numpy ps.requests ])
{
  lib,
  stdenv,
  fetchurl,
  newScope,
  buildEnv,
  pkg-config,
  bzip2,
  expat,
  libffi,
  ncurses,
  openssl,
  readline,
  sqlite,
  xz,
  zlib,
  sourceVersion,
  hash,
  enableOptimizations ? false,
  enableLTO ? true,
  stripTests ? true,
}:

let
  inherit (sourceVersion) major minor patch;
  pythonVersion = "${major}.${minor}";
in
stdenv.mkDerivation (finalAttrs: {
  pname = "python3";
  version = "${major}.${minor}.${patch}";

  src = fetchurl {
    url = "https://www.python.org/ftp/python/${finalAttrs.version}/Python-${finalAttrs.version}.tar.xz";
    inherit hash;
  };

  nativeBuildInputs = [ pkg-config ];

  buildInputs = [
    bzip2
    expat
    libffi
    ncurses
    openssl
    readline
    sqlite
    xz
    zlib
  ];

  configureFlags = [
    "--enable-shared"
    "--with-system-expat"
    "--with-openssl=${openssl.dev}"
    "--without-ensurepip"
  ] ++ lib.optional enableOptimizations "--enable-optimizations" ++ lib.optional enableLTO "--with-lto";

  inherit stripTests;

  passthru =
    let
      self = finalAttrs.finalPackage;
    in
    {
      inherit pythonVersion sourceVersion;
      implementation = "cpython";
      isPy3 = true;
      executable = "python${pythonVersion}";
      sitePackages = "lib/python${pythonVersion}/site-packages";
      interpreter = "${self}/bin/python${pythonVersion}";
      pkgs = import ./packages.nix {
        inherit lib newScope;
        python = self;
      };
      withPackages = import ./with-packages.nix {
        inherit lib buildEnv;
        python = self;
      };
      pythonOlder = lib.versionOlder finalAttrs.version;
      pythonAtLeast = lib.versionAtLeast finalAttrs.version;
    };

  meta = {
    description = "High-level dynamically-typed programming language";
    homepage = "https://www.python.org";
    license = lib.licenses.psfl;
    mainProgram = "python3";
    platforms = lib.platforms.linux ++ lib.platforms.darwin;
  };
})
