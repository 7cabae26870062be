package builtins

// The executor of the regex engine (see regex_syntax.go): libstdc++'s
// depth-first executor for POSIX grammars, which explores both sides of
// every alternative and keeps the first of the longest solutions, but
// stops trying fewer iterations of a loop once more iterations gave a
// solution.

// reMaxDepth bounds the executor's recursion, which (as in libstdc++)
// grows with the length of the subject string.
const reMaxDepth = 1 << 18

// reCheckEvery is how many executor steps pass between two calls of the
// stop hook: backtracking can take exponential time, as in CppNix, and
// must stay interruptible.
const reCheckEvery = 1 << 16

// Match flags of std::regex_search used by regex_iterator.
const (
	flagNotNull    = 1 << iota // an empty match is no match
	flagContinuous             // the match must start at the start
	flagPrevAvail              // the start is not the start of the subject
)

// subMatch is a capture: [first, second) when matched.
type subMatch struct {
	first, second int
	matched       bool
}

// reExecutor is one run of std::regex_match or std::regex_search: the
// position, the captures of the path being tried and the best solution.
type reExecutor struct {
	states  []reState
	stop    func() error // polled every reCheckEvery steps; nil for none
	steps   int
	err     error // from stop, or errRegexDepth
	s       string
	begin   int
	flags   int
	exact   bool
	cur     []subMatch
	results []subMatch
	rep     []struct{ pos, count int }
	hasSol  bool
	solPos  int // end of the best solution so far, -1 for none
	depth   int
}

// matchAll is std::regex_match: the whole of s, or nil. Unmatched groups
// have matched == false.
func (re *stdRegex) matchAll(s string, stop func() error) ([]subMatch, error) {
	e := re.executor(s, 0, 0, stop)
	e.exact = true
	ok := e.run()
	if e.err != nil {
		return nil, e.err
	}
	if !ok {
		return nil, nil
	}
	return e.results, nil
}

// search is std::regex_search on s[start:] with flags: the first match,
// or nil.
func (re *stdRegex) search(s string, start, flags int, stop func() error) ([]subMatch, error) {
	e := re.executor(s, start, flags, stop)
	ok := e.run()
	if !ok && e.err == nil && flags&flagContinuous == 0 {
		e.flags |= flagPrevAvail
		for e.begin < len(s) && !ok && e.err == nil {
			e.begin++
			ok = e.run()
		}
	}
	if e.err != nil {
		return nil, e.err
	}
	if !ok {
		return nil, nil
	}
	return e.results, nil
}

// searchAll lists the matches std::regex_iterator visits. Before it adds
// a match, it asks fits whether the caller can take that many: an empty
// pattern matches at every byte of the string.
func (re *stdRegex) searchAll(s string, stop func() error, fits func(matches int) error) ([][]subMatch, error) {
	var all [][]subMatch
	flags := 0
	m, err := re.search(s, 0, flags, stop)
	for m != nil && err == nil {
		if err := fits(len(all) + 1); err != nil {
			return nil, err
		}
		all = append(all, m)
		start := m[0].second
		if m[0].first == m[0].second {
			if start == len(s) {
				break
			}
			m, err = re.search(s, start, flags|flagNotNull|flagContinuous, stop)
			if m != nil || err != nil {
				continue
			}
			start++
		}
		flags |= flagPrevAvail
		m, err = re.search(s, start, flags, stop)
	}
	return all, err
}

func (re *stdRegex) executor(s string, begin, flags int, stop func() error) *reExecutor {
	e := &reExecutor{
		states:  re.states,
		stop:    stop,
		s:       s,
		begin:   begin,
		flags:   flags,
		cur:     make([]subMatch, re.groups),
		results: make([]subMatch, re.groups),
		rep:     make([]struct{ pos, count int }, len(re.states)),
	}
	return e
}

// run is one attempt at e.begin.
func (e *reExecutor) run() bool {
	e.hasSol = false
	e.solPos = -1
	clear(e.cur)
	e.dfs(0, e.begin)
	return e.hasSol
}

// call is a nested step of the search, which fails the whole search when
// it recurses too deep or the stop hook says so.
func (e *reExecutor) call(i int32, pos int) {
	e.steps++
	if e.steps%reCheckEvery == 0 && e.stop != nil && e.err == nil {
		e.err = e.stop()
	}
	e.depth++
	if e.depth > reMaxDepth && e.err == nil {
		e.err = errRegexDepth
	}
	if e.err == nil {
		e.dfs(i, pos)
	}
	e.depth--
}

func (e *reExecutor) dfs(i int32, pos int) {
	for e.err == nil && i >= 0 {
		st := &e.states[i]
		switch st.op {
		case opMatch:
			if pos == len(e.s) || !st.set.has(e.s[pos]) {
				return
			}
			pos++
			i = st.next
		case opLineBegin:
			if pos != e.begin || e.flags&flagPrevAvail != 0 {
				return
			}
			i = st.next
		case opLineEnd:
			if pos != len(e.s) {
				return
			}
			i = st.next
		case opSubBegin:
			g := &e.cur[st.group]
			back := g.first
			g.first = pos
			e.call(st.next, pos)
			e.cur[st.group].first = back
			return
		case opSubEnd:
			back := e.cur[st.group]
			e.cur[st.group].second = pos
			e.cur[st.group].matched = true
			e.call(st.next, pos)
			e.cur[st.group] = back
			return
		case opRepeat:
			// Once more round the loop first, unless the loop was
			// already entered twice at this position (libstdc++'s
			// guard against empty iterations); then, if that gave no
			// solution, leave the loop.
			rc := &e.rep[i]
			if rc.count == 0 || rc.pos != pos {
				back := *rc
				rc.pos, rc.count = pos, 1
				e.call(st.alt, pos)
				e.rep[i] = back
			} else if rc.count < 2 {
				rc.count++
				e.call(st.alt, pos)
				e.rep[i].count--
			}
			if e.hasSol {
				return
			}
			i = st.next
		case opAlternative:
			e.call(st.alt, pos)
			had := e.hasSol
			e.hasSol = false
			e.call(st.next, pos)
			e.hasSol = e.hasSol || had
			return
		case opAccept:
			e.accept(pos)
			return
		default:
			return
		}
	}
}

// accept records a solution; in POSIX mode a later one replaces it only
// if it ends further right.
func (e *reExecutor) accept(pos int) {
	if e.exact {
		e.hasSol = pos == len(e.s)
	} else {
		e.hasSol = true
	}
	if pos == e.begin && e.flags&flagNotNull != 0 {
		e.hasSol = false
	}
	if e.hasSol && (e.solPos < 0 || e.solPos < pos) {
		e.solPos = pos
		copy(e.results, e.cur)
	}
}
