# A default may use another formal.
({ a, b ? a * 2 }: [ a b ]) { a = 3; }
