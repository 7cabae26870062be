# stdenv.mkDerivation without a store.
#
# It never calls builtins.derivation: the result is an attribute set shaped
# like a nixpkgs package (type = "derivation", name, pname, version, outPath,
# drvPath, outputs and one set per output, meta, passthru merged in, the
# arguments kept as given) with fake but deterministic store paths.
#
# Like nixpkgs, it takes either a set or a function `finalAttrs: { … }` whose
# argument is the finished set of arguments plus `finalPackage`, and the
# result has `overrideAttrs`, which accepts `old: { … }`,
# `final: prev: { … }` or a plain set.
{
  lib,
  store,
  stdenv,
  config,
}:

let
  inherit (builtins)
    attrNames
    concatStringsSep
    elem
    head
    isAttrs
    isList
    isString
    ;

  # Arguments that describe the package rather than how to build it: they
  # are not inputs of the derivation and do not change its paths.
  descriptive = [
    "meta"
    "passthru"
    "pos"
  ];

  # How one argument contributes to the derivation's paths. Packages count by
  # their outPath; nested sets (such as `env`) are walked a few levels deep.
  render =
    depth: v:
    if isString v || builtins.isInt v || builtins.isFloat v then
      toString v
    else if builtins.isPath v then
      renderPath v
    else if builtins.isBool v then
      (if v then "1" else "")
    else if v == null then
      ""
    else if isList v then
      concatStringsSep " " (map (render depth) v)
    else if isAttrs v && v ? outPath then
      toString v.outPath
    else if isAttrs v && depth < 3 then
      "{" + concatStringsSep ";" (map (n: "${n}=${render (depth + 1) v.${n}}") (attrNames v)) + "}"
    else
      "<${builtins.typeOf v}>";

  # A local file (a patch, a script) counts by its name and content, as if
  # copied to the store, so paths do not depend on where the file lives.
  renderPath =
    p:
    let
      type = (builtins.readDir (dirOf p)).${baseNameOf p} or "missing";
    in
    if type == "regular" then "${baseNameOf p}:${builtins.hashFile "sha256" p}" else "${baseNameOf p}:${type}";

  # The package made from the finished arguments.
  package =
    attrs: overrideAttrs:
    let
      pname = attrs.pname or null;
      version = attrs.version or null;
      name =
        attrs.name or (
          if pname == null then
            throw "stdenv.mkDerivation: the arguments have neither `name` nor `pname`"
          else if version == null then
            pname
          else
            "${pname}-${version}"
        );

      outputs = attrs.outputs or [ "out" ];
      passthru = attrs.passthru or { };
      inherit (stdenv.hostPlatform) system;

      drvAttrs = removeAttrs attrs descriptive // {
        inherit
          name
          outputs
          system
          stdenv
          ;
        builder = stdenv.shell;
      };

      drvPath = store.path "${name}.drv" (
        concatStringsSep ";" (map (n: "${n}=${render 0 drvAttrs.${n}}") (attrNames drvAttrs))
      );

      # A fixed-output derivation (a fetcher) is named by its hash alone, so
      # two fetches of the same content share a path, as in Nix.
      outPathOf =
        output:
        if attrs ? outputHash then
          store.path name "fixed:${attrs.outputHashMode or "flat"}:${attrs.outputHashAlgo or ""}:${attrs.outputHash}"
        else
          store.path (if output == "out" then name else "${name}-${output}") "output:${output}:${drvPath}";

      meta = checkMeta attrs name outputs;

      outputSets = builtins.listToAttrs (
        map (output: {
          name = output;
          value = self // {
            outPath = outPathOf output;
            outputName = output;
          };
        }) outputs
      );

      self =
        drvAttrs
        // passthru
        // outputSets
        // {
          type = "derivation";
          inherit
            name
            drvPath
            drvAttrs
            meta
            passthru
            overrideAttrs
            ;
          outPath = outPathOf (head outputs);
          outputName = head outputs;
          all = map (output: self.${output}) outputs;
        };
    in
    self;

  # meta as given, plus what nixpkgs' meta check computes: whether the
  # package is available under `config` (unfree and broken packages are
  # not unless allowed). Nothing throws; check meta.available.
  checkMeta =
    attrs: name: outputs:
    let
      given = attrs.meta or { };
      licenses = lib.toList (given.license or [ ]);
      unfree = builtins.any (l: !(l.free or true)) licenses;
      broken = given.broken or false;
      insecure = (given.knownVulnerabilities or [ ]) != [ ];
      unsupported = !(elem stdenv.hostPlatform.system (given.platforms or lib.platforms.all));
      allowed =
        (!unfree || config.allowUnfree or false || (config.allowUnfreePredicate or (_: false)) attrs)
        && (!broken || config.allowBroken or false)
        && (!unsupported || config.allowUnsupportedSystem or false)
        && (!insecure || elem name (config.permittedInsecurePackages or [ ]));
      position =
        let
          pos = builtins.unsafeGetAttrPos (if attrs ? pname then "pname" else "name") attrs;
        in
        if pos == null then null else "${pos.file}:${toString pos.line}";
      hasOutput = output: elem output outputs;
    in
    {
      inherit name position;
      outputsToInstall = [
        (lib.findFirst hasOutput (head outputs) [
          "bin"
          "out"
        ])
      ] ++ lib.optional (hasOutput "man") "man";
      platforms = lib.platforms.all;
    }
    // given
    // {
      inherit
        unfree
        broken
        insecure
        unsupported
        ;
      available = allowed;
    };

  # Builds from a function of the finished arguments. `finalPackage` is the
  # resulting package, for arguments that need to refer to it.
  make =
    rattrs:
    let
      attrs = rattrs (attrs // { inherit finalPackage; });
      finalPackage = package attrs (f: make (lib.extends (lib.toExtension f) rattrs));
    in
    finalPackage;
in
fnOrAttrs: make (if lib.isFunction fnOrAttrs then fnOrAttrs else _: fnOrAttrs)
