{
  lib,
  stdenv,
  version,
  src,
  cmake,
  ninja,
  python3,
  llvm,
  libxml2,
}:

stdenv.mkDerivation {
  pname = "clang";
  inherit version src;

  sourceRoot = "${src.name}/clang";

  outputs = [
    "out"
    "lib"
    "dev"
  ];

  nativeBuildInputs = [
    cmake
    ninja
    python3
  ];
  buildInputs = [
    llvm
    libxml2
  ];

  cmakeFlags = [
    (lib.cmakeFeature "CLANG_INSTALL_PACKAGE_DIR" "${placeholder "dev"}/lib/cmake/clang")
    (lib.cmakeBool "CLANGD_BUILD_XPC" false)
  ];

  passthru = {
    isClang = true;
    isGNU = false;
    inherit llvm;
  };

  meta = llvm.meta // {
    description = "C language family frontend for LLVM";
    homepage = "https://clang.llvm.org/";
    mainProgram = "clang";
  };
}
