# python.withPackages f: an environment holding the interpreter, the
# packages f picks from python.pkgs, and every Python package they
# propagate.
{
  lib,
  buildEnv,
  python,
}:

select:
let
  chosen = select python.pkgs;
  # The chosen packages and, transitively, the Python packages they propagate.
  closure = map (entry: entry.pkg) (
    builtins.genericClosure {
      startSet = map (pkg: {
        key = pkg.outPath;
        inherit pkg;
      }) chosen;
      operator =
        entry:
        map (pkg: {
          key = pkg.outPath;
          inherit pkg;
        }) (builtins.filter (dep: dep ? pythonModule) (entry.pkg.propagatedBuildInputs or [ ]));
    }
  );
in
buildEnv {
  name = "${python.name}-env";
  paths = [ python ] ++ closure;
  passthru = {
    inherit python;
    packages = closure;
    env = python;
  };
  meta = python.meta // {
    description = "Python ${python.version} with ${toString (map lib.getName chosen)}";
  };
}
