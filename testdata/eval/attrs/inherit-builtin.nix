# inherit may take names from the global scope.
{ inherit true null; }
