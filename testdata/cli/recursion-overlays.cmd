overlays ./testdata/cli/_cycle/overlays -A a
