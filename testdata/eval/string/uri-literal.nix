# An unquoted URI is a string.
[ http://example.org/a?b=c mailto:me@example.org ]
