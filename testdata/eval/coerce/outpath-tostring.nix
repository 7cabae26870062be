toString { outPath = "/o"; }
