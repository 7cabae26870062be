{
  lib,
  buildPythonPackage,
  fetchPypi,
}:

buildPythonPackage rec {
  pname = "setuptools";
  version = "69.5.1";

  src = fetchPypi {
    inherit pname version;
    hash = "sha256-dmk08sUyG0DtRZrmaeoE1PVaQ1fZOZ1ZEBPk89/i6Ks=";
  };

  pythonImportsCheck = [ "setuptools" ];

  meta = {
    description = "Utilities to facilitate the installation of Python packages";
    homepage = "https://pypi.org/project/setuptools/";
    license = lib.licenses.mit;
  };
}
