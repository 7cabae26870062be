# A float literal may start with the point.
.5
