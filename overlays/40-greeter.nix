# Adds a package that is not in the base set. callPackage fills in its
# arguments from the final set, so it runs the patched hello of 30-…
final: prev: {
  greeter = final.callPackage ./pkgs/greeter { };
}
