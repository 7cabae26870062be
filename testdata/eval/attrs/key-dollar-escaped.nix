# In printed keys every $ is escaped, unlike in printed string values.
{ "a$b" = "a$b"; "\${x}" = "\${x}"; }
