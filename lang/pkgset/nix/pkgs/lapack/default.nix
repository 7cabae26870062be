# The LAPACK interface, provided by the implementation chosen with
# lapackProvider (openblas by default, or mkl, or lapack-reference).
{
  lib,
  stdenv,
  openblas,
  isILP64 ? false,
  lapackProvider ? openblas,
}:

let
  implementation = lib.getName lapackProvider;
  provider =
    if implementation == "openblas" then lapackProvider.override { blas64 = isILP64; } else lapackProvider;
in
stdenv.mkDerivation {
  pname = "lapack";
  version = "3";

  outputs = [
    "out"
    "dev"
  ];

  dontBuild = true;
  dontConfigure = true;
  dontUnpack = true;

  buildInputs = [ provider ];
  installPhase = "link-libs ${provider} liblapack liblapacke";

  passthru = {
    inherit isILP64 provider implementation;
  };

  meta = {
    description = "LAPACK implementation chosen by lapackProvider (${implementation})";
    inherit (provider.meta) license platforms;
  };
}
