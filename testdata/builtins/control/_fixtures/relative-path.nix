# A path literal in an imported file is relative to that file.
./hello.txt
