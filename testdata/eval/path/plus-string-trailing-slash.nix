# A trailing slash is removed.
./a + "/b/"
