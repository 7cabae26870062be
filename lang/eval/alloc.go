package eval

import "unsafe"

// The evaluator allocates a few kinds of small objects by the million
// (function environments, thunks). Taking them from slabs amortises the
// allocator's cost, as CppNix's batch allocation does; a slab is freed when
// none of its objects is referenced any more. Slabs stay within slabBytes,
// the largest size Go allocates without a per-object type header.
const slabBytes = 512

type slabs struct {
	env1s     []env1
	thunks    []Thunk
	thunkEnvs []thunkEnv
	envPairs  []envPair
	appThunks []appThunk
}

func (m *Machine) allocEnv1() *env1 {
	if len(m.slab.env1s) == 0 {
		m.slab.env1s = make([]env1, slabBytes/unsafe.Sizeof(env1{}))
	}
	e := &m.slab.env1s[0]
	m.slab.env1s = m.slab.env1s[1:]
	return e
}

func (m *Machine) allocThunk() *Thunk {
	if len(m.slab.thunks) == 0 {
		m.slab.thunks = make([]Thunk, slabBytes/unsafe.Sizeof(Thunk{}))
	}
	t := &m.slab.thunks[0]
	m.slab.thunks = m.slab.thunks[1:]
	return t
}

func (m *Machine) allocThunkEnv() *thunkEnv {
	if len(m.slab.thunkEnvs) == 0 {
		m.slab.thunkEnvs = make([]thunkEnv, slabBytes/unsafe.Sizeof(thunkEnv{}))
	}
	t := &m.slab.thunkEnvs[0]
	m.slab.thunkEnvs = m.slab.thunkEnvs[1:]
	return t
}

func (m *Machine) allocEnvPair() *envPair {
	if len(m.slab.envPairs) == 0 {
		m.slab.envPairs = make([]envPair, slabBytes/unsafe.Sizeof(envPair{}))
	}
	p := &m.slab.envPairs[0]
	m.slab.envPairs = m.slab.envPairs[1:]
	return p
}

func (m *Machine) allocAppThunk() *appThunk {
	if len(m.slab.appThunks) == 0 {
		m.slab.appThunks = make([]appThunk, slabBytes/unsafe.Sizeof(appThunk{}))
	}
	a := &m.slab.appThunks[0]
	m.slab.appThunks = m.slab.appThunks[1:]
	return a
}
