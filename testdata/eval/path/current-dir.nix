# ./. is the folder itself.
./.
