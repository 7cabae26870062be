{
  lib,
  buildPythonPackage,
  fetchPypi,
  python,
  cython,
  setuptools,
  pytest,
  blas,
  lapack,
  gfortran,
  pkg-config,
}:

assert (!blas.isILP64) && (!lapack.isILP64);

buildPythonPackage rec {
  pname = "numpy";
  version = "1.26.4";

  src = fetchPypi {
    inherit pname version;
    hash = "sha256-/2fZruTXfz+9GpB5YuywxxRI5lUPwfuoVJ8qP+UPadI=";
  };

  build-system = [
    cython
    setuptools
  ];

  nativeBuildInputs = [
    gfortran
    pkg-config
  ];

  buildInputs = [
    blas
    lapack
  ];

  nativeCheckInputs = [ pytest ];

  pythonImportsCheck = [ "numpy" ];

  passthru = {
    inherit blas lapack;
    blasImplementation = blas.implementation;
  };

  meta = {
    description = "Scientific tools for Python";
    homepage = "https://numpy.org/";
    license = lib.licenses.bsd3;
  };
}
