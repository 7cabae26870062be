# \${ is a literal "${"; the printer escapes it again.
"\${x}"
