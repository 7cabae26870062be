# Globals like true are lexical too: with cannot override them.
with { true = 5; }; true
