# An interpolation at the start of a line ends that line's indentation.
''
    a
  ${"b"}
''
