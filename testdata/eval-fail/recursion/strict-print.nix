# Printing forces every value, including a self-referencing one.
rec { a = 1; b = b + 1; }
