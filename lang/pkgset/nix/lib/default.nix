# ovl's `lib`: a nixpkgs-compatible subset, written for ovl.
#
# The same functions are reachable at the top level (lib.foldr) and in the
# sub-namespaces nixpkgs users know (lib.lists.foldr, lib.strings.…,
# lib.attrsets.…, lib.trivial.…, lib.fixedPoints.…, lib.customisation.…).
# Like nixpkgs' lib it is built with makeExtensible, so `lib.extend` works.
let
  build =
    lib:
    let
      call = file: import file { inherit lib; };

      trivial = call ./trivial.nix;
      lists = call ./lists.nix;
      strings = call ./strings.nix;
      attrsets = call ./attrsets.nix;
      fixedPoints = call ./fixed-points.nix;
      customisation = call ./customisation.nix;
      versions = call ./versions.nix;
      meta = call ./meta.nix;
      systems = call ./systems.nix;
      licenses = call ./licenses.nix;
    in
    {
      inherit
        trivial
        lists
        strings
        attrsets
        fixedPoints
        customisation
        versions
        meta
        licenses
        ;
      systems = {
        inherit (systems) elaborate;
      };
      inherit (systems) platforms;
      asserts = {
        inherit (trivial) assertMsg assertOneOf;
      };

      inherit (builtins)
        add
        sub
        mul
        addErrorContext
        genericClosure
        isAttrs
        isBool
        isFloat
        isInt
        isList
        isPath
        isString
        lessThan
        pathExists
        readFile
        toJSON
        fromJSON
        trace
        tryEval
        typeOf
        ;
    }
    # Like nixpkgs, some names live only in their namespace (lib.strings.levenshtein).
    // removeAttrs trivial [
      "release"
      "codeName"
    ]
    // lists
    // removeAttrs strings [
      "levenshtein"
      "levenshteinAtMost"
    ]
    // attrsets
    // fixedPoints
    // removeAttrs customisation [ "missingArgMessage" ]
    // removeAttrs meta [ "availableOn" ];
in
(import ./fixed-points.nix { lib = null; }).makeExtensible build
