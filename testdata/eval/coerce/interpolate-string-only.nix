let s = "plain"; in "${s}"
