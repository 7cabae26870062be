let check = x: if x then "ok" else throw "check failed"; in check false
