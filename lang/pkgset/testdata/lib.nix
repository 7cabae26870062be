# ovl's lib against the behaviour of nixpkgs' lib. Each case is an
# expression over `l` (ovl's lib) and the value nixpkgs' lib gives for the
# same expression, computed by CppNix 2.8 from nixpkgs' lib (nix-community/
# nixpkgs.lib at de42d442), not typed by hand; cases only produce plain data.
# A failure lists the cases that differ.
# Check: nix-instantiate --eval --strict --store dummy:// --readonly-mode lib.nix
let
  l = import ../nix/lib;
  cases = {
    fix = {
      got = l.fix (self: { a = 1; b = self.a + 1; });
      want = { a = 1; b = 2; };
    };
    fixPrime = {
      got = removeAttrs (l.fix' (self: { a = 1; b = self.a; })) [ "__unfix__" ];
      want = { a = 1; b = 1; };
    };
    extends = {
      got = l.fix (l.extends (final: prev: { b = prev.b * 10; c = final.b; }) (self: { a = 1; b = self.a + 1; }));
      want = { a = 1; b = 20; c = 20; };
    };
    composeExtensions = {
      got = l.fix (l.extends (l.composeExtensions (f: p: { a = p.a + 1; }) (f: p: { b = p.a * 100; x = f.a; })) (self: { a = 1; b = 0; }));
      want = { a = 2; b = 200; x = 2; };
    };
    composeManyExtensions = {
      got = l.fix (l.extends (l.composeManyExtensions [ (f: p: { a = p.a + 1; }) (f: p: { a = p.a * 3; }) (f: p: { z = f.a; }) ]) (self: { a = 1; }));
      want = { a = 6; z = 6; };
    };
    composeManyExtensionsEmpty = {
      got = l.fix (l.extends (l.composeManyExtensions [ ]) (self: { a = 1; }));
      want = { a = 1; };
    };
    makeExtensible = {
      got = removeAttrs ((l.makeExtensible (self: { a = 1; b = self.a; })).extend (f: p: { a = 5; })) [ "extend" "__unfix__" ];
      want = { a = 5; b = 5; };
    };
    toExtension = {
      got = [ (l.fix (l.extends (l.toExtension { a = 2; }) (s: { a = 1; b = s.a; }))) (l.fix (l.extends (l.toExtension (p: { a = p.a + 1; })) (s: { a = 1; b = s.a; }))) (l.fix (l.extends (l.toExtension (f: p: { a = p.a + 1; c = f.a; })) (s: { a = 1; b = s.a; }))) ];
      want = [ { a = 2; b = 2; } { a = 2; b = 2; } { a = 2; b = 2; c = 2; } ];
    };
    flipIdConst = {
      got = [ (l.flip (a: b: a - b) 1 10) (l.id 3) (l.const 4 5) ];
      want = [ 9 3 4 ];
    };
    optional = {
      got = [ (l.optional true 1) (l.optional false 1) (l.optionals true [ 1 2 ]) (l.optionals false [ 1 ]) (l.optionalAttrs true { a = 1; }) (l.optionalAttrs false { a = 1; }) (l.optionalString true "x") (l.optionalString false "x") ];
      want = [ [ 1 ] [ ] [ 1 2 ] [ ] { a = 1; } { } "x" "" ];
    };
    mapAttrs = {
      got = l.mapAttrs (n: v: n + toString v) { a = 1; b = 2; };
      want = { a = "a1"; b = "b2"; };
    };
    filterAttrs = {
      got = l.filterAttrs (n: v: v > 1) { a = 1; b = 2; c = 3; };
      want = { b = 2; c = 3; };
    };
    recursiveUpdate = {
      got = l.recursiveUpdate { a = { b = 1; c = 2; }; d = 1; e = { f = 1; }; } { a = { b = 3; x = 4; }; d = { y = 1; }; e = 2; };
      want = { a = { b = 3; c = 2; x = 4; }; d = { y = 1; }; e = 2; };
    };
    recursiveUpdateUntil = {
      got = l.recursiveUpdateUntil (path: l: r: builtins.length path > 1) { a.b.c = 1; a.b.d = 2; } { a.b.c = 3; };
      want = { a = { b = { c = 3; }; }; };
    };
    foldl = {
      got = [ (l.foldl (a: b: a + b) "" [ "a" "b" "c" ]) (l.foldl (a: b: b) (throw "lazy") [ 1 2 ]) (l.foldl' (a: b: a + b) 0 [ 1 2 3 ]) ];
      want = [ "abc" 2 6 ];
    };
    foldr = {
      got = [ (l.foldr (a: b: a + b) "" [ "a" "b" "c" ]) (l.foldr (a: b: [ a ] ++ b) [ ] [ 1 2 3 ]) ];
      want = [ "abc" [ 1 2 3 ] ];
    };
    lists = {
      got = [ (l.concatMap (x: [ x x ]) [ 1 2 ]) (l.filter (x: x > 1) [ 1 2 3 ]) (l.elem 1 [ 1 2 ]) (l.elem 3 [ 1 2 ]) (l.unique [ 3 1 3 2 1 ]) (l.flatten [ 1 [ 2 [ 3 [ ] ] ] 4 ]) (l.flatten 5) (l.range 2 5) (l.range 3 2) (l.range 1 1) ];
      want = [ [ 1 1 2 2 ] [ 2 3 ] true false [ 3 1 2 ] [ 1 2 3 4 ] [ 5 ] [ 2 3 4 5 ] [ ] [ 1 ] ];
    };
    lists2 = {
      got = [ (l.last [ 1 2 3 ]) (l.init [ 1 2 3 ]) (l.take 2 [ 1 2 3 ]) (l.drop 2 [ 1 2 3 ]) (l.take 5 [ 1 ]) (l.drop 5 [ 1 ]) (l.sublist 1 2 [ 1 2 3 4 ]) (l.sublist 3 5 [ 1 2 3 4 ]) (l.count (x: x > 1) [ 1 2 3 ]) (l.reverseList [ 1 2 3 ]) (l.imap0 (i: v: i * v) [ 5 6 ]) (l.imap1 (i: v: i * v) [ 5 6 ]) (l.findFirst (x: x > 1) 0 [ 1 2 3 ]) (l.findFirst (x: x > 9) 0 [ 1 ]) (l.remove 1 [ 1 2 1 ]) (l.subtractLists [ 1 ] [ 1 2 1 3 ]) (l.intersectLists [ 1 3 ] [ 1 2 3 ]) (l.zipListsWith (a: b: a + b) [ 1 2 3 ] [ 10 20 ]) (l.zipLists [ 1 2 ] [ "a" "b" ]) (l.toList 1) (l.toList [ 1 ]) (l.replicate 3 "x") (l.sortOn (x: -x) [ 1 3 2 ]) (l.findSingle (x: x == 1) "none" "multi" [ 1 2 ]) (l.findSingle (x: x > 0) "none" "multi" [ 1 2 ]) (l.ifilter0 (i: v: i == 1 || v == 7) [ 5 6 7 ]) (l.forEach [ 1 2 ] (x: x * 2)) ];
      want = [ 3 [ 1 2 ] [ 1 2 ] [ 3 ] [ 1 ] [ ] [ 2 3 ] [ 4 ] 2 [ 3 2 1 ] [ 0 6 ] [ 5 12 ] 2 0 [ 2 ] [ 2 3 ] [ 1 3 ] [ 11 22 ] [ { fst = 1; snd = "a"; } { fst = 2; snd = "b"; } ] [ 1 ] [ 1 ] [ "x" "x" "x" ] [ 3 2 1 ] 1 "multi" [ 6 7 ] [ 2 4 ] ];
    };
    reexports = {
      got = [ (l.attrNames { b = 1; a = 2; }) (l.attrValues { b = 1; a = 2; }) (l.head [ 1 2 ]) (l.tail [ 1 2 ]) (l.length [ 1 ]) (l.elemAt [ 1 2 ] 1) (l.isString "s") (l.isInt 1) (l.isList [ ]) (l.isAttrs { }) (l.typeOf 1.5) ];
      want = [ [ "a" "b" ] [ 2 1 ] 1 [ 2 ] 1 2 true true true true "float" ];
    };
    attrsets = {
      got = [ (l.genAttrs [ "a" "b" ] (n: n + n)) (l.nameValuePair "a" 1) (l.listToAttrs [ (l.nameValuePair "x" 1) ]) (l.mapAttrsToList (n: v: "${n}=${toString v}") { b = 2; a = 1; }) (l.mapAttrs' (n: v: l.nameValuePair "x${n}" (v + 1)) { a = 1; b = 2; }) ];
      want = [ { a = "aa"; b = "bb"; } { name = "a"; value = 1; } { x = 1; } [ "a=1" "b=2" ] { xa = 2; xb = 3; } ];
    };
    attrByPath = {
      got = [ (l.attrByPath [ "a" "b" ] 0 { a.b = 1; }) (l.attrByPath [ "a" "c" ] 0 { a.b = 1; }) (l.attrByPath [ "a" "b" "c" ] 0 { a.b = 1; }) (l.attrByPath [ ] 0 { a = 1; }) (l.hasAttrByPath [ "a" "b" ] { a.b = 1; }) (l.hasAttrByPath [ "a" "c" ] { a.b = 1; }) (l.hasAttrByPath [ ] { }) (l.hasAttrByPath [ "a" "b" "c" ] { a.b = 1; }) (l.setAttrByPath [ "a" "b" "c" ] 1) (l.getAttrFromPath [ "a" "b" ] { a.b = 7; }) ];
      want = [ 1 0 0 { a = 1; } true false true false { a = { b = { c = 1; }; }; } 7 ];
    };
    attrsets2 = {
      got = [ (l.attrVals [ "a" "b" ] { a = 1; b = 2; c = 3; }) (l.catAttrs "a" [ { a = 1; } { b = 2; } { a = 3; } ]) (l.zipAttrs [ { a = 1; } { a = 2; b = 3; } ]) (l.foldlAttrs (acc: n: v: acc + n + toString v) "" { a = 1; b = 2; }) (l.concatMapAttrs (n: v: { ${n + "x"} = v; }) { a = 1; }) (l.mapAttrsRecursive (p: v: builtins.concatStringsSep "." p) { a.b = 1; c = 2; }) (l.mapAttrsRecursiveCond (s: !(s ? stop)) (p: v: p) { a.stop = 1; b.c = 2; }) (l.filterAttrsRecursive (n: v: n != "x") { a.x = 1; a.y = 2; x = 3; }) (l.collect builtins.isInt { a.b = 1; c = [ 2 ]; d = 3; }) (l.attrsToList { a = 1; }) (l.recurseIntoAttrs { a = 1; }) (l.getOutput "dev" { out = "o"; dev = "d"; }) (l.getOutput "dev" { out = "o"; }) (l.getBin { out = "o"; bin = "b"; }) (l.isDerivation { type = "derivation"; }) (l.isDerivation { }) (l.isDerivation 1) ];
      want = [ [ 1 2 ] [ 1 3 ] { a = [ 1 2 ]; b = [ 3 ]; } "a1b2" { ax = 1; } { a = { b = "a.b"; }; c = "c"; } { a = [ "a" ]; b = { c = [ "b" "c" ]; }; } { a = { y = 2; }; } [ 1 3 ] [ { name = "a"; value = 1; } ] { a = 1; recurseForDerivations = true; } "d" "o" "b" true false false ];
    };
    strings = {
      got = [ (l.concatStrings [ "a" "b" ]) (l.concatStringsSep "," [ "a" "b" ]) (l.concatMapStrings (x: x + ";") [ "a" "b" ]) (l.concatMapStringsSep "-" (x: x + x) [ "a" "b" ]) (l.concatImapStrings (i: v: "${toString i}${v}") [ "a" "b" ]) (l.concatImapStringsSep "," (i: v: "${toString i}${v}") [ "a" "b" ]) (l.concatLines [ "a" "b" ]) (l.stringToCharacters "abc") (l.stringAsChars (c: c + c) "ab") ];
      want = [ "ab" "a,b" "a;b;" "aa-bb" "1a2b" "1a,2b" "a\nb\n" [ "a" "b" "c" ] "aabb" ];
    };
    affixes = {
      got = [ (l.hasPrefix "fo" "foo") (l.hasPrefix "x" "foo") (l.hasPrefix "" "") (l.hasSuffix "oo" "foo") (l.hasSuffix "foox" "foo") (l.hasSuffix "" "a") (l.removePrefix "fo" "foo") (l.removePrefix "x" "foo") (l.removeSuffix "oo" "foo") (l.removeSuffix "x" "foo") (l.removePrefix "foo" "foo") (l.hasInfix "bc" "abcd") (l.hasInfix "x" "abcd") (l.hasInfix "" "") (l.hasInfix "a\nb" "xa\nby") (l.hasInfix "abcd" "abc") ];
      want = [ true false true true false true "o" "foo" "f" "foo" "" true false true true false ];
    };
    splitString = {
      got = [ (l.splitString "." "a.b.c") (l.splitString "/" "/usr/bin/") (l.splitString ", " "a, b, c") (l.splitString "x" "") (l.splitString "+" "a+b") (l.splitString "." "abc") ];
      want = [ [ "a" "b" "c" ] [ "" "usr" "bin" "" ] [ "a" "b" "c" ] [ "" ] [ "a" "b" ] [ "abc" ] ];
    };
    case = {
      got = [ (l.toUpper "Hello, World 1") (l.toLower "HeLLo ÄB") ];
      want = [ "HELLO, WORLD 1" "hello Äb" ];
    };
    escaping = {
      got = [ (l.escapeShellArg "abc") (l.escapeShellArg "a b") (l.escapeShellArg "it's") (l.escapeShellArgs [ "a" "b c" ]) (l.escape [ "$" ] "a$b") (l.escapeRegex "a.b*c") ];
      want = [ "abc" "'a b'" "'it'\\''s'" "a 'b c'" "a\\$b" "a\\.b\\*c" ];
    };
    versions = {
      got = [ (l.versions.major "3.12.4") (l.versions.minor "3.12.4") (l.versions.patch "3.12.4") (l.versions.majorMinor "3.12.4") (l.versions.majorMinor "5") (l.versions.pad 3 "1.2") (l.versions.pad 2 "1.2.3") (l.versionOlder "1.2" "1.10") (l.versionAtLeast "1.2" "1.2") (l.splitVersion "1.2a") ];
      want = [ "3" "12" "4" "3.12" "5" "1.2.0" "1.2" true true [ "1" "2" "a" ] ];
    };
    names = {
      got = [ (l.getName "hello-2.12.1") (l.getVersion "hello-2.12.1") (l.getName { name = "foo-1.0"; }) (l.getName { pname = "x"; name = "y-1"; }) (l.getVersion { name = "foo-bar-1.0.3"; }) (l.getVersion { version = "9"; name = "a-1"; }) ];
      want = [ "hello" "2.12.1" "foo" "x" "1.0.3" "9" ];
    };
    flags = {
      got = [ (l.enableFeature true "x") (l.enableFeature false "x") (l.withFeature true "y") (l.withFeatureAs true "y" "v") (l.enableFeatureAs false "x" "1") (l.cmakeBool "A" true) (l.cmakeFeature "B" "c") (l.mesonBool "m" false) (l.mesonEnable "e" true) (l.mesonOption "o" "v") ];
      want = [ "--enable-x" "--disable-x" "--with-y" "--with-y=v" "--disable-x" "-DA:BOOL=TRUE" "-DB:STRING=c" "-Dm=false" "-De=enabled" "-Do=v" ];
    };
    searchPaths = {
      got = [ (l.makeBinPath [ "/a" { out = "/b"; bin = "/c"; } ]) (l.makeLibraryPath [ "/a" ]) (l.makeSearchPath "lib" [ "/a" null "/b" ]) (l.fixedWidthNumber 5 42) (l.strings.levenshtein "kitten" "sitting") (l.strings.levenshtein "" "abc") (l.strings.levenshteinAtMost 2 "abc" "abd") (l.strings.levenshteinAtMost 0 "abc" "abd") ];
      want = [ "/a/bin:/c/bin" "/a/lib" "/a/lib:/b/lib" "00042" 3 3 true false ];
    };
    trivial = {
      got = [ (l.boolToString true) (l.boolToString false) (l.mod 7 3) (l.mod (-7) 3) (l.max 1 2) (l.min 1 2) (l.max "a" "b") (l.pipe 2 [ (x: x + 1) (x: x * 3) ]) (l.mapNullable (x: x + 1) null) (l.mapNullable (x: x + 1) 1) (l.compare 1 2) (l.compare "b" "a") (l.concat [ 1 ] [ 2 ]) (l.toFunction 3 1) (l.toFunction (x: x + 1) 1) (l.assertMsg true "x") (l.fakeHash) (l.fakeSha256) ];
      want = [ "true" "false" 1 (-1) 2 1 "b" 9 null 2 (-1) 1 [ 1 2 ] 3 2 true "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=" "0000000000000000000000000000000000000000000000000000000000000000" ];
    };
    functions = {
      got = [ (l.isFunction (x: x)) (l.isFunction { __functor = s: x: x; }) (l.isFunction { }) (l.functionArgs ({ a, b ? 1 }: a)) (l.functionArgs (l.setFunctionArgs (x: x) { q = true; })) (l.functionArgs (l.makeOverridable ({ a, b ? 1 }: a))) ];
      want = [ true true false { a = false; b = true; } { q = true; } { a = false; b = true; } ];
    };
    subNamespaces = {
      got = [ (l.strings.hasPrefix "a" "ab") (l.lists.foldr (a: b: a + b) 0 [ 1 2 ]) (l.attrsets.filterAttrs (n: v: true) { a = 1; }) (l.trivial.id 1) (l.fixedPoints.fix (s: { a = 1; })) (l.customisation.makeOverridable ({ a }: { inherit a; }) { a = 1; }).a ];
      want = [ true 3 { a = 1; } 1 { a = 1; } 1 ];
    };
    meta = {
      got = [ (l.getExe { type = "derivation"; out = "/o"; pname = "x"; meta.mainProgram = "y"; }) (l.getExe' { type = "derivation"; out = "/o"; } "z") (l.lowPrio { meta.a = 1; }).meta (l.hiPrio { }).meta ];
      want = [ "/o/bin/y" "/o/bin/z" { a = 1; priority = 10; } { priority = (-10); } ];
    };
    makeOverridable = {
      got = let f = { a, b ? 2 }: { sum = a + b; }; p = l.makeOverridable f { a = 1; }; p2 = p.override { b = 10; }; p3 = p2.override (old: { a = old.a + old.b; }); in [ p.sum p2.sum p3.sum (p3.override { }).sum ];
      want = [ 3 11 21 21 ];
    };
    makeOverridableFunction = {
      got = let g = l.makeOverridable ({ a }: x: a + x) { a = 1; }; in [ (g 2) ((g.override { a = 10; }) 2) ];
      want = [ 3 12 ];
    };
    makeOverridableAttrs = {
      got = let mk = args: { v = args; overrideAttrs = h: mk (args // h args); }; f = { a, b ? 2 }: mk { inherit a b; }; p = l.makeOverridable f { a = 1; }; q = (p.overrideAttrs (o: { c = o.a + o.b; })).override { a = 100; }; r = (p.override { b = 5; }).overrideAttrs (o: { d = o.b; }); in [ q.v r.v (r.override { a = 0; }).v ];
      want = [ { a = 100; b = 2; c = 102; } { a = 1; b = 5; d = 5; } { a = 0; b = 5; d = 5; } ];
    };
    callPackageWith = {
      got = let auto = { a = 1; b = 2; c = 3; }; f = { a, b, d ? 4 }: { inherit a b d; }; p = l.callPackageWith auto f { b = 20; }; in [ (removeAttrs p [ "override" "overrideDerivation" ]) (removeAttrs (p.override { d = 0; }) [ "override" "overrideDerivation" ]) ];
      want = [ { a = 1; b = 20; d = 4; } { a = 1; b = 20; d = 0; } ];
    };
    callPackagesWith = {
      got = let ps = l.callPackagesWith { a = 1; } ({ a, b ? 1 }: { x = { v = a + b; }; y = { w = a; }; }) { }; in [ ps.x.v ps.y.w (ps.x.override { b = 10; }).v (builtins.attrNames ps) ];
      want = [ 2 1 11 [ "x" "y" ] ];
    };
    makeScope = {
      got = let newScope = extra: l.callPackageWith ({ base = 1; } // extra); s = l.makeScope newScope (self: { x = 1; y = self.callPackage ({ x, base }: x + base) { }; }); s2 = s.overrideScope (f: p: { x = 10; }); in [ s.y s2.y s2.x (builtins.attrNames s) ((s.newScope { x = 100; }) ({ x }: x) { }) ];
      want = [ 2 11 10 [ "callPackage" "newScope" "overrideScope" "packages" "x" "y" ] 100 ];
    };
    systems = {
      got = let p = l.systems.elaborate "x86_64-linux"; in [ p.system p.isLinux p.isx86_64 p.is64bit p.isDarwin p.isi686 p.config p.parsed.cpu.name p.parsed.kernel.name p.libc p.isx86 p.isAarch64 p.uname p.linuxArch p.extensions.sharedLibrary (p.canExecute (l.systems.elaborate "i686-linux")) (l.systems.elaborate "i686-linux").config (l.systems.elaborate "aarch64-linux").linuxArch (l.systems.elaborate "aarch64-darwin").config ];
      want = [ "x86_64-linux" true true true false false "x86_64-unknown-linux-gnu" "x86_64" "linux" "glibc" true false { processor = "x86_64"; release = null; system = "Linux"; } "x86_64" ".so" true "i686-unknown-linux-gnu" "arm64" "arm64-apple-darwin" ];
    };
    warnings = {
      got = [ (l.warn "ovl lib test warning" 1) (l.warnIf false "x" 2) (l.warnIfNot true "x" 3) (l.throwIfNot true "x" 4) (l.throwIf false "x" 5) ];
      want = [ 1 2 3 4 5 ];
    };
    licenses = {
      got = map (n: { inherit (l.licenses.${n}) free shortName; spdxId = l.licenses.${n}.spdxId or null; }) [ "mit" "gpl3Plus" "gpl2Only" "asl20" "bsd3" "bsd2" "unfree" "issl" "boost" "psfl" "lgpl21Plus" "mpl20" "zlib" "curl" "ncsa" "publicDomain" "unfreeRedistributable" "bsd0" "unlicense" "artistic1" "gpl1Plus" "isc" ];
      want = [ { free = true; shortName = "mit"; spdxId = "MIT"; } { free = true; shortName = "gpl3Plus"; spdxId = "GPL-3.0-or-later"; } { free = true; shortName = "gpl2Only"; spdxId = "GPL-2.0-only"; } { free = true; shortName = "asl20"; spdxId = "Apache-2.0"; } { free = true; shortName = "bsd3"; spdxId = "BSD-3-Clause"; } { free = true; shortName = "bsd2"; spdxId = "BSD-2-Clause"; } { free = false; shortName = "unfree"; spdxId = null; } { free = false; shortName = "issl"; spdxId = null; } { free = true; shortName = "boost"; spdxId = "BSL-1.0"; } { free = true; shortName = "psfl"; spdxId = "Python-2.0"; } { free = true; shortName = "lgpl21Plus"; spdxId = "LGPL-2.1-or-later"; } { free = true; shortName = "mpl20"; spdxId = "MPL-2.0"; } { free = true; shortName = "zlib"; spdxId = "Zlib"; } { free = true; shortName = "curl"; spdxId = "curl"; } { free = true; shortName = "ncsa"; spdxId = "NCSA"; } { free = true; shortName = "publicDomain"; spdxId = null; } { free = false; shortName = "unfreeRedistributable"; spdxId = null; } { free = true; shortName = "bsd0"; spdxId = "0BSD"; } { free = true; shortName = "unlicense"; spdxId = "Unlicense"; } { free = true; shortName = "artistic1"; spdxId = "Artistic-1.0"; } { free = true; shortName = "gpl1Plus"; spdxId = "GPL-1.0-or-later"; } { free = true; shortName = "isc"; spdxId = "ISC"; } ];
    };
  };
  differ = builtins.filter (n: cases.${n}.got != cases.${n}.want) (builtins.attrNames cases);
in
if differ == [ ] then true else throw "lib cases differ from nixpkgs: ${toString differ}"
