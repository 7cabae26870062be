{ x }: if x then throw "from imported file" else 1
