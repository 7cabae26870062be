builtins.compareVersions "1" 1.0
