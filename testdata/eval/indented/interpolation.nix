let who = "you"; in ''
  hello ${who}
  bye
''
