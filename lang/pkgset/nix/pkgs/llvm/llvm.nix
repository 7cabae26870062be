{
  lib,
  stdenv,
  version,
  src,
  cmake,
  ninja,
  python3,
  libffi,
  libxml2,
  ncurses,
  zlib,
  enableSharedLibraries ? true,
  targets ? [
    "X86"
    "AArch64"
    "RISCV"
    "WebAssembly"
  ],
}:

stdenv.mkDerivation {
  pname = "llvm";
  inherit version src;

  sourceRoot = "${src.name}/llvm";

  outputs = [
    "out"
    "lib"
    "dev"
    "python"
  ];

  nativeBuildInputs = [
    cmake
    ninja
    python3
  ];
  buildInputs = [
    libffi
    libxml2
  ];
  propagatedBuildInputs = [
    ncurses
    zlib
  ];

  cmakeFlags = [
    (lib.cmakeBool "LLVM_BUILD_LLVM_DYLIB" enableSharedLibraries)
    (lib.cmakeBool "LLVM_LINK_LLVM_DYLIB" enableSharedLibraries)
    (lib.cmakeBool "LLVM_ENABLE_FFI" true)
    (lib.cmakeFeature "LLVM_TARGETS_TO_BUILD" (lib.concatStringsSep ";" targets))
  ];

  meta = {
    description = "Collection of modular and reusable compiler and toolchain technologies";
    homepage = "https://llvm.org/";
    license = with lib.licenses; [
      ncsa
      asl20
    ];
    platforms = lib.platforms.all;
  };
}
