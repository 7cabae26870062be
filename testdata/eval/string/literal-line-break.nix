# Strings may span lines; the break is kept.
"one
two"
