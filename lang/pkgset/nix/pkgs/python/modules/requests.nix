{
  lib,
  buildPythonPackage,
  fetchPypi,
  certifi,
  charset-normalizer,
  idna,
  urllib3,
  setuptools,
}:

buildPythonPackage rec {
  pname = "requests";
  version = "2.31.0";

  src = fetchPypi {
    inherit pname version;
    hash = "sha256-GfSK/hZvvFcrALHt2+2XiYYUmHxvLB2C/3gBM+I1/XA=";
  };

  build-system = [ setuptools ];

  dependencies = [ certifi charset-normalizer idna urllib3 ];

  pythonImportsCheck = [ "requests" ];

  meta = {
    description = "HTTP library for Python";
    homepage = "https://pypi.org/project/requests/";
    license = lib.licenses.asl20;
  };
}
