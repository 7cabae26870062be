{
  lib,
  buildPythonPackage,
  fetchPypi,
  setuptools,
}:

buildPythonPackage rec {
  pname = "iniconfig";
  version = "2.0.0";

  src = fetchPypi {
    inherit pname version;
    hash = "sha256-vvZ0Cu9Wx2YLqb9BiYbH5lpx7wzm3Cl/BPtHmfhQrmE=";
  };

  build-system = [ setuptools ];

  pythonImportsCheck = [ "iniconfig" ];

  meta = {
    description = "Brain-dead simple parsing of ini files";
    homepage = "https://pypi.org/project/iniconfig/";
    license = lib.licenses.mit;
  };
}
