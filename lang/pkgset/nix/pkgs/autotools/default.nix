# The GNU build system: m4, autoconf, automake, libtool and the setup hook
# that runs `autoreconf -vfi` before configuring. One file for the family,
# loaded with callPackages: each attribute is overridable on its own.
{
  lib,
  stdenv,
  fetchurl,
  perl,
  makeSetupHook,
}:

rec {
  gnum4 = stdenv.mkDerivation (finalAttrs: {
    pname = "gnum4";
    version = "1.4.19";
    src = fetchurl {
      url = "mirror://gnu/m4/m4-${finalAttrs.version}.tar.bz2";
      hash = "sha256-QKb20gHhjSoDXXUyX02o4TksDuJ55GFEpGVP7A8IAiQ=";
    };
    configureFlags = [ "--with-syscmd-shell=/bin/sh" ];
    meta = {
      description = "GNU M4, a macro processor";
      homepage = "https://www.gnu.org/software/m4/";
      license = lib.licenses.gpl3Plus;
      mainProgram = "m4";
      platforms = lib.platforms.unix;
    };
  });

  autoconf = stdenv.mkDerivation (finalAttrs: {
    pname = "autoconf";
    version = "2.72";
    src = fetchurl {
      url = "mirror://gnu/autoconf/autoconf-${finalAttrs.version}.tar.xz";
      hash = "sha256-q25C/4NqIsSDG6iDyPmb/XJzQ+Tq66+XOXll/yaNHoY=";
    };
    nativeBuildInputs = [ gnum4 perl ];
    buildInputs = [ gnum4 ];
    meta = {
      description = "Part of the GNU Build System";
      homepage = "https://www.gnu.org/software/autoconf/";
      license = lib.licenses.gpl3Plus;
      platforms = lib.platforms.all;
    };
  });

  automake = stdenv.mkDerivation (finalAttrs: {
    pname = "automake";
    version = "1.16.5";
    src = fetchurl {
      url = "mirror://gnu/automake/automake-${finalAttrs.version}.tar.xz";
      hash = "sha256-hEkfOA601qeh4mQBi+Joi5RGp0QQU/qlZAwlugLzEeY=";
    };
    nativeBuildInputs = [ autoconf perl ];
    buildInputs = [ autoconf ];
    meta = {
      description = "GNU standard-compliant makefile generator";
      homepage = "https://www.gnu.org/software/automake/";
      license = lib.licenses.gpl2Plus;
      platforms = lib.platforms.all;
    };
  });

  libtool = stdenv.mkDerivation (finalAttrs: {
    pname = "libtool";
    version = "2.4.7";
    src = fetchurl {
      url = "mirror://gnu/libtool/libtool-${finalAttrs.version}.tar.gz";
      hash = "sha256-bbi4cpfcshsubVHTxFGkcn38SaqtW2YiiNJi8k7yX0w=";
    };
    outputs = [ "out" "lib" ];
    nativeBuildInputs = [ gnum4 perl ];
    propagatedBuildInputs = [ gnum4 ];
    meta = {
      description = "GNU Libtool, a generic library support script";
      homepage = "https://www.gnu.org/software/libtool/";
      license = lib.licenses.gpl2Plus;
      mainProgram = "libtool";
      platforms = lib.platforms.unix;
    };
  });

  autoreconfHook = makeSetupHook {
    name = "autoreconf-hook";
    propagatedBuildInputs = [
      autoconf
      automake
      gnum4
      libtool
    ];
    meta.description = "Setup hook that runs `autoreconf -vfi` before the configure phase";
  } "autoreconf.sh";
}
