let d = import ./_drv.nix; in
[
  (builtins.getContext (builtins.unsafeDiscardOutputDependency d.drvPath))
  (builtins.getContext (builtins.unsafeDiscardOutputDependency "${d}"))
  (builtins.unsafeDiscardOutputDependency "plain")
]
