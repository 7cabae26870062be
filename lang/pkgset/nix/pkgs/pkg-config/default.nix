{
  lib,
  stdenv,
  fetchurl,
}:

stdenv.mkDerivation (finalAttrs: {
  pname = "pkg-config";
  version = "0.29.2";

  src = fetchurl {
    url = "https://pkg-config.freedesktop.org/releases/pkg-config-${finalAttrs.version}.tar.gz";
    hash = "sha256-NrvfRxDZJOA3+Hzv3XVLmkdubh0SXRstGollsFuvrPo=";
  };

  configureFlags = [ "--with-internal-glib" ];

  setupHook = "pkg-config-setup-hook.sh";

  meta = {
    description = "Tool that allows packages to find out information about other packages";
    homepage = "https://www.freedesktop.org/wiki/Software/pkg-config";
    license = lib.licenses.gpl2Plus;
    mainProgram = "pkg-config";
    platforms = lib.platforms.all;
  };
})
