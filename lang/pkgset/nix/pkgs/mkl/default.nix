# Intel oneAPI Math Kernel Library, repackaged from Intel's binary
# release. Unfree: meta.available is false unless config.allowUnfree.
{
  lib,
  stdenvNoCC,
  fetchurl,
  enableStatic ? false,
}:

stdenvNoCC.mkDerivation (finalAttrs: {
  pname = "mkl";
  version = "2023.1.0.46342";

  src = fetchurl {
    url = "https://registrationcenter-download.intel.com/akdlm/IRC_NAS/cd17b7fe-500e-4305-a89b-bd5b42bfd9f8/l_onemkl_p_${finalAttrs.version}_offline.sh";
    hash = "sha256-a60vxAPU/dF9J4pB/4NOCdFFMp6xUa0RQ0iEUYDa09Q=";
  };

  dontUnpack = true;
  dontBuild = true;
  dontConfigure = true;

  installPhase = "extract-oneapi $src --components intel.oneapi.lin.mkl.devel";

  passthru = {
    isILP64 = false;
    inherit enableStatic;
  };

  meta = {
    description = "Intel oneAPI Math Kernel Library";
    homepage = "https://software.intel.com/en-us/mkl";
    license = lib.licenses.issl;
    platforms = [ "x86_64-linux" ];
  };
})
