final: prev: { order = prev.order ++ [ "x.#y" ]; }
