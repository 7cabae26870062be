final: prev: [ ]
