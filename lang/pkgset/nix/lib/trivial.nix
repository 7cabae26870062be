# Combinators, scalar helpers and function introspection.
#
# Everything here only uses builtins that CppNix 2.8 has, so the same file
# evaluates under ovl and under CppNix, the oracle the tests compare with.
{ lib }:

let
  inherit (builtins) isAttrs;
in
rec {
  id = x: x;

  const = x: _: x;

  flip = f: a: b: f b a;

  # Threads a value through a list of functions, left to right:
  # pipe 2 [ (x: x + 1) (x: x * 3) ] == 9.
  pipe = value: fns: builtins.foldl' (acc: fn: fn acc) value fns;

  concat = xs: ys: xs ++ ys;

  boolToString = b: if b then "true" else "false";

  # Integer remainder with the sign of the dividend, like C's `%`.
  mod = base: int: base - int * (builtins.div base int);

  max = a: b: if a > b then a else b;
  min = a: b: if a < b then a else b;

  # Three-way comparison: -1, 0 or 1.
  compare = a: b: if a < b then -1 else if a > b then 1 else 0;

  mapNullable = f: x: if x == null then null else f x;

  inherit (builtins) seq deepSeq;

  importJSON = path: builtins.fromJSON (builtins.readFile path);
  importTOML = path: builtins.fromTOML (builtins.readFile path);

  # A function, or an attribute set callable through `__functor`.
  isFunction = f: builtins.isFunction f || (isAttrs f && f ? __functor && isFunction (f.__functor f));

  # Wraps a plain value in a function that ignores its argument.
  toFunction = v: if isFunction v then v else _: v;

  # Like builtins.functionArgs, but also answers for functors, which may
  # declare their formals in `__functionArgs`.
  functionArgs =
    f:
    if isAttrs f && f ? __functor then
      f.__functionArgs or (functionArgs (f.__functor f))
    else
      builtins.functionArgs f;

  # Makes `f` report `args` as its formals to functionArgs (and so to callPackage).
  setFunctionArgs = f: args: {
    __functor = _: f;
    __functionArgs = args;
  };

  # Gives `g` the formals of `f`.
  mirrorFunctionArgs = f: g: setFunctionArgs g (functionArgs f);

  # Prints a warning on stderr, then returns `v`. Uses builtins.warn where the
  # evaluator has it (newer Nix, ovl), else a trace in the same words.
  warn =
    if builtins ? warn then
      builtins.warn
    else
      msg: v: builtins.trace "warning: ${msg}" v;

  warnIf = cond: msg: if cond then warn msg else id;
  warnIfNot = cond: msg: if cond then id else warn msg;

  throwIf = cond: msg: if cond then throw msg else id;
  throwIfNot = cond: msg: if cond then id else throw msg;

  # `assert assertMsg cond "why";` fails with the message instead of the bare assertion.
  assertMsg = cond: msg: cond || throw msg;

  assertOneOf =
    name: value: allowed:
    assertMsg (builtins.elem value allowed) "${name} must be one of ${builtins.toJSON allowed}, but is ${builtins.toJSON value}";

  # Placeholders for a hash that is not known yet.
  fakeHash = "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
  fakeSha256 = "0000000000000000000000000000000000000000000000000000000000000000";

  # The release this lib imitates, for code that compares against lib.version.
  release = "24.05";
  codeName = "Uakari";
  version = release + "pre-ovl";

  inNixShell = false;
}
