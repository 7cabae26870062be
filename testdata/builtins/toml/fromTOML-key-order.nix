# Attribute order follows Nix sorting, not document order.
builtins.attrNames (builtins.fromTOML ''
  zeta = 1
  alpha = 2
  Mid = 3
'')
