# A compiler that builds both x86_64 and i686 code: gcc with multilib
# enabled, against a glibc that has both. stdenv_32bit uses it.
{
  lib,
  stdenv,
  gcc,
  glibc_multi,
}:

let
  unwrapped = gcc.override {
    enableMultilib = true;
    glibc = glibc_multi;
  };
in
stdenv.mkDerivation {
  pname = "gcc-multi";
  inherit (unwrapped) version;

  dontUnpack = true;
  propagatedBuildInputs = [
    unwrapped
    glibc_multi
  ];

  passthru = {
    inherit unwrapped;
    isGNU = true;
    isClang = false;
    enableMultilib = true;
    libc = glibc_multi;
  };

  meta = unwrapped.meta // {
    description = "GCC with multilib (x86_64 and i686) support";
    platforms = [ "x86_64-linux" ];
  };
}
