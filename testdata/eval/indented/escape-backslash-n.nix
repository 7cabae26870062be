# ''\ escapes the next character like a backslash in a normal string.
''a''\nb''\tc''\rd''\\e''\xf''
