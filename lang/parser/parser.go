// Package parser turns Nix source text into the syntax tree of package ast,
// accepting exactly what CppNix 2.8 accepts and failing with its messages
// and positions.
//
// It is a table-driven LALR(1) parser: internal/lalrgen builds the tables
// (tables.go) from a grammar of the same shape as CppNix's bison grammar,
// with bison's conflict resolution and default reductions, so a syntax
// error is found in the same parser state as in CppNix and lists the same
// expected tokens. The lexer (lexer.go) reproduces CppNix's flex scanner.
// The semantic actions (actions.go) lower straight into package ast,
// applying Nix 2.8's desugarings.
package parser

//go:generate go run ./internal/lalrgen

import (
	"strings"

	"github.com/ovl-nix/ovl/lang/ast"
)

// Options says how path literals are made absolute.
type Options struct {
	BaseDir string // directory that relative path literals resolve against (file's dir, or cwd for -E)
	Home    string // $HOME for ~/ paths
}

// Error is a syntax error or one of the errors CppNix reports while
// parsing (duplicate attributes, bad paths, ...).
type Error struct {
	Pos ast.Pos
	Msg string // e.g. "syntax error, unexpected IN, expecting ';'"
	// Incomplete is set when the input ended too early: more text could
	// still make it valid, so the REPL asks for another line.
	Incomplete bool
}

func (e *Error) Error() string {
	if e.Pos.IsValid() {
		return e.Pos.String() + ": " + e.Msg
	}
	return e.Msg
}

// maxStack is where CppNix's GLR parser runs out of stack (YYMAXDEPTH
// 10000 items less its headroom) and reports "memory exhausted".
const maxStack = 9999

type stackEntry struct {
	state int
	loc   loc
	v     value
}

type parser struct {
	src     *ast.Source
	opts    Options
	lex     *lexer
	stack   []stackEntry
	la      []token // lookahead tokens read but not yet shifted
	lastLoc loc     // location of the last token read (bison's yylloc)
	syms    map[string]ast.Symbol
	index   map[*ast.AttrSet]map[ast.Symbol]*ast.Binding

	// Lists the actions are done with, for reuse (see newNames).
	freeNames []*[]ast.AttrName
	freeParts []*[]part
	err       *Error
}

// Parse parses src. Relative paths resolve against opts.BaseDir and ~/
// paths against opts.Home. The error, if any, is an *Error.
func Parse(src *ast.Source, opts Options) (ast.Expr, error) {
	p := &parser{src: src, opts: opts, syms: map[string]ast.Symbol{}}
	p.lex = newLexer(src.Text, p)
	e := p.run()
	if p.err != nil {
		return nil, p.err
	}
	return e, nil
}

func (p *parser) pos(line, col int32) ast.Pos { return ast.Pos{Src: p.src, Line: line, Col: col} }
func (p *parser) at(l loc) ast.Pos            { return p.pos(l.firstLine, l.firstCol) }

// symbol interns an identifier. A per-parse cache spares the shared,
// locked symbol table most lookups.
func (p *parser) symbol(b []byte) ast.Symbol {
	if s, ok := p.syms[string(b)]; ok {
		return s
	}
	s := ast.Intern(string(b))
	p.syms[string(b)] = s
	return s
}

// peek returns the i-th token after the ones already shifted, reading it
// if needed.
func (p *parser) peek(i int) *token {
	for len(p.la) <= i {
		t := p.lex.next()
		if p.lex.err != nil && p.err == nil {
			p.err = p.lex.err
		}
		p.la = append(p.la, t)
		p.lastLoc = t.loc
	}
	return &p.la[i]
}

func (p *parser) fail(l loc, msg string) {
	if p.err == nil {
		p.err = &Error{Pos: p.at(l), Msg: msg}
	}
}

// run drives the LR automaton until the input is accepted or an error
// occurs.
func (p *parser) run() ast.Expr {
	p.stack = append(p.stack, stackEntry{state: 0, loc: loc{1, 1, 1, 1}})
	for p.err == nil {
		st := p.stack[len(p.stack)-1].state
		var act int
		if defaulted[st] {
			act = -int(defaultReduction[st])
		} else {
			t := p.peek(0)
			if p.err != nil {
				return nil
			}
			act = int(actionTable[st*numTerminals+t.kind])
			switch {
			case act == 0:
				if d := defaultReduction[st]; d >= 0 {
					act = -int(d)
				} else {
					p.syntaxError(st, t)
					return nil
				}
			case act == errorAction:
				p.syntaxError(st, t)
				return nil
			default:
				if alt, ok := conflictAlt(st, t.kind); ok {
					act = p.resolveConflict(t.kind, act, alt)
					if p.err != nil {
						return nil
					}
				}
			}
		}
		if act > 0 {
			if act == acceptAction {
				return p.stack[1].v.e
			}
			t := p.la[0]
			p.la = p.la[:copy(p.la, p.la[1:])]
			p.stack = append(p.stack, stackEntry{state: act - 1, loc: t.loc, v: tokenValue(&t)})
		} else {
			p.reduce(-act)
		}
		if len(p.stack) >= maxStack {
			p.fail(p.lastLoc, "memory exhausted")
		}
	}
	return nil
}

func (p *parser) reduce(rule int) {
	n := int(ruleLen[rule])
	base := len(p.stack) - n
	from := p.stack[base-1].state
	to := int(gotoTable[from*numNonterminals+int(ruleLHS[rule])]) - 1
	if n == 1 && ruleAction[rule] == aPass {
		// The chains expr_simple -> expr_select -> … -> expr keep the
		// value and location; only the state changes.
		p.stack[base].state = to
		return
	}
	var l loc
	below := p.stack[base-1].loc
	if n > 0 {
		first, last := p.stack[base].loc, p.stack[len(p.stack)-1].loc
		l = loc{first.firstLine, first.firstCol, last.lastLine, last.lastCol}
	} else {
		l = loc{below.lastLine, below.lastCol, below.lastLine, below.lastCol}
	}
	v := p.action(rule, p.stack[base:], l, below)
	if n == 0 {
		p.stack = append(p.stack, stackEntry{state: to, loc: l, v: v})
		return
	}
	p.stack = p.stack[:base+1]
	top := &p.stack[base]
	top.state, top.loc, top.v = to, l, v
}

// syntaxError reports the lookahead t as bison's verbose error does: the
// tokens the state accepts are listed when there are at most four.
func (p *parser) syntaxError(st int, t *token) {
	var expected []string
	for k := 0; k < numTerminals; k++ {
		a := actionTable[st*numTerminals+k]
		if k != tError && a != 0 && a != errorAction {
			expected = append(expected, terminalNames[k])
		}
	}
	var b strings.Builder
	b.WriteString("syntax error, unexpected ")
	b.WriteString(terminalNames[t.kind])
	if len(expected) <= 4 {
		for i, e := range expected {
			if i == 0 {
				b.WriteString(", expecting ")
			} else {
				b.WriteString(" or ")
			}
			b.WriteString(e)
		}
	}
	p.err = &Error{Pos: p.at(t.loc), Msg: b.String(), Incomplete: t.kind == tEOF || t.atEOF}
}

// resolveConflict stands in for CppNix's GLR parser at its one conflict:
// after `{`, an identifier or `}` may begin either a set pattern or an
// attribute set. Both readings are run ahead on the states alone until one
// fails; the survivor's action is taken. When both fail on the same token,
// bison reports the error of the stack it split off (the conflict's
// alternative), so that one is taken too and fails the same way.
func (p *parser) resolveConflict(kind, act, alt int) int {
	var a, b sim
	a.init(p.stack)
	b.init(p.stack)
	aOK := a.step(kind, act)
	bOK := b.step(kind, alt)
	for i := 1; aOK && bOK; i++ {
		t := p.peek(i)
		if p.err != nil {
			return act
		}
		aOK = a.step(t.kind, 0)
		bOK = b.step(t.kind, 0)
		if t.kind == tEOF {
			break
		}
	}
	if aOK && !bOK {
		return act
	}
	return alt
}

// conflictAlt returns the other action CppNix's GLR parser tries in
// state st on terminal kind, if any.
func conflictAlt(st, kind int) (int, bool) {
	for _, c := range conflicts {
		if int(c.state) == st && int(c.terminal) == kind {
			return -int(c.rule), true
		}
	}
	return 0, false
}

// sim runs the automaton on states only, on top of the real stack.
type sim struct {
	base []stackEntry
	n    int // entries of base still on the stack
	own  []int
	buf  [16]int
}

func (s *sim) init(stack []stackEntry) {
	s.base, s.n, s.own = stack, len(stack), s.buf[:0]
}

func (s *sim) top() int {
	if len(s.own) > 0 {
		return s.own[len(s.own)-1]
	}
	return s.base[s.n-1].state
}

func (s *sim) pop(k int) {
	for ; k > 0; k-- {
		if len(s.own) > 0 {
			s.own = s.own[:len(s.own)-1]
		} else {
			s.n--
		}
	}
}

// step processes one token: reductions, then its shift. first, when not
// zero, is the action to take first. It reports whether the token was
// accepted.
func (s *sim) step(kind, first int) bool {
	for {
		st := s.top()
		act := first
		first = 0
		if act == 0 {
			if defaulted[st] {
				act = -int(defaultReduction[st])
			} else {
				act = int(actionTable[st*numTerminals+kind])
				if act == 0 {
					if d := defaultReduction[st]; d >= 0 {
						act = -int(d)
					} else {
						return false
					}
				}
				if act == errorAction {
					return false
				}
			}
		}
		if act > 0 {
			if act != acceptAction {
				s.own = append(s.own, act-1)
			}
			return true
		}
		rule := -act
		s.pop(int(ruleLen[rule]))
		s.own = append(s.own, int(gotoTable[s.top()*numNonterminals+int(ruleLHS[rule])])-1)
	}
}
