# An identifier followed by '.', '+', '/' or ':' starts a path or a URI only
# if a '/' or a ':' follows the path characters from its start; else it is
# an identifier (a selection, an addition, ...).
a: b: x: a-b: [ a.b/c a+b/c a.b:c a.b x.y.z a-b.c/d a-b.c (a+b) (x.y+b) a.b/${x} ]
