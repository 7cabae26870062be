# Products beyond 64 bits keep only the low 64 bits.
3037000500 * 3037000500
