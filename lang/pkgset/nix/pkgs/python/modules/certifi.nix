{
  lib,
  buildPythonPackage,
  fetchPypi,
  setuptools,
}:

buildPythonPackage rec {
  pname = "certifi";
  version = "2024.2.2";

  src = fetchPypi {
    inherit pname version;
    hash = "sha256-0dBFsR/nwXsWouWoFH0ZGOMRzObnHr38E36JanQz72w=";
  };

  build-system = [ setuptools ];

  pythonImportsCheck = [ "certifi" ];

  meta = {
    description = "Python package for providing Mozilla's CA Bundle";
    homepage = "https://pypi.org/project/certifi/";
    license = lib.licenses.mpl20;
  };
}
