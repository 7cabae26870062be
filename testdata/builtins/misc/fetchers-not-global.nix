# Only fetchTarball is a global; the other fetchers need the builtins prefix.
fetchurl
