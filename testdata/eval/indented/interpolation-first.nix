# An interpolation before any text: following lines keep their indentation.
''${"a\nb"}
  c''
