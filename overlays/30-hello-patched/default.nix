# A directory overlay: discovery loads it because it has a default.nix.
# The patch beside it is not an overlay (discovery never looks inside).
final: prev: {
  hello = prev.hello.overrideAttrs (old: {
    patches = (old.patches or [ ]) ++ [ ./greeting.patch ];
    doCheck = false;
    meta = old.meta // {
      description = "${old.meta.description}, greeting overlays";
    };
  });
}
