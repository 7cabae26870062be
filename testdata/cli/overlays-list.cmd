overlays ./overlays --list
