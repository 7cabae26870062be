# The Rust toolchain, loaded with callPackages: rustc and cargo, each
# overridable on its own, built against the same LLVM.
{
  lib,
  stdenv,
  fetchurl,
  python3,
  cmake,
  pkg-config,
  llvm,
  openssl,
  zlib,
  curl,
}:

let
  version = "1.77.2";
  src = fetchurl {
    url = "https://static.rust-lang.org/dist/rustc-${version}-src.tar.gz";
    hash = "sha256-AitXOCbo0zfP5PaV0DGGCp8Om/lDvddDcMn68rGZD/U=";
  };
in
rec {
  rustc = stdenv.mkDerivation {
    pname = "rustc";
    inherit version src;

    nativeBuildInputs = [
      python3
      cmake
    ];
    buildInputs = [
      llvm
      openssl
      zlib
    ];

    configureFlags = [
      "--release-channel=stable"
      "--llvm-root=${llvm.dev}"
      "--enable-llvm-link-shared"
      "--tools=rustc,rustdoc,rust-analyzer-proc-macro-srv"
    ];

    passthru = {
      inherit llvm;
      targetPlatforms = lib.platforms.all;
    };

    meta = {
      description = "Safe, concurrent, practical language";
      homepage = "https://www.rust-lang.org/";
      license = with lib.licenses; [
        mit
        asl20
      ];
      mainProgram = "rustc";
      platforms = lib.platforms.all;
    };
  };

  cargo = stdenv.mkDerivation {
    pname = "cargo";
    inherit version src;

    nativeBuildInputs = [
      rustc
      pkg-config
    ];
    buildInputs = [
      openssl
      zlib
      curl
    ];

    meta = rustc.meta // {
      description = "Downloads your Rust project's dependencies and builds your project";
      homepage = "https://crates.io";
      mainProgram = "cargo";
    };
  };
}
