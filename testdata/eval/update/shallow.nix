# // replaces a nested set instead of merging it.
{ a = { x = 1; y = 2; }; } // { a = { y = 3; }; }
