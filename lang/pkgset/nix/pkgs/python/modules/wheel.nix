{
  lib,
  buildPythonPackage,
  fetchPypi,
  setuptools,
}:

buildPythonPackage rec {
  pname = "wheel";
  version = "0.43.0";

  src = fetchPypi {
    inherit pname version;
    hash = "sha256-hNiuYUlKOMxVhWiW0M8AfUxDxHfRQyqr4Js9XN5Kv7U=";
  };

  build-system = [ setuptools ];

  pythonImportsCheck = [ "wheel" ];

  meta = {
    description = "Built-package format for Python";
    homepage = "https://pypi.org/project/wheel/";
    license = lib.licenses.mit;
  };
}
