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
// participle reads tokens from one array, through a cursor, and only a
// few at a time: the keywords and punctuation of its productions between
// two calls of custom productions. So the parser writes into that array
// only what participle may read next, a window of tokens, whenever it
// hands the cursor to participle (lend): before it runs a participle
// production, and when a custom production returns. When participle
// calls a custom production, the ring goes on from the token at
// participle's cursor (enter).
//
// The array's slots need not be the tokens' numbers, only consistent
// with the checkpoints participle keeps: participle never goes back past
// a custom production that consumed tokens (lookahead 0: it fails
// instead), so once a custom production is entered at slot c, every slot
// above c is free, and the windows it lends are written from c+1. The
// array then holds a window per nested custom production, a few
// kilobytes, hot in the cache: a window per participle production in an
// array of every token's slot (64 bytes a token) took a page fault in
// fresh memory at every few productions.

const (
	ringSize = 1024
	ringMask = ringSize - 1
	// keepBehind is how many tokens before the cursor stay in the ring:
	// the one a custom production reads as it starts, and the tokens the
	// parser holds a pointer to while it reads a few more.
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
// participle may read from the ring's head on into lex's array, from the
// slot after the current custom production's (see above), and moves lex's
// cursor there. A window that does not fit starts the parse again with a
// larger array (restart).
func (p *parser) lend(lex *lexer.PeekingLexer) {
	r := &p.ring
	base := p.entry + 1
	if base+window > len(p.arr) {
		panic(restart{})
	}
	for i := range window {
		n := r.head + i
		p.arr[base+i] = *r.at(n)
		if n >= r.end {
			break
		}
	}
	p.used = max(p.used, base+window)
	p.winSlot, p.winToken = base, r.head
	c := (*checkpoint)(unsafe.Pointer(&lex.Checkpoint))
	c.rawCursor, c.nextCursor, c.cursor = lexer.RawCursor(base), lexer.RawCursor(base), base
}

// tokenAt is the number of the token in slot i of participle's array,
// which is in the latest window.
func (p *parser) tokenAt(i int) int { return p.winToken + i - p.winSlot }

// resume goes on from the token at lex's cursor, after participle
// parsed a production.
func (p *parser) resume(lex *lexer.PeekingLexer) {
	p.ring.head = p.tokenAt(int(lex.RawCursor()))
}

// turn is the state enter replaces and leave restores: the participle
// production a custom production runs in, and its slot.
type turn struct {
	lex   *lexer.PeekingLexer
	entry int
}

// enter starts a custom production that participle called at lex's
// cursor.
func (p *parser) enter(lex *lexer.PeekingLexer) turn {
	t := turn{p.lex, p.entry}
	p.resume(lex)
	p.lex, p.entry = lex, int(lex.RawCursor())
	return t
}

// leave ends a custom production: the cursor goes back to participle.
func (p *parser) leave(t turn) {
	p.lend(p.lex)
	p.lex, p.entry = t.lex, t.entry
}

// restart is the panic that starts a parse again with a larger array for
// participle (see lend).
type restart struct{}

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
