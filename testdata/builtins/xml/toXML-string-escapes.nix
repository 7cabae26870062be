builtins.toXML "<tag attr=\"v\"> & 'apos' \n newline \t tab \r cr"
