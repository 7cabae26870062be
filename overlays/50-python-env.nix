# A Python environment. numpy takes blas and lapack from the final set, so
# after 20-mkl.nix it links against MKL.
final: prev: {
  pythonEnv = final.python3.withPackages (ps: [
    ps.numpy
    ps.requests
  ]);
}
