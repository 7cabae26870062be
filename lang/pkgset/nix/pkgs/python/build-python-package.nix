# buildPythonPackage / buildPythonApplication: mkDerivation for a Python
# project. Packages are named "python3.12-numpy-1.26.4" and propagate their
# `dependencies`; applications keep their plain name.
{
  lib,
  stdenv,
  python,
  application ? false,
}:

args@{
  pname,
  version,
  build-system ? [ ],
  dependencies ? [ ],
  pyproject ? build-system != [ ],
  disabled ? false,
  ...
}:

if disabled then
  throw "${pname}-${version} is not supported for interpreter ${python.executable}"
else
  stdenv.mkDerivation (
    finalAttrs:
    removeAttrs args [
      "build-system"
      "dependencies"
      "disabled"
    ]
    // {
      name =
        if application then
          "${finalAttrs.pname}-${finalAttrs.version}"
        else
          "python${python.pythonVersion}-${finalAttrs.pname}-${finalAttrs.version}";
      inherit pyproject;
      nativeBuildInputs = [ python ] ++ build-system ++ args.nativeBuildInputs or [ ];
      propagatedBuildInputs = dependencies ++ args.propagatedBuildInputs or [ ];
      doCheck = args.doCheck or true;
      passthru = lib.optionalAttrs (!application) { pythonModule = python; } // args.passthru or { };
      meta = {
        inherit (python.meta) platforms;
      } // args.meta or { };
    }
  )
