{
  lib,
  buildPythonPackage,
  fetchPypi,
  setuptools,
}:

buildPythonPackage rec {
  pname = "six";
  version = "1.16.0";

  src = fetchPypi {
    inherit pname version;
    hash = "sha256-fgGKV0N+RH+O9RdSYuroPP9iURNgMk9unkjU+QUpHmg=";
  };

  build-system = [ setuptools ];

  pythonImportsCheck = [ "six" ];

  meta = {
    description = "Python 2 and 3 compatibility library";
    homepage = "https://pypi.org/project/six/";
    license = lib.licenses.mit;
  };
}
