let s = "just"; in "${s}"
