# Without '' a backslash is an ordinary character.
''a\nb''
