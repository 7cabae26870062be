# The package set of one Python interpreter, as a scope: every package is
# called with the scope first (so ps.requests gets ps.urllib3), then the
# top-level set. `python3.pkgs.overrideScope` changes packages inside it.
{
  lib,
  newScope,
  python,
}:

lib.makeScope newScope (self: {
  inherit python;
  inherit (python) pythonOlder pythonAtLeast;

  buildPythonPackage = self.callPackage ./build-python-package.nix { };
  buildPythonApplication = self.callPackage ./build-python-package.nix { application = true; };

  certifi = self.callPackage ./modules/certifi.nix { };
  charset-normalizer = self.callPackage ./modules/charset-normalizer.nix { };
  cython = self.callPackage ./modules/cython.nix { };
  idna = self.callPackage ./modules/idna.nix { };
  iniconfig = self.callPackage ./modules/iniconfig.nix { };
  numpy = self.callPackage ./modules/numpy.nix { };
  packaging = self.callPackage ./modules/packaging.nix { };
  pluggy = self.callPackage ./modules/pluggy.nix { };
  pytest = self.callPackage ./modules/pytest.nix { };
  requests = self.callPackage ./modules/requests.nix { };
  setuptools = self.callPackage ./modules/setuptools.nix { };
  six = self.callPackage ./modules/six.nix { };
  urllib3 = self.callPackage ./modules/urllib3.nix { };
  wheel = self.callPackage ./modules/wheel.nix { };
})
