''
  outer ${''inner''} end
''
