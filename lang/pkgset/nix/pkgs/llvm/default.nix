# An LLVM release as a scope: llvm, clang and lld are called with this
# scope first, so `llvmPackages_17.overrideScope` can swap one part (say a
# patched llvm) and clang and lld follow.
{
  lib,
  newScope,
  version,
  hash,
}:

lib.makeScope newScope (self: {
  inherit version;

  src = self.callPackage (
    { fetchFromGitHub }:
    fetchFromGitHub {
      owner = "llvm";
      repo = "llvm-project";
      rev = "llvmorg-${version}";
      inherit hash;
    }
  ) { };

  llvm = self.callPackage ./llvm.nix { };
  clang = self.callPackage ./clang.nix { };
  lld = self.callPackage ./lld.nix { };
})
