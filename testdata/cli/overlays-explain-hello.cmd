overlays ./overlays --explain hello
