# ~/ is relative to $HOME.
~/notes.txt
