# override (callPackage arguments) and overrideAttrs (mkDerivation
# arguments) behave as in nixpkgs and compose in either order.
# Check: nix-instantiate --eval --strict --store dummy:// --readonly-mode override.nix
let
  pkgs = import ./_fold.nix { };
  inherit (pkgs) hello curl ffmpeg lib;

  # overrideAttrs, classic form: old: { … }
  hello2 = hello.overrideAttrs (old: {
    version = "2.13";
    patches = (old.patches or [ ]) ++ [ "fix.patch" ];
  });
  # overrideAttrs, final: prev: form, reading the final attributes
  hello3 = hello.overrideAttrs (
    finalAttrs: prev: {
      version = "3.0";
      greeting = "hello ${finalAttrs.version}";
    }
  );
in

# Classic overrideAttrs: name follows pname and version, src follows version
# (hello's src is written with finalAttrs), the result is still overridable.
assert hello2.name == "hello-2.13";
assert hello2.version == "2.13";
assert hello2.patches == [ "fix.patch" ];
assert hello2.src.url == "mirror://gnu/hello/hello-2.13.tar.gz";
assert hello2.outPath != hello.outPath;
assert hello2.drvPath != hello.drvPath;
assert hello2 ? override && hello2 ? overrideAttrs;
assert hello2.meta.description == hello.meta.description;

# final: prev: form sees the final attributes.
assert hello3.greeting == "hello 3.0";
assert hello3.name == "hello-3.0";
assert (hello3.overrideAttrs { version = "4"; }).greeting == "hello 4";

# overrideAttrs composes with itself.
assert (hello2.overrideAttrs (old: { patches = old.patches ++ [ "b.patch" ]; })).patches == [
  "fix.patch"
  "b.patch"
];

# override then overrideAttrs, and overrideAttrs then override: both keep both changes.
assert
  let
    a = (curl.override { http2Support = false; }).overrideAttrs { pname = "curl-lite"; };
    b = (curl.overrideAttrs { pname = "curl-lite"; }).override { http2Support = false; };
  in
  a.name == "curl-lite-8.7.1"
  && b.name == "curl-lite-8.7.1"
  && !(builtins.elem pkgs.nghttp2 a.propagatedBuildInputs)
  && !(builtins.elem pkgs.nghttp2 b.propagatedBuildInputs)
  && a.outPath == b.outPath;

# override on the result of override; override with a function of the old arguments.
assert
  let
    once = ffmpeg.override { withX264 = false; };
    twice = once.override { withVpx = false; };
    # old holds the arguments given so far (not the function's defaults).
    fn = twice.override (old: { withVpx = !old.withVpx; withMp3lame = false; });
  in
  !(builtins.elem pkgs.x264 twice.buildInputs)
  && !(builtins.elem pkgs.libvpx twice.buildInputs)
  && builtins.elem pkgs.lame twice.buildInputs
  && !(builtins.elem pkgs.lame fn.buildInputs)
  && builtins.elem pkgs.libvpx fn.buildInputs
  && !(builtins.elem pkgs.x264 fn.buildInputs)
  && builtins.elem "--disable-libx264" fn.configureFlags
  && (fn.override { }).outPath == fn.outPath;

# Overriding an argument whose value is a function (fetchurl) is a plain replacement.
assert
  let
    mirrored = hello.override {
      fetchurl = args: pkgs.fetchurl (args // { url = "https://example.org/hello.tar.gz"; });
    };
  in
  mirrored.src.url == "https://example.org/hello.tar.gz" && mirrored.src.outputHash == hello.src.outputHash;

# A fixed-output source is named by its hash: the URL does not change its path.
assert (hello.src.overrideAttrs { url = "https://example.org/elsewhere"; }).outPath == hello.src.outPath;
assert (hello.src.overrideAttrs { outputHash = lib.fakeHash; }).outPath != hello.src.outPath;

# Changing a dependency changes the dependent's path, not the dependency's name.
assert (curl.override { zlib = pkgs.zlib.override { static = false; }; }).outPath != curl.outPath;
assert (curl.override { zlib = pkgs.zlib.override { static = false; }; }).name == curl.name;

# Outputs: each is the package with its own outPath.
assert curl.outputs == [ "bin" "dev" "out" "man" ];
assert curl.outPath == curl.bin.outPath;
assert curl.dev.outputName == "dev";
assert curl.dev.name == curl.name;
assert lib.hasSuffix "-curl-8.7.1-dev" curl.dev.outPath;
assert curl.out.outPath != curl.dev.outPath;
assert map (o: o.outputName) curl.all == curl.outputs;

# makeOverridable on a plain function.
assert
  let
    f = lib.makeOverridable ({ a, b ? 2 }: { sum = a + b; }) { a = 1; };
  in
  f.sum == 3 && (f.override { b = 10; }).sum == 11 && ((f.override { b = 10; }).override (o: { a = o.b; })).sum == 20;

true
