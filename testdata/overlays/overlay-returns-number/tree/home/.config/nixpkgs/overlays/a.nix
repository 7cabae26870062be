final: prev: 42
