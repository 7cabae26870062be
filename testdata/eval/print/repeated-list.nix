# The same list printed twice shows «repeated» the second time.
let l = [ 1 2 ]; in [ l l ]
