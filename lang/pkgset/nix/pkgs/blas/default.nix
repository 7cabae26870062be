# The BLAS interface, provided by one implementation chosen with
# blasProvider (openblas by default, or mkl, or lapack-reference). Packages
# depend on `blas`; an overlay swaps the provider for all of them at once:
#
#   final: prev: { blas = prev.blas.override { blasProvider = final.mkl; }; }
{
  lib,
  stdenv,
  openblas,
  isILP64 ? false,
  blasProvider ? openblas,
}:

let
  implementation = lib.getName blasProvider;
  # openblas is rebuilt for 64-bit integers when asked; others come as they are.
  provider = if implementation == "openblas" then blasProvider.override { blas64 = isILP64; } else blasProvider;
in
stdenv.mkDerivation {
  pname = "blas";
  version = "3";

  outputs = [
    "out"
    "dev"
  ];

  dontBuild = true;
  dontConfigure = true;
  dontUnpack = true;

  buildInputs = [ provider ];
  installPhase = "link-libs ${provider} libblas libcblas";

  passthru = {
    inherit isILP64 provider implementation;
  };

  meta = {
    description = "BLAS implementation chosen by blasProvider (${implementation})";
    inherit (provider.meta) license platforms;
  };
}
