overlays ./overlays -A boost.python.name
