echo "never run" > "$out"
