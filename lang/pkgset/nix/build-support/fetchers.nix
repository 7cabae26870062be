# Fetcher stubs. They never download anything: each returns the
# derivation-shaped set a fixed-output fetch would be, named by its hash, so
# `src = fetchurl { … }` and "${src}" work and two fetches of the same
# content share a path. The hashes in ovl's packages are placeholders.
{ lib, stdenvNoCC }:

let
  # SRI ("sha256-…") or a bare base-32 sha256/sha512.
  hashOf =
    args:
    args.hash or args.outputHash or (
      if args ? sha256 then
        "sha256:${args.sha256}"
      else if args ? sha512 then
        "sha512:${args.sha512}"
      else
        lib.fakeHash
    );
in
rec {
  fetchurl =
    args:
    let
      urls =
        if args ? url then [ args.url ] else args.urls or (throw "fetchurl: the arguments have neither `url` nor `urls`");
      recursive = args.recursiveHash or false || args.executable or false;
    in
    stdenvNoCC.mkDerivation {
      name = args.name or (baseNameOf (builtins.head urls));
      inherit urls;
      url = builtins.head urls;
      outputHash = hashOf args;
      outputHashAlgo = "";
      outputHashMode = if recursive then "recursive" else "flat";
      postFetch = args.postFetch or "";
      executable = args.executable or false;
      preferLocalBuild = true;
      passthru = args.passthru or { };
      meta = args.meta or { };
    };

  # A tarball or zip, unpacked: named "source" unless told otherwise.
  fetchzip =
    args:
    fetchurl (
      removeAttrs args [
        "stripRoot"
        "extension"
      ]
      // {
        name = args.name or "source";
        recursiveHash = true;
        postFetch = "unpackFile \"$downloadedFile\"${lib.optionalString (args.stripRoot or true) " --strip-root"}\n" + args.postFetch or "";
      }
    );

  fetchgit =
    args@{
      url,
      rev ? "HEAD",
      fetchSubmodules ? false,
      leaveDotGit ? false,
      deepClone ? false,
      sparseCheckout ? [ ],
      ...
    }:
    let
      repoName = lib.removeSuffix ".git" (baseNameOf (lib.removeSuffix "/" url));
      shortRev = lib.optionalString (builtins.match "[0-9a-f]{40}" rev != null) "-${builtins.substring 0 7 rev}";
    in
    stdenvNoCC.mkDerivation {
      name = args.name or "${repoName}${shortRev}";
      inherit
        url
        rev
        fetchSubmodules
        leaveDotGit
        deepClone
        sparseCheckout
        ;
      outputHash = hashOf args;
      outputHashAlgo = "";
      outputHashMode = "recursive";
      preferLocalBuild = true;
      passthru = args.passthru or { };
      meta = args.meta or { };
    };

  fetchFromGitHub =
    args@{
      owner,
      repo,
      rev ? null,
      tag ? null,
      fetchSubmodules ? false,
      ...
    }:
    let
      ref =
        if tag != null then
          "refs/tags/${tag}"
        else if rev != null then
          rev
        else
          throw "fetchFromGitHub: give `rev` or `tag` for ${owner}/${repo}";
      passthru = {
        inherit owner repo;
        rev = ref;
        gitRepoUrl = "https://github.com/${owner}/${repo}.git";
      };
      meta.homepage = "https://github.com/${owner}/${repo}";
      common = {
        name = args.name or "source";
        inherit passthru meta;
      } // lib.filterAttrs (n: _: n == "hash" || n == "sha256") args;
    in
    if fetchSubmodules then
      fetchgit (common // {
        url = passthru.gitRepoUrl;
        rev = ref;
        fetchSubmodules = true;
      })
    else
      fetchzip (common // { url = "https://github.com/${owner}/${repo}/archive/${ref}.tar.gz"; });

  # A source distribution from the Python Package Index.
  fetchPypi =
    {
      pname,
      version,
      extension ? "tar.gz",
      ...
    }@args:
    fetchurl (
      removeAttrs args [
        "pname"
        "version"
        "extension"
        "format"
      ]
      // {
        url = "https://files.pythonhosted.org/packages/source/${builtins.substring 0 1 pname}/${pname}/${pname}-${version}.${extension}";
      }
    );

  # A patch, normalised so that unrelated header changes keep its hash.
  fetchpatch =
    args:
    fetchurl (
      removeAttrs args [
        "stripLen"
        "extraPrefix"
        "excludes"
        "includes"
        "revert"
      ]
      // {
        postFetch = "normalise-patch${lib.optionalString (args.revert or false) " --revert"}\n" + args.postFetch or "";
      }
    );
}
