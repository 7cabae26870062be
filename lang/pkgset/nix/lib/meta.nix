# Helpers about packages' meta attributes and executables.
{ lib }:

rec {
  # "/nix/store/…-jq-1.7.1-bin/bin/jq": the main program of a package, named
  # by meta.mainProgram, else by the package's name.
  getExe = pkg: getExe' pkg (pkg.meta.mainProgram or (lib.strings.getName pkg));

  getExe' = pkg: program: "${lib.attrsets.getBin pkg}/bin/${program}";

  addMetaAttrs = extra: drv: drv // { meta = (drv.meta or { }) // extra; };

  setPrio = priority: addMetaAttrs { inherit priority; };
  lowPrio = setPrio 10;
  hiPrio = setPrio (-10);

  # Whether a package's meta.platforms lists the platform's system.
  availableOn =
    platform: pkg: builtins.elem platform.system (pkg.meta.platforms or lib.platforms.all);
}
