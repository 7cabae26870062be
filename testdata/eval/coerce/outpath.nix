# A set with outPath coerces to that value.
let drv = { outPath = "/nix/store/x-pkg"; }; in "${drv}/bin"
