{
  lib,
  buildPythonPackage,
  fetchPypi,
  setuptools,
}:

buildPythonPackage rec {
  pname = "cython";
  version = "3.0.10";

  src = fetchPypi {
    inherit pname version;
    hash = "sha256-MnqPmKqvR+KHLBnAYPz7QGPYtC+7syKrDZAToBC1eKg=";
  };

  build-system = [ setuptools ];

  pythonImportsCheck = [ "Cython" ];

  meta = {
    description = "Optimising static compiler for both the Python and the extended Cython programming languages";
    homepage = "https://pypi.org/project/cython/";
    license = lib.licenses.asl20;
  };
}
