# Unary minus binds tighter than *: (-2) * 3.
-2 * 3
