{
  lib,
  buildPythonPackage,
  fetchPypi,
  setuptools,
}:

buildPythonPackage rec {
  pname = "idna";
  version = "3.7";

  src = fetchPypi {
    inherit pname version;
    hash = "sha256-Ee9t2axyraeQfjiWIjPuFPaiUf7lcXI+AVr20iNmT5A=";
  };

  build-system = [ setuptools ];

  pythonImportsCheck = [ "idna" ];

  meta = {
    description = "Internationalized Domain Names in Applications (IDNA)";
    homepage = "https://pypi.org/project/idna/";
    license = lib.licenses.bsd3;
  };
}
