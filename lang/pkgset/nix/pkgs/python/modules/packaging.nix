{
  lib,
  buildPythonPackage,
  fetchPypi,
  setuptools,
}:

buildPythonPackage rec {
  pname = "packaging";
  version = "24.0";

  src = fetchPypi {
    inherit pname version;
    hash = "sha256-ro4VfOKcMzLeEPmunTTjSlVJKVnPZQixti4OAq+IsPw=";
  };

  build-system = [ setuptools ];

  pythonImportsCheck = [ "packaging" ];

  meta = {
    description = "Core utilities for Python packages";
    homepage = "https://pypi.org/project/packaging/";
    license = lib.licenses.bsd2;
  };
}
