{
  lib,
  stdenv,
  fetchurl,
  pkg-config,
  abiVersion ? "6",
  enableStatic ? false,
  withCxx ? true,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "ncurses";
  version = "6.4.20221231";

  src = fetchurl {
    url = "https://invisible-island.net/archives/ncurses/ncurses-${lib.versions.majorMinor finalAttrs.version}.tar.gz";
    hash = "sha256-+Xz6UjBkUpdsq9tzDtr56W1oKE0tRQT+FGPlChZPvZE=";
  };

  outputs = [
    "out"
    "dev"
    "man"
  ];

  nativeBuildInputs = [ pkg-config ];

  configureFlags =
    [
      "--with-shared"
      "--with-abi-version=${abiVersion}"
      "--enable-pc-files"
      "--enable-widec"
    ]
    ++ lib.optional (!withCxx) "--without-cxx"
    ++ lib.optional (!enableStatic) "--without-normal";

  passthru = {
    inherit abiVersion;
  };

  meta = {
    description = "Free software emulation of curses in SVR4 and more";
    homepage = "https://www.gnu.org/software/ncurses/";
    license = lib.licenses.mit;
    platforms = lib.platforms.all;
  };
})
