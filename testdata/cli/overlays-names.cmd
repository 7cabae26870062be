overlays ./overlays
