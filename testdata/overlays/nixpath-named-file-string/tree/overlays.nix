"final: prev: { }"
