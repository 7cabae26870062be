# rustPlatform: the Rust toolchain and buildRustPackage, which builds a
# crate with its dependencies vendored by a fetch named by cargoHash.
{
  lib,
  stdenv,
  rustc,
  cargo,
  fetchurl,
}:

{
  rust = { inherit rustc cargo; };

  buildRustPackage =
    args@{
      pname,
      version,
      src,
      cargoHash ? null,
      buildFeatures ? [ ],
      nativeBuildInputs ? [ ],
      passthru ? { },
      ...
    }:
    let
      cargoDeps =
        if cargoHash == null then
          null
        else
          fetchurl {
            name = "${pname}-${version}-vendor.tar.gz";
            url = "${src.url or src.name}#cargo-vendor";
            hash = cargoHash;
          };
    in
    stdenv.mkDerivation (
      removeAttrs args [ "cargoHash" ]
      // {
        inherit cargoDeps buildFeatures;
        nativeBuildInputs = [
          cargo
          rustc
        ] ++ nativeBuildInputs;
        cargoBuildType = "release";
        passthru = {
          inherit cargoDeps;
        } // passthru;
      }
    );
}
