# The nixpkgs manual's two overlay examples (in _overlays/, verbatim)
# evaluate against the embedded set and do what the manual says.
# Check: nix-instantiate --eval --strict --store dummy:// --readonly-mode manual-overlays.nix
let
  fold = import ./_fold.nix;
  base = fold { };
  pkgs = fold {
    overlays = [
      ./_overlays/manual-boost-rr.nix
      ./_overlays/manual-blas.nix
    ];
  };
in

# Example 1: boost now has Python bindings, built with python3.
assert base.boost.python == null;
assert !base.boost.pythonSupport;
assert pkgs.boost.python == pkgs.python3;
assert pkgs.boost.python.name == "python3-3.12.4";
assert pkgs.boost.pythonSupport;
assert builtins.elem pkgs.python3 pkgs.boost.buildInputs;
assert builtins.elem "--with-python=${pkgs.python3.interpreter}" pkgs.boost.configureFlags;
assert pkgs.boost.outPath != base.boost.outPath;
assert pkgs.boost ? override && pkgs.boost ? overrideAttrs;

# rr comes from the overlay's own ./pkgs/rr, built with stdenv_32bit.
assert pkgs.rr.version == "5.8.0";
assert base.rr.version == "5.7.0";
assert pkgs.rr.stdenv == pkgs.stdenv_32bit;
assert pkgs.rr.stdenv != pkgs.stdenv;
assert pkgs.rr.stdenv.cc == pkgs.gcc_multi;
assert pkgs.rr.stdenv.cc.enableMultilib;
assert pkgs.rr.nativeBuildInputs == [ pkgs.cmake ];
assert (pkgs.rr.override { stdenv = pkgs.stdenv; }).stdenv == pkgs.stdenv;

# Example 2: BLAS and LAPACK are provided by MKL.
assert base.blas.provider == base.openblas;
assert base.blas.implementation == "openblas";
assert pkgs.blas.provider == pkgs.mkl;
assert pkgs.blas.implementation == "mkl";
assert pkgs.lapack.provider == pkgs.mkl;
assert pkgs.lapack.implementation == "mkl";
assert pkgs.blas.buildInputs == [ pkgs.mkl ];
assert pkgs.blas.name == "blas-3";
assert pkgs.blas.outPath != base.blas.outPath;

# Packages that depend on blas and lapack follow: numpy links MKL now.
assert pkgs.python3Packages.numpy.blasImplementation == "mkl";
assert base.python3Packages.numpy.blasImplementation == "openblas";
assert pkgs.python3Packages.numpy.outPath != base.python3Packages.numpy.outPath;

# mkl is unfree: present and evaluable, but not available under the default config.
assert !pkgs.mkl.meta.available;
assert pkgs.mkl.meta.unfree;

# Packages the overlays do not touch keep their paths.
assert pkgs.hello.outPath == base.hello.outPath;
assert pkgs.curl.outPath == base.curl.outPath;

true
