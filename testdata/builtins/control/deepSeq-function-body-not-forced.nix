builtins.deepSeq (x: throw "function bodies are not evaluated") "done"
