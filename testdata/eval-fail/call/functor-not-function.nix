# __functor must be a function taking the set.
{ __functor = 1; } 2
