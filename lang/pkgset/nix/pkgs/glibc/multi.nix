# glibc for both x86_64 and i686, side by side, for multilib compilers.
{
  lib,
  runCommand,
  glibc,
}:

let
  glibc32 = glibc.overrideAttrs (old: {
    pname = "glibc-i686";
    configureFlags = old.configureFlags ++ [ "--host=i686-unknown-linux-gnu" ];
  });
in
runCommand "glibc-multi-${glibc.version}"
  {
    inherit (glibc) version;
    outputs = [
      "bin"
      "dev"
      "out"
    ];
    buildInputs = [
      glibc
      glibc32
    ];
    passthru = {
      inherit glibc32;
      glibc64 = glibc;
    };
    meta = glibc.meta // {
      platforms = [ "x86_64-linux" ];
    };
  }
  ''
    mkdir -p $out/lib
    ln -s ${glibc.out}/lib $out/lib64
    ln -s ${glibc32.out}/lib $out/lib32
  ''
