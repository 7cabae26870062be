# buildGoModule: a Go program with its module dependencies vendored by a
# fixed-output fetch named by vendorHash (null when vendored upstream).
{
  lib,
  stdenv,
  go,
  fetchurl,
}:

args@{
  pname,
  version,
  src,
  vendorHash,
  ldflags ? [ ],
  subPackages ? [ ],
  nativeBuildInputs ? [ ],
  passthru ? { },
  ...
}:

let
  goModules =
    if vendorHash == null then
      null
    else
      fetchurl {
        name = "${pname}-${version}-go-modules";
        url = "${src.url or src.name}#go-modules";
        hash = vendorHash;
        recursiveHash = true;
      };
in
stdenv.mkDerivation (
  removeAttrs args [ "vendorHash" ]
  // {
    inherit goModules ldflags subPackages;
    nativeBuildInputs = [ go ] ++ nativeBuildInputs;
    GOFLAGS = [ "-mod=vendor" "-trimpath" ];
    CGO_ENABLED = args.CGO_ENABLED or go.CGO_ENABLED;
    passthru = {
      inherit go goModules vendorHash;
    } // passthru;
  }
)
