# An argument that is not used is not evaluated.
(x: 1) (throw "never")
