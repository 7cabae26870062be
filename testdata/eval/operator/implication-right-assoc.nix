# -> associates to the right: false -> (true -> false).
false -> true -> false
