final: final
