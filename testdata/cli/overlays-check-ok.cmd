overlays ./overlays --check
