{
  lib,
  buildPythonPackage,
  fetchPypi,
  iniconfig,
  packaging,
  pluggy,
  setuptools,
}:

buildPythonPackage rec {
  pname = "pytest";
  version = "8.1.1";

  src = fetchPypi {
    inherit pname version;
    hash = "sha256-UiMziFf3MyhFnRL9wiBhuxEWu329i+STXpiqA54sJdg=";
  };

  build-system = [ setuptools ];

  dependencies = [ iniconfig packaging pluggy ];

  pythonImportsCheck = [ "pytest" ];

  meta = {
    description = "Framework for writing tests";
    homepage = "https://pypi.org/project/pytest/";
    license = lib.licenses.mit;
  };
}
