"v=${let x = "in"; in x + "side"}"
