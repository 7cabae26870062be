# Small builders shaped like nixpkgs' trivial builders (runCommand,
# writeText, writeShellScriptBin, symlinkJoin, …). Like every package here
# they describe a build without running it.
{
  lib,
  stdenv,
  stdenvNoCC,
  runtimeShell,
}:

rec {
  runCommandWith =
    {
      name,
      stdenv ? stdenvNoCC,
      runLocal ? false,
      derivationArgs ? { },
    }:
    buildCommand:
    stdenv.mkDerivation (
      {
        inherit name buildCommand;
        enableParallelBuilding = true;
      }
      // lib.optionalAttrs runLocal {
        preferLocalBuild = true;
        allowSubstitutes = false;
      }
      // derivationArgs
    );

  runCommand =
    name: env:
    runCommandWith {
      inherit name;
      derivationArgs = env;
    };

  runCommandLocal =
    name: env:
    runCommandWith {
      inherit name;
      runLocal = true;
      derivationArgs = env;
    };

  # Like runCommand, with a C compiler available.
  runCommandCC =
    name: env:
    runCommandWith {
      inherit name stdenv;
      derivationArgs = env;
    };

  writeTextFile =
    {
      name,
      text,
      executable ? false,
      destination ? "",
      checkPhase ? "",
      meta ? { },
      passthru ? { },
      allowSubstitutes ? false,
      preferLocalBuild ? true,
      derivationArgs ? { },
    }:
    runCommand name (
      {
        inherit
          text
          executable
          destination
          checkPhase
          meta
          passthru
          allowSubstitutes
          preferLocalBuild
          ;
        passAsFile = [ "text" ];
      }
      // derivationArgs
    ) "target=$out$destination\nmkdir -p \"$(dirname \"$target\")\"\ncp \"$textPath\" \"$target\"\n";

  writeText = name: text: writeTextFile { inherit name text; };

  writeTextDir =
    path: text:
    writeTextFile {
      inherit text;
      name = baseNameOf path;
      destination = "/${path}";
    };

  writeScript =
    name: text:
    writeTextFile {
      inherit name text;
      executable = true;
    };

  writeScriptBin =
    name: text:
    writeTextFile {
      inherit name text;
      executable = true;
      destination = "/bin/${name}";
      meta.mainProgram = name;
    };

  writeShellScript =
    name: text:
    writeTextFile {
      inherit name;
      executable = true;
      text = "#!${runtimeShell}\n${text}\n";
      checkPhase = "${runtimeShell} -n $target";
    };

  writeShellScriptBin =
    name: text:
    writeTextFile {
      inherit name;
      executable = true;
      destination = "/bin/${name}";
      text = "#!${runtimeShell}\n${text}\n";
      checkPhase = "${runtimeShell} -n $target";
      meta.mainProgram = name;
    };

  # A script with `set -euo pipefail` and its runtime inputs on PATH.
  writeShellApplication =
    {
      name,
      text,
      runtimeInputs ? [ ],
      meta ? { },
    }:
    writeTextFile {
      inherit name;
      executable = true;
      destination = "/bin/${name}";
      text =
        "#!${runtimeShell}\nset -o errexit\nset -o nounset\nset -o pipefail\n"
        + lib.optionalString (runtimeInputs != [ ]) "export PATH=\"${lib.makeBinPath runtimeInputs}:$PATH\"\n"
        + text;
      meta = {
        mainProgram = name;
      } // meta;
      passthru = { inherit runtimeInputs; };
    };

  # A package whose only content is a setup hook script, sourced by the
  # builds that list it in nativeBuildInputs (autoreconfHook is one).
  makeSetupHook =
    {
      name,
      propagatedBuildInputs ? [ ],
      substitutions ? { },
      meta ? { },
      passthru ? { },
    }:
    script:
    runCommand name {
      inherit
        propagatedBuildInputs
        substitutions
        meta
        passthru
        ;
      inherit script;
      strictDeps = true;
    } "mkdir -p $out/nix-support\nsubstitute $script $out/nix-support/setup-hook\n";

  # One tree of symlinks to the union of `paths`.
  symlinkJoin =
    args@{
      name,
      paths,
      postBuild ? "",
      ...
    }:
    runCommand name (
      removeAttrs args [ "name" ]
      // {
        inherit paths postBuild;
        passAsFile = [ "paths" ];
      }
    ) "mkdir -p $out\nfor i in $(cat $pathsPath); do lndir -silent $i $out; done\n${postBuild}";

  buildEnv =
    {
      name,
      paths,
      pathsToLink ? [ "/" ],
      extraOutputsToInstall ? [ ],
      postBuild ? "",
      meta ? { },
      passthru ? { },
    }:
    runCommand name {
      inherit
        paths
        pathsToLink
        extraOutputsToInstall
        postBuild
        meta
        passthru
        ;
    } "build-env $out\n${postBuild}";
}
