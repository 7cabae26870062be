# A dynamic key that evaluates to null drops the binding.
{ ${null} = 1; a = 2; }
