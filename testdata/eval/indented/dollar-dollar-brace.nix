# $$ swallows the next $, so $${...} stays literal text.
''$${"a"}''
