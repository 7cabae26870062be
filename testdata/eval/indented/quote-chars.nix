# Double quotes and backslashes are plain text.
''
  "q" \ \\
''
