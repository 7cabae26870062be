final: prev: { bad = throw "bad must not be forced"; worse = abort "worse must not be forced"; b = final.bad; }
