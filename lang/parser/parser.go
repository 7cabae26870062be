// Package parser turns Nix source text into the syntax tree of package ast,
// accepting exactly what CppNix 2.8 accepts and failing with its messages
// and positions.
//
// The grammar engine is participle (github.com/alecthomas/participle/v2):
//
//   - lexer.go: the scanner, written by hand as a reproduction of CppNix's
//     flex scanner and exposed to participle as a lexer.Definition
//     (lexdef.go). Nix's tokens depend on context that participle's
//     stateful regex lexer expresses badly (a path or a division at `/`,
//     URIs, paths that re-enter code at `${`, indented strings with escapes of
//     their own), and flex resolves overlaps by longest match and then rule
//     order, which regex alternation does not: reproducing that exactly is
//     what makes error positions match CppNix's. It also runs at about
//     150 MB/s, where a participle.MustStateful approximation of the same
//     tokens ran at 1.5 MB/s. The hand-written productions read the tokens
//     from a ring of recent ones, participle from an array where the
//     parser writes the few it will read (ring.go).
//   - grammar.go: the participle productions: the file, the function forms
//     with set patterns (`x @ { … }:`, `{ … }:`, `{ … } @ x:`), assert,
//     with, let, if and inherit. lower.go turns what participle fills in
//     into package ast.
//   - expr.go, strings.go, lower.go: custom productions written by hand,
//     which participle calls for the expressions, let bindings, formals and
//     inherited names inside those productions: operator chains by
//     precedence climbing, application, selection with `or`, lists,
//     attribute sets with their bindings, strings, indented strings, paths,
//     and the plain lambda `x: body`. These are the hot paths, where
//     participle's reflective parser is too slow (bench_test.go has the
//     figures).
//
// The hand-written expression parser picks the production by looking one
// token ahead (two after an identifier; after `{`, as far as CppNix's GLR
// parser needs to tell a set pattern from a set), so participle runs
// without lookahead and never backtracks. Syntax errors are reported where
// CppNix reports them, as "syntax error, unexpected X, expecting Y" with
// CppNix's token names, Y being the tokens bison lists in that state (it
// lists at most four). The parser counts the items bison's stack would
// hold, to report "memory exhausted" where CppNix does and to bound its
// own recursion. The desugarings into package ast are Nix 2.8's.
package parser

import (
	"sync"

	"github.com/alecthomas/participle/v2/lexer"
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
// 10000 items less its headroom) and reports "memory exhausted". The
// parser counts the items bison's stack would hold (depth) to fail at the
// same place, which also bounds its own recursion.
const maxStack = 9999

// parser is the state of one parse. Parsers are pooled: each holds the
// participle grammar built for it, whose custom productions are its
// methods.
type parser struct {
	src  *ast.Source
	opts Options
	g    *grammar
	lex  *lexer.PeekingLexer // the cursor of the participle production being parsed
	// index holds a name index for the sets being built that have grown
	// past smallSet bindings.
	index map[*ast.AttrSet]*nameIndex
	// lastSet's index is lastIndex (see indexOf).
	lastSet   *ast.AttrSet
	lastIndex *nameIndex
	// spareIndexes are cleared indexes of complete sets, for reuse.
	spareIndexes []*nameIndex
	depth        int       // items on bison's stack (see maxStack)
	last         int       // the number of the furthest token read: where "memory exhausted" is reported
	patterns     []pattern // the set patterns being parsed, innermost last
	// altTok emulates CppNix's GLR parser after `{ }`: should the token
	// altTok fail both readings, bison reports the set pattern's error
	// (see setPattern).
	altTok lexer.Token
	hasAlt bool
	err    *Error
	ring   tokenRing     // the tokens the hand-written productions read
	arr    []lexer.Token // participle's array (see lend), kept between parses
	used   int           // arr's slots written in this parse
	// entry is the slot of the custom production being parsed (-1 at
	// the start); winSlot holds token winToken in the latest window.
	entry, winSlot, winToken int

	parts []part         // scratch for string parts, used as a stack
	paths []ast.AttrName // scratch for attribute paths, a stack
	elems []ast.Expr     // scratch for list elements, a stack
	alloc nodes          // where the commonest nodes come from
}

var pool = sync.Pool{New: func() any {
	p := &parser{}
	p.g = newGrammar(p)
	return p
}}

// bailout unwinds the parse after an error; Parse recovers it.
type bailout struct{}

// Parse parses src. Relative paths resolve against opts.BaseDir and ~/
// paths against opts.Home. The error, if any, is an *Error.
func Parse(src *ast.Source, opts Options) (ast.Expr, error) {
	p := pool.Get().(*parser)
	p.src, p.opts = src, opts
	p.clear()
	e := p.run()
	err := p.err
	p.src, p.lex, p.err = nil, nil, nil
	p.clear()
	p.alloc.reset()
	pool.Put(p)
	if err != nil {
		return nil, err
	}
	return e, nil
}

func (p *parser) run() (e ast.Expr) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
			e = nil
		}
	}()
	for p.attempt(&e) {
		// The source nests deeper than participle's array has windows
		// for (see lend).
		p.clear()
		p.arr = make([]lexer.Token, 4*len(p.arr))
	}
	return e
}

// clear forgets the state of a parse, keeping the scratch stacks' memory
// (and dropping what they point to).
func (p *parser) clear() {
	p.depth, p.index, p.last, p.hasAlt = 1, nil, 0, false
	p.lastSet, p.lastIndex = nil, nil
	p.patterns = p.patterns[:0]
	pop(&p.parts, 0)
	pop(&p.paths, 0)
	pop(&p.elems, 0)
	p.ring.reset(nil)
	clear(p.arr[:p.used])
	p.used, p.entry = 0, -1
}

// pop drops the items of a scratch stack from base on, and what they
// point to. Items are never left past a stack's length, so after a pop
// to 0 it holds nothing.
func pop[T any](stack *[]T, base int) {
	clear((*stack)[base:])
	*stack = (*stack)[:base]
}

// attempt parses the source into *e; again reports that it must start
// again with a larger array for participle.
func (p *parser) attempt(e *ast.Expr) (again bool) {
	p.ring.reset(newScanner(p.src.Text))
	startFeed(&p.ring, len(p.src.Text))
	defer func() {
		if f := p.ring.feed; f != nil {
			f.close()
		}
		if r := recover(); r != nil {
			if _, ok := r.(restart); !ok {
				panic(r)
			}
			again = true
		}
	}()
	if p.arr == nil {
		p.arr = make([]lexer.Token, 1024)
	}
	p.lex = install(p.arr)
	p.lend(p.lex)
	f, err := p.g.file.ParseFromLexer(p.lex)
	if err != nil {
		p.participleError(err, "end of file")
	}
	*e = f.Body
	return false
}

func (p *parser) pos(t *lexer.Token) ast.Pos {
	return ast.Pos{Src: p.src, Line: int32(t.Pos.Line), Col: int32(t.Pos.Column)}
}

// end is where the next token would start after t (one of the tokens
// whose end CppNix uses as a position).
func (p *parser) end(t *lexer.Token) ast.Pos {
	return ast.Pos{Src: p.src, Line: int32(t.Pos.Line), Col: int32(t.Pos.Column + tokenLen[kindOf(t.Type)])}
}

// tokenLen is the length of the tokens end is used on.
var tokenLen = [numKinds]int{tLBrace: 1, tRParen: 1, tLet: 3, tInherit: 7}

// name is the symbol of t, the next token, an identifier: the feed may
// have looked it up already.
func (p *parser) name(t *lexer.Token) ast.Symbol {
	if s, ok := p.ring.symbol(p.ring.head); ok {
		return s
	}
	return ast.InternCopy(t.Value)
}

// peek returns the next token. Reading a lexing error reports it, as
// CppNix does when bison asks flex for that token.
func (p *parser) peek() *lexer.Token {
	r := &p.ring
	n := r.head
	if n >= r.tail {
		r.fill(n)
	}
	t := &r.buf[n&ringMask]
	if n > p.last {
		p.last = n
	}
	if t.Type == tLexError {
		p.failAt(p.pos(t), t.Value)
	}
	return t
}

// read notes that token n was read, and reports it if it is a lexing
// error.
func (p *parser) read(n int) *lexer.Token {
	t := p.ring.at(n)
	if n > p.last && n <= p.ring.end {
		p.last = n
	}
	if t.Type == tLexError {
		p.failAt(p.pos(t), t.Value)
	}
	return t
}

// kind is the kind of the next token.
func (p *parser) kind() lexer.TokenType { return kindOf(p.peek().Type) }

// peekAt returns the token n places after the next one (or the end).
func (p *parser) peekAt(n int) *lexer.Token {
	r := &p.ring
	at := r.head
	for i := 1; i <= n; i++ {
		if t := r.at(at); t.Type == tEOF || t.Type == tLexError {
			break
		}
		at++
	}
	return p.read(at)
}

// next consumes the next token, which bison pushes on its stack.
func (p *parser) next() *lexer.Token {
	p.depth++
	if p.depth >= maxStack {
		p.failAt(p.pos(p.peek()), "memory exhausted")
	}
	r := &p.ring
	t := r.at(r.head)
	if t.Type != tEOF {
		r.head++
	}
	return t
}

// expect consumes a token of kind k, or reports a syntax error listing
// expecting.
func (p *parser) expect(k lexer.TokenType, expecting string) *lexer.Token {
	if p.kind() != k {
		p.unexpected(expecting)
	}
	return p.next()
}

// push counts n more items on bison's stack, which tokens do not account
// for: empty rules, and the tokens participle consumed. Tokens are
// counted as they are consumed (next); a production sets the depth back
// to where it started when it is done, as bison's reduction does.
func (p *parser) push(n int) {
	p.depth += n
	if p.depth >= maxStack {
		last := p.ring.at(p.last)
		at := p.pos(last)
		if last.Type == tSimpleStr && p.last < p.ring.head {
			// Read to its end: bison's lookahead is its closing quote.
			// Not yet read (a reduction it is the lookahead of), it is
			// the opening quote.
			at = p.closingQuote(last)
		}
		p.failAt(at, "memory exhausted")
	}
}

// pushAt is push(1) for the item of token t, reported at t.
func (p *parser) pushAt(t *lexer.Token) {
	p.depth++
	p.room(0, t)
}

// room reports "memory exhausted" at t if bison's stack holds n items
// more than depth there: CppNix runs out of stack at t.
func (p *parser) room(n int, t *lexer.Token) {
	if p.depth+n >= maxStack {
		p.failAt(p.pos(t), "memory exhausted")
	}
}

// unexpected reports a syntax error at the next token, listing expecting
// (empty where bison's state accepts more than four tokens).
func (p *parser) unexpected(expecting string) {
	p.syntaxError(p.peek(), expecting)
}

func (p *parser) syntaxError(t *lexer.Token, expecting string) {
	if t.Type == tLexError {
		p.failAt(p.pos(t), t.Value)
	}
	if p.hasAlt && *t == p.altTok {
		expecting = "':' or '@'"
	}
	msg := "syntax error, unexpected " + tokenName(t.Type)
	if expecting != "" {
		msg += ", expecting " + expecting
	}
	p.err = &Error{Pos: p.pos(t), Msg: msg, Incomplete: t.Type == tEOF || t.Type&atEOF != 0}
	panic(bailout{})
}

// failAt reports an error at pos and ends the parse.
func (p *parser) failAt(pos ast.Pos, msg string) {
	p.err = &Error{Pos: pos, Msg: msg}
	panic(bailout{})
}
