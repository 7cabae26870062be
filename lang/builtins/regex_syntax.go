package builtins

import (
	"errors"
	"strings"
)

// This file and regex_exec.go are a regular expression engine with the
// semantics CppNix 2.8 gives builtins.match and builtins.split: std::regex
// with the POSIX extended grammar, as libstdc++ (GCC 12) implements it. Go's regexp
// cannot stand in for it: libstdc++ parses the pattern into its own NFA
// (its bracket expressions, its escapes, `a**` being valid) and runs it
// with a backtracking executor that, in POSIX mode, explores both sides
// of every `|` and keeps the first longest match, but stops at the first
// solution inside a greedy loop. Which groups match, and which match a
// search finds, follow from that exact procedure, so it is reproduced
// here: the same NFA construction (including the state limit), and the
// same depth-first executor. Strings are bytes in the "C" locale.

// errRegexSyntax is any pattern std::regex rejects; errRegexSpace is a
// pattern whose NFA exceeds libstdc++'s state limit. CppNix words the two
// differently.
var (
	errRegexSyntax = errors.New("invalid regular expression")
	errRegexSpace  = errors.New("regular expression too large")
	// errRegexDepth is a match that recursed deeper than CppNix's stack
	// allows; CppNix dies with "stack overflow" there.
	errRegexDepth = errors.New("regular expression recursion too deep")
)

// reStateLimit is _GLIBCXX_REGEX_STATE_LIMIT.
const reStateLimit = 100000

type reOp uint8

const (
	opDummy reOp = iota
	opAlternative
	opRepeat
	opSubBegin
	opSubEnd
	opLineBegin
	opLineEnd
	opMatch
	opAccept
)

// byteSet is the set of bytes a matcher state accepts.
type byteSet [4]uint64

func (s *byteSet) add(c byte)      { s[c>>6] |= 1 << (c & 63) }
func (s *byteSet) has(c byte) bool { return s[c>>6]&(1<<(c&63)) != 0 }
func (s *byteSet) invert()         { s[0], s[1], s[2], s[3] = ^s[0], ^s[1], ^s[2], ^s[3] }

func (s *byteSet) union(t *byteSet) {
	for i := range s {
		s[i] |= t[i]
	}
}

// addFunc adds every byte for which f holds.
func (s *byteSet) addFunc(f func(byte) bool) {
	for c := 0; c < 256; c++ {
		if f(byte(c)) {
			s.add(byte(c))
		}
	}
}

// reState is one NFA state. For alternatives and loops, alt is tried
// before next.
type reState struct {
	op    reOp
	next  int32
	alt   int32
	group int32
	set   *byteSet // opMatch
}

// newState is a state of kind op with no successors yet.
func newState(op reOp) reState { return reState{op: op, next: -1, alt: -1} }

func (r *reState) hasAlt() bool { return r.op == opAlternative || r.op == opRepeat }

// stdRegex is a compiled pattern.
type stdRegex struct {
	states []reState
	groups int // capture groups, including group 0 (the whole match)
}

// ---------------------------------------------------------------------
// Scanner: the tokens of libstdc++'s POSIX extended scanner.

type reToken uint8

const (
	tokEOF reToken = iota
	tokOrdChar
	tokAnyChar
	tokSubBegin
	tokSubEnd
	tokBracketBegin
	tokBracketNegBegin
	tokBracketEnd
	tokBracketDash
	tokIntervalBegin
	tokIntervalEnd
	tokComma
	tokDupCount
	tokCharClass
	tokCollSymbol
	tokEquivClass
	tokOpt
	tokOr
	tokStar
	tokPlus
	tokLineBegin
	tokLineEnd
)

type scanState uint8

const (
	inNormal scanState = iota
	inBracket
	inBrace
)

// extendedSpecial are the characters with a meaning outside brackets;
// only they may be escaped (CppNix is built with __STRICT_ANSI__, so
// escaping anything else is an error).
const extendedSpecial = ".[\\()*+?{|^$"

type reScanner struct {
	p              string
	i              int
	state          scanState
	atBracketStart bool
	tok            reToken
	val            string
}

func (s *reScanner) advance() {
	if s.i == len(s.p) {
		s.tok = tokEOF
		return
	}
	switch s.state {
	case inNormal:
		s.scanNormal()
	case inBracket:
		s.scanBracket()
	default:
		s.scanBrace()
	}
}

func (s *reScanner) scanNormal() {
	c := s.p[s.i]
	s.i++
	if c != 0 && strings.IndexByte(extendedSpecial, c) < 0 {
		s.tok, s.val = tokOrdChar, s.p[s.i-1:s.i]
		return
	}
	switch c {
	case '\\':
		if s.i == len(s.p) {
			panic(errRegexSyntax)
		}
		e := s.p[s.i]
		if e == 0 || strings.IndexByte(extendedSpecial, e) < 0 {
			panic(errRegexSyntax)
		}
		s.i++
		s.tok, s.val = tokOrdChar, s.p[s.i-1:s.i]
	case '(':
		s.tok = tokSubBegin
	case ')':
		s.tok = tokSubEnd
	case '[':
		s.state, s.atBracketStart = inBracket, true
		if s.i < len(s.p) && s.p[s.i] == '^' {
			s.tok = tokBracketNegBegin
			s.i++
		} else {
			s.tok = tokBracketBegin
		}
	case '{':
		s.state, s.tok = inBrace, tokIntervalBegin
	case 0:
		panic(errRegexSyntax)
	case '^':
		s.tok = tokLineBegin
	case '$':
		s.tok = tokLineEnd
	case '.':
		s.tok = tokAnyChar
	case '*':
		s.tok = tokStar
	case '+':
		s.tok = tokPlus
	case '?':
		s.tok = tokOpt
	case '|':
		s.tok = tokOr
	}
}

func (s *reScanner) scanBracket() {
	c := s.p[s.i]
	s.i++
	switch {
	case c == '-':
		s.tok = tokBracketDash
	case c == '[':
		if s.i == len(s.p) {
			panic(errRegexSyntax)
		}
		switch s.p[s.i] {
		case '.':
			s.tok = tokCollSymbol
			s.eatClass('.')
		case ':':
			s.tok = tokCharClass
			s.eatClass(':')
		case '=':
			s.tok = tokEquivClass
			s.eatClass('=')
		default:
			s.tok, s.val = tokOrdChar, "["
		}
	case c == ']' && !s.atBracketStart:
		s.tok, s.state = tokBracketEnd, inNormal
	default:
		s.tok, s.val = tokOrdChar, s.p[s.i-1:s.i]
	}
	s.atBracketStart = false
}

// eatClass reads the name of `[:name:]`, `[.name.]` or `[=name=]` after
// its opening `[` and delimiter.
func (s *reScanner) eatClass(delim byte) {
	s.i++
	start := s.i
	for s.i < len(s.p) && s.p[s.i] != delim {
		s.i++
	}
	s.val = s.p[start:s.i]
	if s.i == len(s.p) || s.i+1 == len(s.p) || s.p[s.i+1] != ']' {
		panic(errRegexSyntax)
	}
	s.i += 2
}

func (s *reScanner) scanBrace() {
	c := s.p[s.i]
	s.i++
	switch {
	case isDigit(c):
		start := s.i - 1
		for s.i < len(s.p) && isDigit(s.p[s.i]) {
			s.i++
		}
		s.tok, s.val = tokDupCount, s.p[start:s.i]
	case c == ',':
		s.tok = tokComma
	case c == '}':
		s.tok, s.state = tokIntervalEnd, inNormal
	default:
		panic(errRegexSyntax)
	}
}

// ---------------------------------------------------------------------
// Compiler: libstdc++'s recursive descent, building the same NFA.

// reSeq is a fragment of the NFA from start to end (whose next is still
// open).
type reSeq struct{ start, end int32 }

type reCompiler struct {
	sc     reScanner
	states []reState
	stack  []reSeq
	val    string
	groups int
}

// compileStdRegex compiles a POSIX extended pattern, or returns
// errRegexSyntax or errRegexSpace.
func compileStdRegex(pattern string) (re *stdRegex, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok && (e == errRegexSyntax || e == errRegexSpace) {
				re, err = nil, e
				return
			}
			panic(r)
		}
	}()
	c := &reCompiler{sc: reScanner{p: pattern}}
	c.sc.advance()
	r := c.single(c.insertSubBegin())
	c.disjunction()
	if !c.match(tokEOF) {
		panic(errRegexSyntax)
	}
	c.append(&r, c.pop())
	c.append(&r, c.single(c.insertSubEnd(0)))
	c.append(&r, c.single(c.insert(newState(opAccept))))
	c.eliminateDummies()
	return &stdRegex{states: c.states, groups: c.groups}, nil
}

func (c *reCompiler) insert(s reState) int32 {
	c.states = append(c.states, s)
	if len(c.states) > reStateLimit {
		panic(errRegexSpace)
	}
	return int32(len(c.states) - 1)
}

func (c *reCompiler) insertSubBegin() int32 {
	g := c.groups
	c.groups++
	s := newState(opSubBegin)
	s.group = int32(g)
	return c.insert(s)
}

func (c *reCompiler) insertSubEnd(g int) int32 {
	s := newState(opSubEnd)
	s.group = int32(g)
	return c.insert(s)
}

func (c *reCompiler) insertDummy() int32 { return c.insert(newState(opDummy)) }

func (c *reCompiler) insertRepeat(next, alt int32) int32 {
	return c.insert(reState{op: opRepeat, next: next, alt: alt})
}

func (c *reCompiler) insertMatcher(set *byteSet) {
	s := newState(opMatch)
	s.set = set
	c.stack = append(c.stack, c.single(c.insert(s)))
}

func (c *reCompiler) single(id int32) reSeq { return reSeq{id, id} }

func (c *reCompiler) append(s *reSeq, t reSeq) {
	c.states[s.end].next = t.start
	s.end = t.end
}

func (c *reCompiler) pop() reSeq {
	s := c.stack[len(c.stack)-1]
	c.stack = c.stack[:len(c.stack)-1]
	return s
}

func (c *reCompiler) push(s reSeq) { c.stack = append(c.stack, s) }

// match consumes the current token if it is t, keeping its text in val.
func (c *reCompiler) match(t reToken) bool {
	if c.sc.tok != t {
		return false
	}
	c.val = c.sc.val
	c.sc.advance()
	return true
}

func (c *reCompiler) disjunction() {
	c.alternative()
	for c.match(tokOr) {
		alt1 := c.pop()
		c.alternative()
		alt2 := c.pop()
		end := c.insertDummy()
		c.append(&alt1, c.single(end))
		c.append(&alt2, c.single(end))
		// The left alternative is tried first.
		c.push(reSeq{c.insert(reState{op: opAlternative, next: alt2.start, alt: alt1.start}), end})
	}
}

// alternative is a sequence of terms, ended by a dummy state (libstdc++
// recurses once per term; the NFA is the same).
func (c *reCompiler) alternative() {
	var terms []reSeq
	for c.term() {
		terms = append(terms, c.pop())
	}
	s := c.single(c.insertDummy())
	for i := len(terms) - 1; i >= 0; i-- {
		t := terms[i]
		c.append(&t, s)
		s = t
	}
	c.push(s)
}

func (c *reCompiler) term() bool {
	switch {
	case c.match(tokLineBegin):
		c.push(c.single(c.insert(newState(opLineBegin))))
		return true
	case c.match(tokLineEnd):
		c.push(c.single(c.insert(newState(opLineEnd))))
		return true
	}
	if !c.atom() {
		return false
	}
	for c.quantifier() {
	}
	return true
}

func (c *reCompiler) quantifier() bool {
	switch {
	case c.match(tokStar):
		c.needOperand()
		e := c.pop()
		r := c.single(c.insertRepeat(-1, e.start))
		c.append(&e, r)
		c.push(r)
	case c.match(tokPlus):
		c.needOperand()
		e := c.pop()
		c.append(&e, c.single(c.insertRepeat(-1, e.start)))
		c.push(e)
	case c.match(tokOpt):
		c.needOperand()
		e := c.pop()
		end := c.insertDummy()
		r := c.single(c.insertRepeat(-1, e.start))
		c.append(&e, c.single(end))
		c.append(&r, c.single(end))
		c.push(r)
	case c.match(tokIntervalBegin):
		c.interval()
	default:
		return false
	}
	return true
}

func (c *reCompiler) needOperand() {
	if len(c.stack) == 0 {
		panic(errRegexSyntax)
	}
}

// interval compiles `{n}`, `{n,}` and `{n,m}` by copying the operand.
func (c *reCompiler) interval() {
	c.needOperand()
	if !c.match(tokDupCount) {
		panic(errRegexSyntax)
	}
	r := c.pop()
	e := c.single(c.insertDummy())
	minRep := int64(c.count())
	infinite := false
	var n int64
	if c.match(tokComma) {
		if c.match(tokDupCount) {
			n = int64(c.count()) - minRep
		} else {
			infinite = true
		}
	}
	if !c.match(tokIntervalEnd) {
		panic(errRegexSyntax)
	}
	for i := int64(0); i < minRep; i++ {
		c.append(&e, c.clone(r))
	}
	if infinite {
		tmp := c.clone(r)
		s := c.single(c.insertRepeat(-1, tmp.start))
		c.append(&tmp, s)
		c.append(&e, s)
	} else {
		if n < 0 {
			panic(errRegexSyntax)
		}
		end := c.insertDummy()
		var loops []int32
		for i := int64(0); i < n; i++ {
			tmp := c.clone(r)
			alt := c.insertRepeat(tmp.start, end)
			loops = append(loops, alt)
			c.append(&e, reSeq{alt, tmp.end})
		}
		c.append(&e, c.single(end))
		// "Once more" must be the alternative tried first.
		for _, id := range loops {
			s := &c.states[id]
			s.next, s.alt = s.alt, s.next
		}
	}
	c.push(e)
}

// count is the value of a repetition count as libstdc++ reads it: a long
// that wraps, truncated to int.
func (c *reCompiler) count() int32 {
	var v int64
	for i := 0; i < len(c.val); i++ {
		v = v*10 + int64(c.val[i]-'0')
	}
	return int32(v)
}

// clone copies the states of s, visiting them in libstdc++'s order (a
// state reachable twice before its first visit is copied twice, as
// there).
func (c *reCompiler) clone(s reSeq) reSeq {
	m := map[int32]int32{}
	stack := []int32{s.start}
	var order []int32
	for len(stack) > 0 {
		u := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		dup := c.states[u]
		id := c.insert(dup)
		if _, seen := m[u]; !seen {
			order = append(order, u)
		}
		m[u] = id
		if dup.hasAlt() && dup.alt != -1 {
			if _, ok := m[dup.alt]; !ok {
				stack = append(stack, dup.alt)
			}
		}
		if u == s.end {
			continue
		}
		if dup.next != -1 {
			if _, ok := m[dup.next]; !ok {
				stack = append(stack, dup.next)
			}
		}
	}
	for _, u := range order {
		ref := &c.states[m[u]]
		if ref.next != -1 {
			if v, ok := m[ref.next]; ok {
				ref.next = v
			}
		}
		if ref.hasAlt() && ref.alt != -1 {
			if v, ok := m[ref.alt]; ok {
				ref.alt = v
			}
		}
	}
	return reSeq{m[s.start], m[s.end]}
}

func (c *reCompiler) atom() bool {
	switch {
	case c.match(tokAnyChar):
		// POSIX `.` matches anything but NUL, newlines included.
		set := &byteSet{}
		set.invert()
		set[0] &^= 1
		c.insertMatcher(set)
	case c.match(tokOrdChar):
		set := &byteSet{}
		set.add(c.val[0])
		c.insertMatcher(set)
	case c.match(tokSubBegin):
		g := c.groups
		r := c.single(c.insertSubBegin())
		c.disjunction()
		if !c.match(tokSubEnd) {
			panic(errRegexSyntax)
		}
		c.append(&r, c.pop())
		c.append(&r, c.single(c.insertSubEnd(g)))
		c.push(r)
	default:
		return c.bracketExpression()
	}
	return true
}

// bracketItem is what the previous element of a bracket expression was:
// nothing, a character (which may start a range) or a class.
type bracketItem struct {
	kind byte // 0 none, 'c' char, 'k' class
	ch   byte
}

// bracketMatcher collects a bracket expression as libstdc++ does.
type bracketMatcher struct {
	chars   byteSet
	ranges  [][2]int8 // bounds compared as signed chars
	classes byteSet   // bytes of the named classes
	equiv   []byte    // lowercased collating elements
}

func (c *reCompiler) bracketExpression() bool {
	neg := c.match(tokBracketNegBegin)
	if !neg && !c.match(tokBracketBegin) {
		return false
	}
	var bm bracketMatcher
	var last bracketItem
	if c.match(tokOrdChar) {
		last = bracketItem{'c', c.val[0]}
	} else if c.match(tokBracketDash) {
		last = bracketItem{'c', '-'}
	}
	for c.bracketTerm(&last, &bm) {
	}
	if last.kind == 'c' {
		bm.chars.add(last.ch)
	}
	set := &byteSet{}
	set.addFunc(func(b byte) bool {
		if bm.chars.has(b) || bm.classes.has(b) {
			return true
		}
		for _, r := range bm.ranges {
			if r[0] <= int8(b) && int8(b) <= r[1] {
				return true
			}
		}
		for _, e := range bm.equiv {
			if asciiLower(b) == e {
				return true
			}
		}
		return false
	})
	if neg {
		set.invert()
	}
	c.insertMatcher(set)
	return true
}

func (c *reCompiler) bracketTerm(last *bracketItem, bm *bracketMatcher) bool {
	if c.match(tokBracketEnd) {
		return false
	}
	pushChar := func(ch byte) {
		if last.kind == 'c' {
			bm.chars.add(last.ch)
		}
		*last = bracketItem{'c', ch}
	}
	pushClass := func() {
		if last.kind == 'c' {
			bm.chars.add(last.ch)
		}
		*last = bracketItem{kind: 'k'}
	}
	switch {
	case c.match(tokCollSymbol):
		ch, ok := collatingElement(c.val)
		if !ok {
			panic(errRegexSyntax)
		}
		bm.chars.add(ch)
		pushChar(ch)
	case c.match(tokEquivClass):
		pushClass()
		ch, ok := collatingElement(c.val)
		if !ok {
			panic(errRegexSyntax)
		}
		bm.equiv = append(bm.equiv, asciiLower(ch))
	case c.match(tokCharClass):
		pushClass()
		class, ok := charClass(c.val)
		if !ok {
			panic(errRegexSyntax)
		}
		bm.classes.union(class)
	case c.match(tokOrdChar):
		pushChar(c.val[0])
	case c.match(tokBracketDash):
		switch {
		case c.match(tokBracketEnd):
			// `-]`: the dash is a literal.
			pushChar('-')
			return false
		case last.kind == 'c':
			var hi byte
			switch {
			case c.match(tokOrdChar):
				hi = c.val[0]
			case c.match(tokBracketDash):
				hi = '-'
			default:
				panic(errRegexSyntax)
			}
			if int8(last.ch) > int8(hi) {
				panic(errRegexSyntax)
			}
			bm.ranges = append(bm.ranges, [2]int8{int8(last.ch), int8(hi)})
			*last = bracketItem{}
		default:
			// A range cannot start at a class, and POSIX allows no
			// other dash.
			panic(errRegexSyntax)
		}
	default:
		panic(errRegexSyntax)
	}
	return true
}

func (c *reCompiler) eliminateDummies() {
	st := c.states
	for i := range st {
		for st[i].next >= 0 && st[st[i].next].op == opDummy {
			st[i].next = st[st[i].next].next
		}
		if st[i].hasAlt() {
			for st[i].alt >= 0 && st[st[i].alt].op == opDummy {
				st[i].alt = st[st[i].alt].next
			}
		}
	}
}

func asciiLower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// collatingNames are the names regex_traits::lookup_collatename knows,
// indexed by the character they stand for.
var collatingNames = [128]string{
	"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "alert", "backspace", "tab", "newline",
	"vertical-tab", "form-feed", "carriage-return", "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4",
	"NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "IS4", "IS3", "IS2", "IS1", "space",
	"exclamation-mark", "quotation-mark", "number-sign", "dollar-sign", "percent-sign", "ampersand",
	"apostrophe", "left-parenthesis", "right-parenthesis", "asterisk", "plus-sign", "comma", "hyphen",
	"period", "slash", "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"colon", "semicolon", "less-than-sign", "equals-sign", "greater-than-sign", "question-mark",
	"commercial-at", "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P",
	"Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z", "left-square-bracket", "backslash",
	"right-square-bracket", "circumflex", "underscore", "grave-accent", "a", "b", "c", "d", "e", "f",
	"g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z",
	"left-curly-bracket", "vertical-line", "right-curly-bracket", "tilde", "DEL",
}

func collatingElement(name string) (byte, bool) {
	for i, n := range collatingNames {
		if n == name {
			return byte(i), true
		}
	}
	return 0, false
}

// charClass is the set of a `[:name:]` class in the "C" locale; names are
// matched case-insensitively, and d, w, s are accepted too.
func charClass(name string) (*byteSet, bool) {
	var f func(c byte) bool
	lower := []byte(name)
	for i, c := range lower {
		lower[i] = asciiLower(c)
	}
	switch string(lower) {
	case "d", "digit":
		f = isDigit
	case "w":
		f = func(c byte) bool { return isAlpha(c) || isDigit(c) || c == '_' }
	case "s", "space":
		f = func(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }
	case "alnum":
		f = func(c byte) bool { return isAlpha(c) || isDigit(c) }
	case "alpha":
		f = isAlpha
	case "blank":
		f = func(c byte) bool { return c == ' ' || c == '\t' }
	case "cntrl":
		f = func(c byte) bool { return c < 32 || c == 127 }
	case "graph":
		f = func(c byte) bool { return c > 32 && c < 127 }
	case "lower":
		f = func(c byte) bool { return c >= 'a' && c <= 'z' }
	case "print":
		f = func(c byte) bool { return c >= 32 && c < 127 }
	case "punct":
		f = func(c byte) bool { return c > 32 && c < 127 && !isAlpha(c) && !isDigit(c) }
	case "upper":
		f = func(c byte) bool { return c >= 'A' && c <= 'Z' }
	case "xdigit":
		f = func(c byte) bool { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }
	default:
		return nil, false
	}
	s := &byteSet{}
	s.addFunc(f)
	return s, true
}
