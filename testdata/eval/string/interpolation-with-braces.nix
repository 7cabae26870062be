# Braces inside an interpolation (sets, strings) stay balanced.
"<${ { k = "}"; }.k }>"
