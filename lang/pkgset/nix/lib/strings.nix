# String helpers, with nixpkgs' names and argument order.
{ lib }:

let
  inherit (builtins)
    concatStringsSep
    filter
    genList
    isString
    replaceStrings
    stringLength
    substring
    ;

  lowerChars = stringToCharacters "abcdefghijklmnopqrstuvwxyz";
  upperChars = stringToCharacters "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  stringToCharacters = s: genList (i: substring i 1 s) (stringLength s);
in
rec {
  inherit (builtins)
    concatStringsSep
    stringLength
    substring
    replaceStrings
    match
    split
    compareVersions
    splitVersion
    parseDrvName
    ;

  inherit stringToCharacters;

  concatStrings = concatStringsSep "";

  concatMapStrings = f: list: concatStrings (map f list);

  concatMapStringsSep =
    sep: f: list:
    concatStringsSep sep (map f list);

  concatImapStrings = f: list: concatStrings (lib.lists.imap1 f list);

  concatImapStringsSep =
    sep: f: list:
    concatStringsSep sep (lib.lists.imap1 f list);

  # Every line followed by a newline, the last one too.
  concatLines = concatMapStrings (line: line + "\n");

  stringAsChars = f: s: concatMapStrings f (stringToCharacters s);

  optionalString = cond: s: if cond then s else "";

  hasPrefix = prefix: s: substring 0 (stringLength prefix) s == prefix;

  hasSuffix =
    suffix: s:
    let
      n = stringLength s;
      k = stringLength suffix;
    in
    k <= n && substring (n - k) k s == suffix;

  # Whether `infix` occurs anywhere in `s` (no regex, so newlines are fine).
  hasInfix =
    infix: s:
    let
      k = stringLength infix;
      n = stringLength s;
    in
    k <= n && builtins.any (i: substring i k s == infix) (genList (i: i) (n - k + 1));

  removePrefix =
    prefix: s:
    if hasPrefix prefix s then
      substring (stringLength prefix) (stringLength s - stringLength prefix) s
    else
      s;

  removeSuffix =
    suffix: s: if hasSuffix suffix s then substring 0 (stringLength s - stringLength suffix) s else s;

  # Prefixes each character of `chars` found in `s` with a backslash.
  escape = chars: replaceStrings chars (map (c: "\\" + c) chars);

  # Escapes the characters POSIX extended regexes give a meaning to.
  escapeRegex = escape (stringToCharacters "\\[{()^$?*+|.");

  # Quotes an argument for a POSIX shell, leaving safe words bare.
  escapeShellArg =
    arg:
    let
      s = toString arg;
    in
    if builtins.match "[[:alnum:],._+:@%/-]+" s != null then
      s
    else
      "'" + replaceStrings [ "'" ] [ "'\\''" ] s + "'";

  escapeShellArgs = concatMapStringsSep " " escapeShellArg;

  # Splits on a literal separator (not a regex): "a.b" -> [ "a" "b" ].
  splitString = sep: s: filter isString (builtins.split (escapeRegex (toString sep)) (toString s));

  toLower = replaceStrings upperChars lowerChars;
  toUpper = replaceStrings lowerChars upperChars;

  fixedWidthString =
    width: filler: s:
    let
      missing = width - stringLength s;
    in
    if missing <= 0 then s else fixedWidthString width filler (filler + s);

  fixedWidthNumber = width: n: fixedWidthString width "0" (toString n);

  fileContents = file: removeSuffix "\n" (builtins.readFile file);

  versionOlder = a: b: builtins.compareVersions b a == 1;
  versionAtLeast = a: b: !(versionOlder a b);

  # The name part of a package or a "name-version" string.
  getName =
    x: if isString x then (builtins.parseDrvName x).name else x.pname or (builtins.parseDrvName x.name).name;

  # The version part of a package or a "name-version" string.
  getVersion =
    x:
    if isString x then (builtins.parseDrvName x).version else x.version or (builtins.parseDrvName x.name).version;

  # "p1/sub:p2/sub" for the non-null paths given.
  makeSearchPath =
    subDir: paths: concatStringsSep ":" (map (p: "${p}/${subDir}") (filter (p: p != null) paths));

  makeSearchPathOutput =
    output: subDir: pkgs:
    makeSearchPath subDir (map (lib.attrsets.getOutput output) pkgs);

  makeBinPath = makeSearchPathOutput "bin" "bin";
  makeLibraryPath = makeSearchPathOutput "lib" "lib";

  # Edit distance (insertions, deletions, substitutions) between two strings.
  levenshtein =
    a: b:
    let
      bs = stringToCharacters b;
      nb = builtins.length bs;
      # The distances from one more character of a to every prefix of b.
      nextRow =
        row: c:
        let
          row' = genList (
            j:
            if j == 0 then
              builtins.head row + 1
            else
              lib.trivial.min (lib.trivial.min (builtins.elemAt row' (j - 1) + 1) (builtins.elemAt row j + 1)) (
                builtins.elemAt row (j - 1) + (if c == builtins.elemAt bs (j - 1) then 0 else 1)
              )
          ) (nb + 1);
        in
        row';
    in
    lib.lists.last (builtins.foldl' nextRow (genList (j: j) (nb + 1)) (stringToCharacters a));

  # Whether levenshtein a b <= k; cheap when the lengths alone rule it out.
  levenshteinAtMost =
    k: a: b:
    let
      d = stringLength a - stringLength b;
    in
    (if d < 0 then -d else d) <= k && levenshtein a b <= k;

  # Flags for ./configure, CMake and Meson as nixpkgs spells them.
  enableFeature = on: feature: "--${if on then "enable" else "disable"}-${feature}";
  enableFeatureAs =
    on: feature: value:
    enableFeature on feature + optionalString on "=${value}";
  withFeature = on: feature: "--${if on then "with" else "without"}-${feature}";
  withFeatureAs =
    on: feature: value:
    withFeature on feature + optionalString on "=${value}";

  cmakeOptionType =
    type: feature: value:
    "-D${feature}:${toUpper type}=${value}";
  cmakeBool = feature: on: cmakeOptionType "bool" feature (if on then "TRUE" else "FALSE");
  cmakeFeature = feature: value: cmakeOptionType "string" feature value;

  mesonOption = feature: value: "-D${feature}=${value}";
  mesonBool = feature: on: mesonOption feature (lib.trivial.boolToString on);
  mesonEnable = feature: on: mesonOption feature (if on then "enabled" else "disabled");
}
