package parser

import (
	"math"
	"unsafe"

	"github.com/alecthomas/participle/v2/lexer"
	"github.com/ovl-nix/ovl/lang/ast"
)

// How the tokens reach the two parsers.
//
// The hand-written productions, which read nearly every token of a
// file, read them from a ring of the most recent ones (tokenRing). Every
// token has a number, its place in the file; token n sits in the ring at
// n % ringSize until the scanner needs the slot again.
//
// participle reads tokens from one array, which it indexes by that same
// number. That array is as long as the file has tokens, but only the
// slots participle may read are ever written: whenever the hand-written
// parser hands the cursor to participle (it calls a participle
// production, or returns from a custom production), it copies the next
// few tokens into the array at their numbers (lend); whenever participle
// calls a custom production, the ring goes on from participle's cursor
// (borrow). The array's untouched pages cost no memory, so a file no
// longer needs 64 bytes a token (a 38 MB file made a 630 MB array), and
// the hand-written parser reads its tokens without participle's cursor
// methods.
//
// Numbers stay what they would be in a fully written array, so every
// checkpoint participle takes finds the tokens it saw when it rewinds
// to it.

const (
	ringSize = 1024
	ringMask = ringSize - 1
	// keepBehind is how many tokens before the cursor stay in the ring:
	// the two before a window (lend) and the tokens the parser holds a
	// pointer to while it reads a few more.
	keepBehind = 64
	// scanBatch is how many tokens the ring scans at a time, and how
	// often a feed tells the parser how far it has scanned.
	scanBatch = 256
	// window is how many tokens lend copies for participle: more than
	// participle reads on its own between two custom productions (at
	// most `, ... } @ x :` and a peek) or before giving the cursor back.
	window = 12
)

// tokenRing is the scanner's output as the hand-written parser reads it.
type tokenRing struct {
	buf [ringSize]lexer.Token
	// syms holds, for an identifier that a feed found interned already,
	// its symbol plus one; else 0.
	syms [ringSize]uint32
	head int // number of the next token to read
	tail int // tokens numbered below tail are readable
	end  int // number of the EOF token once scanned, else math.MaxInt
	sc   *scanner
	feed *feed // the scanner's goroutine, if it has one
}

func (r *tokenRing) reset(sc *scanner) {
	clear(r.buf[:min(r.tail, ringSize)])
	r.head, r.tail, r.end, r.sc, r.feed = 0, 0, math.MaxInt, sc, nil
}

// at returns token n (n ≥ head-keepBehind), or the EOF token past the
// end.
func (r *tokenRing) at(n int) *lexer.Token {
	if n >= r.tail {
		r.fill(n)
	}
	if n > r.end {
		n = r.end
	}
	return &r.buf[n&ringMask]
}

// fill makes tokens up to and beyond token n readable, or all to the end
// of the input, without overwriting the keepBehind tokens before head.
func (r *tokenRing) fill(n int) {
	stop := min(max(n+1, r.tail+scanBatch), r.head-keepBehind+ringSize)
	if r.feed != nil {
		r.feed.unpack(r, n, stop)
		return
	}
	for r.tail < stop && r.tail <= r.end {
		i := r.tail & ringMask
		t := &r.buf[i]
		r.sc.scan(t)
		r.syms[i] = 0
		if t.Type == tEOF {
			r.end = r.tail
		}
		r.tail++
	}
}

// symbol is the symbol of token n, an identifier, if a feed found it.
func (r *tokenRing) symbol(n int) (ast.Symbol, bool) {
	s := r.syms[n&ringMask]
	return ast.Symbol(s - 1), s != 0
}

// lend hands the cursor to participle at lex: it writes the tokens
// participle may read from the ring's head on into lex's array, and the
// two before them (custom productions look back at the token that tells
// them where they are), and moves lex's cursor to the head. A file with
// more tokens than the array has slots starts the parse again (restart).
func (p *parser) lend(lex *lexer.PeekingLexer) {
	r := &p.ring
	h := r.head
	for n := max(h-2, 0); n < h+window && n <= r.end; n++ {
		t := r.at(n)
		if n >= len(p.arr) {
			panic(restart{})
		}
		p.arr[n] = *t
	}
	c := (*checkpoint)(unsafe.Pointer(&lex.Checkpoint))
	c.rawCursor, c.nextCursor, c.cursor = lexer.RawCursor(h), lexer.RawCursor(h), h
}

// borrow takes the cursor back from participle, which reads the tokens
// lend wrote, at lex's cursor.
func (p *parser) borrow(lex *lexer.PeekingLexer) {
	p.lex = lex
	p.ring.head = int(lex.RawCursor())
}

// newTokenArray makes participle's array of size tokens. The garbage
// collector does not scan it: it would read all of it, where only the
// windows are ever written, and what their tokens point to is kept alive
// by the ring or is the source text. Huge pages make the array cheap to
// fill where lend writes it densely (the windows of a file full of let,
// with, if and set patterns).
func newTokenArray(size int) []lexer.Token {
	const tokenSize = int(unsafe.Sizeof(lexer.Token{}))
	raw := make([]byte, size*tokenSize)
	adviseHugePages(unsafe.Pointer(unsafe.SliceData(raw)), uintptr(len(raw)))
	return unsafe.Slice((*lexer.Token)(unsafe.Pointer(unsafe.SliceData(raw))), size)
}

// restart is the panic that starts a parse again with an array sized by
// counting the tokens: the estimate was too small.
type restart struct{}

// countTokens is the number of tokens of src, the EOF included.
func countTokens(src []byte) int {
	sc := newScanner(src)
	var t lexer.Token
	for sc.scan(&t); t.Type != tEOF; sc.scan(&t) {
	}
	return sc.count
}

// checkpoint mirrors lexer.Checkpoint, participle's cursor, which lend
// moves (TestPeekingLexerLayout checks the layout). Nothing is elided,
// so the three cursors are equal.
type checkpoint struct {
	rawCursor  lexer.RawCursor
	nextCursor lexer.RawCursor
	cursor     int
}

// peekingLexer mirrors lexer.PeekingLexer, so that the parser can give
// participle an array it made itself.
type peekingLexer struct {
	lexer.Checkpoint
	tokens []lexer.Token
	elide  map[lexer.TokenType]bool
}

// install returns participle's lexer over toks.
func install(toks []lexer.Token) *lexer.PeekingLexer {
	lex, _ := lexer.Upgrade(emptyLexer{})
	(*peekingLexer)(unsafe.Pointer(lex)).tokens = toks
	return lex
}

// emptyLexer is a lexer.Lexer of no tokens.
type emptyLexer struct{}

func (emptyLexer) Next() (lexer.Token, error) { return lexer.Token{Type: lexer.EOF}, nil }
