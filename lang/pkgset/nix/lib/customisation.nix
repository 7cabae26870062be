# Overridable package functions: makeOverridable, callPackage and scopes.
{ lib }:

let
  inherit (builtins)
    attrNames
    filter
    intersectAttrs
    isAttrs
    mapAttrs
    ;
  inherit (lib.trivial)
    functionArgs
    isFunction
    mirrorFunctionArgs
    setFunctionArgs
    ;
in
rec {
  # Calls f with origArgs and gives the result an `override` attribute that
  # calls f again with some arguments replaced. `override` takes a set, or a
  # function from the old arguments to the replacements; its result is
  # overridable again. When the result has `overrideAttrs` (a derivation),
  # that is wrapped too, so `(p.overrideAttrs g).override a` keeps g.
  makeOverridable =
    f:
    mirrorFunctionArgs f (
      origArgs:
      let
        result = f origArgs;
        override =
          newArgs: makeOverridable f (origArgs // (if isFunction newArgs then newArgs origArgs else newArgs));
        # Re-applies g on top of f, whatever arguments f is later called with.
        andThen = g: makeOverridable (args: g (f args)) origArgs;
      in
      if isAttrs result then
        result
        // {
          inherit override;
          ${if result ? overrideAttrs then "overrideAttrs" else null} =
            change: andThen (drv: drv.overrideAttrs change);
        }
      else if isFunction result then
        setFunctionArgs result (functionArgs result) // { inherit override; }
      else
        result
    );

  # callPackageWith autoArgs fn args: calls fn (a function, or a path to
  # import) with the attributes of autoArgs it declares as formals, overridden
  # by args, and makes the result overridable.
  callPackageWith =
    autoArgs: fn: args:
    let
      f = if isFunction fn then fn else import fn;
      fargs = functionArgs f;
      allArgs = intersectAttrs fargs autoArgs // args;
      missing = filter (name: !fargs.${name} && !(allArgs ? ${name})) (attrNames fargs);
    in
    if missing == [ ] then
      makeOverridable f allArgs
    else
      throw (missingArgMessage (autoArgs // args) fargs (builtins.head missing));

  # Like callPackageWith, for a function returning a set of packages: each
  # package of the set gets its own `override`.
  callPackagesWith =
    autoArgs: fn: args:
    let
      f = if isFunction fn then fn else import fn;
      origArgs = intersectAttrs (functionArgs f) autoArgs // args;
      pkgs = f origArgs;
    in
    if lib.attrsets.isDerivation pkgs then
      throw "callPackages: the function returns the single package '${pkgs.name or "?"}'; use callPackage for it"
    else
      mapAttrs (name: _: makeOverridable (args: (f args).${name}) origArgs) pkgs;

  # A package scope: a fixed point of f with its own callPackage, which looks
  # arguments up in the scope first and then in whatever newScope adds.
  # overrideScope applies an overlay to the scope and rebuilds it.
  makeScope =
    newScope: f:
    let
      scope =
        {
          callPackage = scope.newScope { };
        }
        // f scope
        // {
          newScope = extra: newScope (scope // extra);
          overrideScope = g: makeScope newScope (lib.fixedPoints.extends g f);
          packages = f;
        };
    in
    scope;

  # "callPackage: …/foo.nix:3 needs the argument 'x', … did you mean 'y'?"
  missingArgMessage =
    available: fargs: name:
    let
      pos = builtins.unsafeGetAttrPos name fargs;
      where = if pos == null then "a package function" else "the function at ${pos.file}:${toString pos.line}";
      close = lib.lists.take 3 (
        lib.lists.sortOn (lib.strings.levenshtein name) (
          filter (other: lib.strings.levenshteinAtMost 2 name other) (attrNames available)
        )
      );
      quoted = map (n: "'${n}'") close;
      hint =
        if close == [ ] then
          ""
        else if builtins.length close == 1 then
          "; did you mean ${builtins.head quoted}?"
        else
          "; did you mean ${builtins.concatStringsSep ", " (lib.lists.init quoted)} or ${lib.lists.last quoted}?";
    in
    "callPackage: ${where} needs the argument '${name}', which is neither in the package set nor passed explicitly${hint}";
}
