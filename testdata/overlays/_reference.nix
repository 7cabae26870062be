# The oracle for builtins.applyOverlays (SPEC §4), evaluated by CppNix 2.8
# through golden.sh, never by ovl. Given a scenario folder it discovers the
# overlay list by the nixpkgs rules (SPEC §4.2, the rules nixpkgs'
# pkgs/top-level/impure-overlays.nix implements), folds it over the base the
# way nixpkgs' fixpoint does (SPEC §4.1), and applies the scenario's test.nix
# to the final set. Every path is handled as a string, as in nixpkgs: a path
# value would be canonicalised, and then `p + "/."` could not tell a
# directory from a file.
{ scenario }:
let
  inherit (builtins)
    attrNames filter foldl' getEnv import isAttrs isFunction isList isPath
    isString match pathExists readDir tryEval typeOf;

  dir = toString scenario;

  # Overlays and overlay files may be functors: sets with __functor.
  isCallable = v: isFunction v || (isAttrs v && v ? __functor);

  # Follows symlinks: "link/." exists only when link leads to a directory.
  isDir = p: pathExists (p + "/.");

  # How CppNix's own messages name a type, for the one error that is ovl's
  # wording (lists and functions never get here).
  describe = v: {
    int = "an integer";
    float = "a float";
    bool = "a Boolean";
    string = "a string";
    path = "a path";
    null = "null";
    set = "a set";
  }.${typeOf v};

  # <nixpkgs-overlays> throws when no search-path entry provides it;
  # nixpkgs treats that as "not set".
  searchPathOverlays =
    let r = tryEval (toString <nixpkgs-overlays>); in
    if r.success then r.value else "";

  home = getEnv "HOME";
  homeFile = home + "/.config/nixpkgs/overlays.nix";
  homeDir = home + "/.config/nixpkgs/overlays";

  # A directory entry is an overlay when its whole name ends in .nix and it
  # is not an editor lock file (.#name), or when it holds a default.nix.
  # Entry types are not looked at.
  isOverlayEntry = d: n:
    (match ".*\\.nix" n != null && match "\\.#.*" n == null)
    || pathExists (d + "/" + n + "/default.nix");

  # attrNames sorts byte-wise, which is the overlay order.
  loadDir = d:
    map (n: import (d + "/" + n))
      (filter (isOverlayEntry d) (attrNames (readDir d)));

  loadFile = f:
    let v = import f; in
    if isList v then v
    else if isCallable v then [ v ]
    else throw "${f} must evaluate to a list of overlays or to one overlay function, not ${describe v}";

  load = p: if isDir p then loadDir p else loadFile p;

  discovered =
    if searchPathOverlays != "" && pathExists searchPathOverlays then
      load searchPathOverlays
    else if pathExists homeFile && pathExists homeDir then
      throw ''
        Nixpkgs overlays can be specified with ${homeFile} or ${homeDir}, but not both.
        Please remove one of them and try again.
      ''
    else if pathExists homeFile then
      if isDir homeFile then throw "${homeFile} should be a file"
      else load homeFile
    else if pathExists homeDir then
      if isDir homeDir then load homeDir
      else throw "${homeDir} should be a directory"
    else
      [ ];

  # An explicit list wins, even [ ]; its elements may name files or
  # directories to import instead of being overlays themselves.
  explicit =
    if pathExists (dir + "/overlays.nix")
    then import (dir + "/overlays.nix")
    else null;

  overlays =
    if explicit == null then discovered
    else map (o: if isPath o || isString o then import o else o) explicit;

  base = import (dir + "/base.nix");
  baseFn = if isFunction base then base else _: base;

  extends = o: f: final: let prev = f final; in prev // o final prev;
  fix = f: let x = f x; in x;

  final = fix (foldl' (acc: o: extends o acc) baseFn overlays);
in
import (dir + "/test.nix") final
