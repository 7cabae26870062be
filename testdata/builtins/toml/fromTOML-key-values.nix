builtins.fromTOML ''
  name = "ovl"
  count = 3
  ratio = 0.5
  enabled = true
  disabled = false
''
