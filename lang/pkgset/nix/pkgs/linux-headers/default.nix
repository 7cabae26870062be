{
  lib,
  stdenvNoCC,
  fetchurl,
  perl,
}:

stdenvNoCC.mkDerivation (finalAttrs: {
  pname = "linux-headers";
  version = "6.7";

  src = fetchurl {
    url = "mirror://kernel/linux/kernel/v${lib.versions.major finalAttrs.version}.x/linux-${finalAttrs.version}.tar.xz";
    hash = "sha256-wdU8Z/1XcTnATn1K7KGCWwgfLa4ZGP87Sd6CjZzu7jU=";
  };

  nativeBuildInputs = [ perl ];

  makeFlags = [ "SRCARCH=x86" ];

  meta = {
    description = "Header files and scripts for the Linux kernel";
    license = lib.licenses.gpl2Only;
    platforms = lib.platforms.linux;
  };
})
