# Only the chosen branch is evaluated.
[ (if true then 1 else throw "no") (if false then throw "no" else 2) ]
