# string + path copies the file to the store; a missing file fails.
"prefix-" + ./does-not-exist
