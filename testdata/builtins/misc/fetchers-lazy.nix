# Mentioning a fetch in an unused attribute costs nothing.
builtins.attrNames { src = builtins.fetchurl { url = "https://example.invalid/x.tar.gz"; sha256 = ""; }; other = 1; }
