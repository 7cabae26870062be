let map = f: l: "mine"; in map (x: x) [ ]
