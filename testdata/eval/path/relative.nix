# A relative path is resolved against the folder of the file.
./a
