[
  (final: prev: { order = prev.order ++ [ "inline" ]; })
  ./tree/file.nix
  ./tree/dir
  (toString ./tree/string.nix)
]
