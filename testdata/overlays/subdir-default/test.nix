final: { inherit (final) order v w; }
