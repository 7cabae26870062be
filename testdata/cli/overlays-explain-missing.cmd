overlays ./overlays --explain nosuchpackage
