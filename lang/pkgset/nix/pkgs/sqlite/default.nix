{
  lib,
  stdenv,
  fetchurl,
  zlib,
  readline,
  ncurses,
  interactive ? false,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "sqlite";
  version = "3.45.3";

  src = fetchurl {
    url = "https://sqlite.org/2024/sqlite-autoconf-3450300.tar.gz";
    hash = "sha256-hdTvFNzMpxRczPuPXJEPJGrf8uu9KLQB65IBNUINcN8=";
  };

  outputs = [
    "bin"
    "dev"
    "out"
  ];

  buildInputs =
    [ zlib ]
    ++ lib.optionals interactive [
      readline
      ncurses
    ];

  configureFlags = [ "--enable-threadsafe" ] ++ lib.optional interactive "--enable-readline";

  env.NIX_CFLAGS_COMPILE = lib.concatStringsSep " " [
    "-DSQLITE_ENABLE_COLUMN_METADATA"
    "-DSQLITE_ENABLE_DBSTAT_VTAB"
    "-DSQLITE_ENABLE_FTS5"
    "-DSQLITE_ENABLE_RTREE"
  ];

  meta = {
    description = "Self-contained, serverless, zero-configuration, transactional SQL database engine";
    homepage = "https://www.sqlite.org/";
    license = lib.licenses.publicDomain;
    mainProgram = "sqlite3";
    platforms = lib.platforms.unix;
  };
})
