# * and / share a level and apply left to right: (7 * 3) / 2.
[ (7 * 3 / 2) (7 / 2 * 3) ]
