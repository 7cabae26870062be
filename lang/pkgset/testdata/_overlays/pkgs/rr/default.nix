# The user's own rr expression that the nixpkgs manual's first overlay
# example calls with stdenv_32bit; it must accept `stdenv`.
{
  lib,
  stdenv,
  fetchurl,
  cmake,
  python3,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "rr";
  version = "5.8.0";
  src = fetchurl {
    url = "https://github.com/rr-debugger/rr/archive/${finalAttrs.version}.tar.gz";
    hash = lib.fakeHash;
  };
  nativeBuildInputs = [ cmake ];
  buildInputs = [ python3 ];
  meta.platforms = [ "x86_64-linux" ];
})
