{
  lib,
  stdenv,
  fetchurl,
  openssl,
  zlib,
  bzip2,
  curl,
  expat,
  libuv,
  ncurses,
  xz,
  zstd,
  useSharedLibraries ? true,
  useOpenSSL ? true,
  uiToolkits ? [ ],
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "cmake";
  version = "3.29.2";

  src = fetchurl {
    url = "https://cmake.org/files/v${lib.versions.majorMinor finalAttrs.version}/cmake-${finalAttrs.version}.tar.gz";
    hash = "sha256-g4VwGhQese6aDNSOKnRoKJT18AKbGrMRHQPR+eDSqx0=";
  };

  buildInputs =
    lib.optionals useSharedLibraries [
      bzip2
      curl
      expat
      libuv
      xz
      zlib
      zstd
    ]
    ++ lib.optional useOpenSSL openssl
    ++ lib.optional (builtins.elem "ncurses" uiToolkits) ncurses;

  configureFlags = [
    "--parallel=$NIX_BUILD_CORES"
    "--no-system-jsoncpp"
  ] ++ lib.optional useSharedLibraries "--system-libs";

  setupHook = "cmake-setup-hook.sh";

  meta = {
    description = "Cross-platform, open-source build system generator";
    homepage = "https://cmake.org/";
    license = lib.licenses.bsd3;
    mainProgram = "cmake";
    platforms = lib.platforms.all;
  };
})
