overlays ./overlays --explain boost
