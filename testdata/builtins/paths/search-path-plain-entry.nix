<tree/file.txt>
