{
  lib,
  buildPythonPackage,
  fetchPypi,
  setuptools,
}:

buildPythonPackage rec {
  pname = "charset-normalizer";
  version = "3.3.2";

  src = fetchPypi {
    inherit pname version;
    hash = "sha256-O7ZijhR2T1qMYJDshlePTkPIIsNASeioJ6GG33kC7M8=";
  };

  build-system = [ setuptools ];

  pythonImportsCheck = [ "charset_normalizer" ];

  meta = {
    description = "Python module for encoding and language detection";
    homepage = "https://pypi.org/project/charset-normalizer/";
    license = lib.licenses.mit;
  };
}
