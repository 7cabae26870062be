[ builtins.nixVersion (builtins.compareVersions builtins.nixVersion "2.8") ]
