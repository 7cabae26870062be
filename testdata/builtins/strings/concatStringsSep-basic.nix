[
  (builtins.concatStringsSep ", " [ "a" "b" "c" ])
  (builtins.concatStringsSep "" [ "a" "b" ])
  (builtins.concatStringsSep "-" [ "only" ])
  (builtins.concatStringsSep "-" [ ])
  (builtins.concatStringsSep "-" [ "" "" ])
]
