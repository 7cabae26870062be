# Interpolated text is not re-indented, even with newlines inside.
let s = "x\n    y"; in ''
  a ${s}
  b
''
