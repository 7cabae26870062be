# A partially applied lambda prints as <LAMBDA>.
(a: b: a) 1
