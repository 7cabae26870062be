final: { inherit (final) a b c d e; }
