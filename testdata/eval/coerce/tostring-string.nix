toString "same"
