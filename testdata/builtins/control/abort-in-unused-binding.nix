let unused = abort "never forced"; in "fine"
