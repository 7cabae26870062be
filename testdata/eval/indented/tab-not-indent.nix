# Only spaces count as indentation; a tab is kept.
''
	a
''
