# Every name in Nix 2.8's builtins exists, with its type. (ovl may add newer names; this list is 2.8's.)
let names = [
  "abort" "add" "addErrorContext" "all" "any" "appendContext" "attrNames" "attrValues" "baseNameOf"
  "bitAnd" "bitOr" "bitXor" "builtins" "catAttrs" "ceil" "compareVersions" "concatLists" "concatMap"
  "concatStringsSep" "currentSystem" "currentTime" "deepSeq" "derivation" "derivationStrict" "dirOf"
  "div" "elem" "elemAt" "false" "fetchGit" "fetchMercurial" "fetchTarball" "fetchTree" "fetchurl"
  "filter" "filterSource" "findFile" "floor" "foldl'" "fromJSON" "fromTOML" "functionArgs" "genList"
  "genericClosure" "getAttr" "getContext" "getEnv" "groupBy" "hasAttr" "hasContext" "hashFile"
  "hashString" "head" "import" "intersectAttrs" "isAttrs" "isBool" "isFloat" "isFunction" "isInt"
  "isList" "isNull" "isPath" "isString" "langVersion" "length" "lessThan" "listToAttrs" "map"
  "mapAttrs" "match" "mul" "nixPath" "nixVersion" "null" "parseDrvName" "partition" "path"
  "pathExists" "placeholder" "readDir" "readFile" "removeAttrs" "replaceStrings" "scopedImport" "seq"
  "sort" "split" "splitVersion" "storeDir" "storePath" "stringLength" "sub" "substring" "tail" "throw"
  "toFile" "toJSON" "toPath" "toString" "toXML" "trace" "true" "tryEval" "typeOf"
  "unsafeDiscardOutputDependency" "unsafeDiscardStringContext" "unsafeGetAttrPos" "zipAttrsWith"
]; in
{
  count = builtins.length names;
  missing = builtins.filter (n: !(builtins ? ${n})) names;
  types = builtins.listToAttrs (map (n: { name = n; value = builtins.typeOf builtins.${n}; }) names);
}
