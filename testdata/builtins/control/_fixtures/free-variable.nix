# Evaluated with scopedImport, which supplies freeVar.
freeVar + 1
