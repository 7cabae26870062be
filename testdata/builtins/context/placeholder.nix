[ (builtins.placeholder "out") (builtins.placeholder "dev") (builtins.placeholder "") (builtins.hasContext (builtins.placeholder "out")) ]
