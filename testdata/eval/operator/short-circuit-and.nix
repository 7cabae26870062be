# && does not evaluate its right side when the left is false.
false && throw "never"
