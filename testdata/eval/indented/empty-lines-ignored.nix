# Empty lines do not limit the indentation to strip.
''
    a

    b
''
