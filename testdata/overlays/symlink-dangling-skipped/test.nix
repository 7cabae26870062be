final: final.order
