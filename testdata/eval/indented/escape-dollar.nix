# ''$ is a literal $, so ''${ does not interpolate.
''
  ''${x} and $y
''
