final: prev: null
