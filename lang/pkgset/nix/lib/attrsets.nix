# Attribute-set helpers, with nixpkgs' names and argument order.
#
# None of them forces attribute values merely to compute the names of their
# result, so they keep package sets lazy.
{ lib }:

let
  inherit (builtins)
    attrNames
    concatMap
    filter
    head
    isAttrs
    listToAttrs
    mapAttrs
    tail
    ;
in
rec {
  inherit (builtins)
    attrNames
    attrValues
    catAttrs
    getAttr
    hasAttr
    intersectAttrs
    listToAttrs
    mapAttrs
    removeAttrs
    zipAttrsWith
    ;

  nameValuePair = name: value: { inherit name value; };

  optionalAttrs = cond: attrs: if cond then attrs else { };

  # Keeps the attributes for which pred name value holds.
  filterAttrs =
    pred: set: builtins.removeAttrs set (filter (name: !(pred name set.${name})) (attrNames set));

  filterAttrsRecursive =
    pred: set:
    listToAttrs (
      concatMap (
        name:
        let
          v = set.${name};
        in
        if pred name v then [ (nameValuePair name (if isAttrs v then filterAttrsRecursive pred v else v)) ] else [ ]
      ) (attrNames set)
    );

  # Renames and revalues: f returns a nameValuePair for each attribute.
  mapAttrs' = f: set: listToAttrs (map (name: f name set.${name}) (attrNames set));

  mapAttrsToList = f: set: map (name: f name set.${name}) (attrNames set);

  attrsToList = mapAttrsToList nameValuePair;

  concatMapAttrs = f: set: builtins.foldl' (acc: part: acc // part) { } (mapAttrsToList f set);

  # Maps the leaves (non-sets, or sets where cond is false), passing their path.
  mapAttrsRecursiveCond =
    cond: f: set:
    let
      walk =
        path:
        mapAttrs (
          name: v:
          let
            here = path ++ [ name ];
          in
          if isAttrs v && cond v then walk here v else f here v
        );
    in
    walk [ ] set;

  mapAttrsRecursive = mapAttrsRecursiveCond (_: true);

  foldlAttrs =
    f: init: set:
    builtins.foldl' (acc: name: f acc name set.${name}) init (attrNames set);

  genAttrs = names: f: listToAttrs (map (name: nameValuePair name (f name)) names);

  attrVals = names: set: map (name: set.${name}) names;

  zipAttrs = builtins.zipAttrsWith (_: values: values);

  # The value at a path such as [ "a" "b" ], or `default` when any step is missing.
  attrByPath =
    path: default: set:
    if path == [ ] then
      set
    else if isAttrs set && set ? ${head path} then
      attrByPath (tail path) default set.${head path}
    else
      default;

  hasAttrByPath =
    path: set:
    path == [ ] || (isAttrs set && set ? ${head path} && hasAttrByPath (tail path) set.${head path});

  # { a = { b = value; }; } from [ "a" "b" ].
  setAttrByPath = path: value: lib.lists.foldr (name: inner: { ${name} = inner; }) value path;

  getAttrFromPath =
    path: set:
    attrByPath path (throw "cannot find attribute '${builtins.concatStringsSep "." path}'") set;

  # Merges rhs into lhs, descending into attributes that are sets on both
  # sides until pred path l r says to stop and take the right value.
  recursiveUpdateUntil =
    pred: lhs: rhs:
    let
      merge =
        path: l: r:
        l
        // mapAttrs (
          name: rv:
          let
            here = path ++ [ name ];
          in
          if l ? ${name} && !(pred here l.${name} rv) then merge here l.${name} rv else rv
        ) r;
    in
    merge [ ] lhs rhs;

  recursiveUpdate = recursiveUpdateUntil (_: l: r: !(isAttrs l && isAttrs r));

  # Every value in a tree of sets for which pred holds, not looking inside those.
  collect =
    pred: v:
    if pred v then
      [ v ]
    else if isAttrs v then
      concatMap (collect pred) (builtins.attrValues v)
    else
      [ ];

  isDerivation = v: isAttrs v && (v.type or null) == "derivation";

  # One output of a package, falling back to `out`, then the package itself.
  getOutput =
    output: pkg:
    if !(pkg ? outputSpecified) || !pkg.outputSpecified then pkg.${output} or pkg.out or pkg else pkg;

  getBin = getOutput "bin";
  getLib = getOutput "lib";
  getDev = getOutput "dev";
  getMan = getOutput "man";

  recurseIntoAttrs = attrs: attrs // { recurseForDerivations = true; };
  dontRecurseIntoAttrs = attrs: attrs // { recurseForDerivations = false; };
}
