# Written with Nix escapes because ''' would end a Nix indented string.
builtins.fromTOML (builtins.concatStringsSep "\n" [
  ''basic = """''
  "first line"
  ''second line"""''
  ''trimmed = """\''
  ''    joined \''
  ''    words"""''
  "literal = '''"
  ''keep \n as is''
  "'''"
  ''leading_newline = """''
  ''"""''
])
