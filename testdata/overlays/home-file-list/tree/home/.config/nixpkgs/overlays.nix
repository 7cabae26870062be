[
  (final: prev: { order = prev.order ++ [ "first" ]; })
  (import ./second.nix)
  (final: prev: { order = prev.order ++ [ "third" ]; })
]
