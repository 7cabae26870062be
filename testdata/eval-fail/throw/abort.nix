abort "stopping"
