{
  lib,
  buildPythonPackage,
  fetchPypi,
  setuptools,
}:

buildPythonPackage rec {
  pname = "urllib3";
  version = "2.2.1";

  src = fetchPypi {
    inherit pname version;
    hash = "sha256-fzgYgv1yOMWvLvmFsZXmA+bAnK7O2FcpzZmAkqsECRk=";
  };

  build-system = [ setuptools ];

  pythonImportsCheck = [ "urllib3" ];

  meta = {
    description = "Powerful, user-friendly HTTP client for Python";
    homepage = "https://pypi.org/project/urllib3/";
    license = lib.licenses.mit;
  };
}
