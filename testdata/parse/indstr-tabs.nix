''
	foo
  bar
''