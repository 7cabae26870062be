# Path literals inside the imported file are resolved against that file.
import ./_fixtures/relative-path.nix
