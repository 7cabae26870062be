{
  lib,
  python3,
  fetchFromGitHub,
  ninja,
}:

python3.pkgs.buildPythonApplication rec {
  pname = "meson";
  version = "1.4.0";

  src = fetchFromGitHub {
    owner = "mesonbuild";
    repo = "meson";
    rev = "refs/tags/${version}";
    hash = "sha256-4ISqogBOtWM7/fa6Vc1TRqmuXMegbtLmsiFNsaJ5wkk=";
  };

  build-system = [ python3.pkgs.setuptools ];

  propagatedBuildInputs = [ ninja ];

  setupHook = "meson-setup-hook.sh";

  meta = {
    description = "Open source, fast and friendly build system made in Python";
    homepage = "https://mesonbuild.com";
    license = lib.licenses.asl20;
    mainProgram = "meson";
    platforms = lib.platforms.all;
  };
}
