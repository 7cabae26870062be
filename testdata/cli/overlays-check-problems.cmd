overlays ./testdata/cli/_check --check
