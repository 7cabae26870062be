# . and .. segments are removed.
./a/./b/../c
