builtins.fromTOML ''
  top = 0

  [server]
  host = "localhost"
  port = 8080

  [server.tls]
  enabled = true

  [client]
''
