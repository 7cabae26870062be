# Interpolations nest, each with its own string.
let a = "A"; in "x${"y${"z${a}"}"}"
