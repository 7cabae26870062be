{
  lib,
  stdenv,
  fetchurl,
  zlib,
  enableThreading ? true,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "perl";
  version = "5.38.2";

  src = fetchurl {
    url = "mirror://cpan/src/5.0/perl-${finalAttrs.version}.tar.gz";
    hash = "sha256-OUztRm8zZdHrT+LhPWhw/xVxXnTy22Pg3CcJB97txQ4=";
  };

  outputs = [
    "out"
    "man"
    "devdoc"
  ];

  buildInputs = [ zlib ];

  configureFlags = [
    "-de"
    "-Duseshrplib"
    "-Uinstallusrbinperl"
  ] ++ lib.optional enableThreading "-Dusethreads";

  passthru = {
    libPrefix = "lib/perl5/site_perl";
  };

  meta = {
    description = "Standard implementation of the Perl 5 programming language";
    homepage = "https://www.perl.org/";
    license = with lib.licenses; [
      artistic1
      gpl1Plus
    ];
    mainProgram = "perl";
    platforms = lib.platforms.all;
  };
})
