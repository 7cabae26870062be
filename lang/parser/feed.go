package parser

import (
	"runtime"
	"sync/atomic"
	"unsafe"

	"github.com/alecthomas/participle/v2/lexer"
	"github.com/ovl-nix/ovl/lang/ast"
)

// feed scans a large source on a goroutine of its own while the parser
// reads behind it, and looks up each identifier's symbol on the way:
// scanning and interning are half of the parser's work, and the
// evaluator leaves the second core idle meanwhile.
//
// The feed writes the tokens, packed into 24 bytes without pointers, in
// order into a ring of its own (token n at n % feedSize), and publishes
// how far it wrote; the parser unpacks them into its small ring and
// publishes how far it read. The feed's ring is large (24 MB), so that a
// slot the feed writes again was read long ago, out of the parser's
// caches by then: a ring small enough to share with the parser cost two
// transfers of a cache line per token between the cores, which made the
// parse slower than scanning on the parser's core. A side that must
// wait spins briefly, then sleeps until the other is far enough on: the
// feed, which scans faster than the parser parses, until half its ring
// is free, so that it is woken once per half ring.
type feed struct {
	text    string
	toks    []packedToken // feedSize slots
	written atomic.Int64  // tokens numbered below are in toks
	read    atomic.Int64  // the parser has unpacked the tokens below
	done    atomic.Bool   // the feed has stopped: what follows is set
	stop    atomic.Bool   // the parse is over
	failure any           // a panic of the scanner, raised again in the parser
	// lexError is the message of a tLexError token.
	lexError string
	// A side that sleeps says how far the other must get (wantWritten,
	// wantRead) and sets its flag; the other clears the flag and wakes
	// it through its channel once that far.
	parserAsleep, feedAsleep atomic.Bool
	wantWritten, wantRead    atomic.Int64
	hasData, hasRoom         chan struct{}
}

// feedSize is the number of tokens in a feed's ring, a power of two (a
// variable so that tests can make it wrap often).
var feedSize = 1 << 20

// packedToken is a lexer.Token without its strings: Value is the text at
// value (a lexing error's message is the feed's lexError).
type packedToken struct {
	kind      int16
	_         uint16
	offset    uint32
	value     uint32
	size      uint32
	line, col uint32
	sym       uint32 // the symbol of an identifier plus one, if interned
}

// feedFrom is the source size from which scanning is concurrent (a
// variable so that tests can feed every source).
var feedFrom = 256 << 10

// startFeed gives r a feed if the source is large enough and a second
// core is there.
func startFeed(r *tokenRing, bytes int) {
	if bytes < feedFrom || runtime.GOMAXPROCS(0) < 2 {
		return
	}
	// A small source needs no more slots than it can have tokens.
	size := feedSize
	for size/2 > bytes+2 {
		size /= 2
	}
	toks := make([]packedToken, size)
	adviseHugePages(unsafe.Pointer(unsafe.SliceData(toks)), uintptr(size)*unsafe.Sizeof(packedToken{}))
	f := &feed{text: r.sc.text, toks: toks,
		hasData: make(chan struct{}, 1), hasRoom: make(chan struct{}, 1)}
	r.feed = f
	go f.run(r.sc)
}

func (f *feed) run(sc *scanner) {
	defer func() {
		// A bug in the scanner must reach ovl's handler for internal
		// errors, which only sees the parser's goroutine.
		if r := recover(); r != nil {
			f.failure = r
			f.finish(int(f.written.Load()))
		}
	}()
	base := uintptr(unsafe.Pointer(unsafe.StringData(f.text)))
	mask := len(f.toks) - 1
	var t lexer.Token
	limit := 0 // tokens below limit may be written
	for n := 0; ; n++ {
		if n >= limit {
			if n > 0 {
				f.publish(n)
			}
			if limit = f.room(n); limit < 0 {
				f.finish(n)
				return
			}
		}
		sc.scan(&t)
		p := &f.toks[n&mask]
		*p = packedToken{kind: int16(t.Type), offset: uint32(t.Pos.Offset),
			size: uint32(len(t.Value)), line: uint32(t.Pos.Line), col: uint32(t.Pos.Column)}
		switch t.Type {
		case tLexError:
			f.lexError = t.Value
			continue
		case tID:
			if s, ok := ast.Lookup(t.Value); ok {
				p.sym = uint32(s) + 1
			}
		case tEOF:
			f.finish(n + 1)
			return
		}
		if len(t.Value) > 0 {
			p.value = uint32(uintptr(unsafe.Pointer(unsafe.StringData(t.Value))) - base)
		}
	}
}

// room waits until token n may be written and returns the number below
// which tokens may be written before the next publish, or -1 once the
// parse is over.
func (f *feed) room(n int) int {
	size := len(f.toks)
	for spins := 0; ; spins++ {
		if f.stop.Load() {
			return -1
		}
		if limit := int(f.read.Load()) + size; limit > n {
			return min(limit, n+scanBatch)
		}
		if spins < spinLimit {
			runtime.Gosched()
			continue
		}
		f.wantRead.Store(int64(n - size/2))
		f.feedAsleep.Store(true)
		if int(f.read.Load())+size > n || f.stop.Load() {
			// The parser moved on meanwhile, and may not have seen the flag.
			if f.feedAsleep.CompareAndSwap(true, false) {
				continue
			}
		}
		<-f.hasRoom
	}
}

// publish makes the tokens below n readable.
func (f *feed) publish(n int) {
	f.written.Store(int64(n))
	wake(&f.parserAsleep, f.hasData, int64(n) >= f.wantWritten.Load())
}

// finish publishes the last tokens, below n, and stops: written is final
// once done is set.
func (f *feed) finish(n int) {
	f.written.Store(int64(n))
	f.done.Store(true)
	wake(&f.parserAsleep, f.hasData, true)
}

// wake wakes the side sleeping on c, if it is asleep and far is true.
func wake(asleep *atomic.Bool, c chan struct{}, far bool) {
	if far && asleep.Load() && asleep.CompareAndSwap(true, false) {
		c <- struct{}{}
	}
}

// spinLimit is how many times a side yields before it sleeps.
const spinLimit = 32

// unpack makes token n readable in r, and the tokens after it below stop
// that the feed has written, and tells the feed how far the parser read.
func (f *feed) unpack(r *tokenRing, n, stop int) {
	w := f.await(n)
	mask := len(f.toks) - 1
	for ; r.tail < min(stop, w); r.tail++ {
		p := &f.toks[r.tail&mask]
		i := r.tail & ringMask
		t := &r.buf[i]
		t.Type = lexer.TokenType(p.kind)
		if t.Type == tLexError {
			t.Value = f.lexError
		} else {
			t.Value = f.text[p.value : p.value+p.size]
		}
		t.Pos = lexer.Position{Offset: int(p.offset), Line: int(p.line), Column: int(p.col)}
		r.syms[i] = p.sym
		if t.Type == tEOF {
			r.end = r.tail
			r.tail++
			break
		}
	}
	f.read.Store(int64(r.tail))
	wake(&f.feedAsleep, f.hasRoom, int64(r.tail) >= f.wantRead.Load())
}

// await waits until token n is written, or the feed has stopped, and
// returns how many tokens are written.
func (f *feed) await(n int) int {
	for spins := 0; ; spins++ {
		done := f.done.Load()
		if w := int(f.written.Load()); w > n || done {
			if done && f.failure != nil {
				panic(f.failure)
			}
			return w
		}
		if spins < spinLimit {
			runtime.Gosched()
			continue
		}
		f.wantWritten.Store(int64(n + 1))
		f.parserAsleep.Store(true)
		if int(f.written.Load()) > n || f.done.Load() {
			// The feed moved on meanwhile, and may not have seen the flag.
			if f.parserAsleep.CompareAndSwap(true, false) {
				continue
			}
		}
		<-f.hasData
	}
}

// close stops the feed and waits for it: the parse is over.
func (f *feed) close() {
	f.stop.Store(true)
	wake(&f.feedAsleep, f.hasRoom, true)
	for !f.done.Load() {
		f.wantWritten.Store(0)
		f.parserAsleep.Store(true)
		if f.done.Load() && f.parserAsleep.CompareAndSwap(true, false) {
			break
		}
		<-f.hasData
	}
}
