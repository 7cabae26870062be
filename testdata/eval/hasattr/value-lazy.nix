# ? does not evaluate the attribute's value.
{ a = throw "never"; } ? a
