package eval

// FreeEnvs returns the number of environments on the free lists of m (see
// callReusing): one-argument calls, two-argument calls.
func FreeEnvs(m *Machine) (ones, pairs int) { return len(m.freeEnv1), len(m.freePairs) }

// SetMaxValueBytes lowers the size bound of one string or list (see
// CheckStringSize), so that tests reach it without allocating 256 MiB.
func SetMaxValueBytes(m *Machine, n int) { m.maxValueBytes = n }
