{
  lib,
  buildPythonPackage,
  fetchPypi,
  setuptools,
}:

buildPythonPackage rec {
  pname = "pluggy";
  version = "1.5.0";

  src = fetchPypi {
    inherit pname version;
    hash = "sha256-pXgCxZSWtcOgHlGFi7G67dklSICdWvsppyZ1AcdCqe4=";
  };

  build-system = [ setuptools ];

  pythonImportsCheck = [ "pluggy" ];

  meta = {
    description = "Plugin and hook calling mechanisms for Python";
    homepage = "https://pypi.org/project/pluggy/";
    license = lib.licenses.mit;
  };
}
