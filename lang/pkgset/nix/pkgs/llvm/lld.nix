{
  lib,
  stdenv,
  version,
  src,
  cmake,
  ninja,
  llvm,
}:

stdenv.mkDerivation {
  pname = "lld";
  inherit version src;

  sourceRoot = "${src.name}/lld";

  outputs = [
    "out"
    "lib"
    "dev"
  ];

  nativeBuildInputs = [
    cmake
    ninja
  ];
  buildInputs = [ llvm ];

  meta = llvm.meta // {
    description = "LLVM linker (unwrapped)";
    homepage = "https://lld.llvm.org/";
    mainProgram = "lld";
  };
}
