package parser

import (
	"math"
	"runtime"
	"sync/atomic"
	"unsafe"

	"github.com/alecthomas/participle/v2/lexer"
	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/internal/memory"
)

// feed scans a large source on a goroutine of its own while the parser
// reads behind it, and looks up each identifier's symbol on the way:
// scanning and interning are half of the parser's work, and the
// evaluator leaves the second core idle meanwhile.
//
// The feed writes the tokens, packed into 28 bytes without pointers, in
// order into a ring of its own (token n at n % feedSize), and publishes
// how far it wrote; the parser unpacks them into its small ring and
// publishes how far it read. The feed's ring is large (28 MB), so that a
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
	// parser waits for written, feeder for read.
	parser, feeder waiter
}

// waiter is one side of a feed waiting for the other to get far enough
// (past a token number): it spins briefly, then says how far it needs
// the other and sleeps until the other, having got that far, wakes it.
type waiter struct {
	asleep atomic.Bool
	want   atomic.Int64
	wake   chan struct{}
}

func newWaiter() waiter { return waiter{wake: make(chan struct{}, 1)} }

// wait returns once ready reports true, sleeping meanwhile until the
// other side's notify of want or more.
func (w *waiter) wait(want int64, ready func() bool) {
	for spins := 0; !ready(); spins++ {
		if spins < spinLimit {
			runtime.Gosched()
			continue
		}
		w.want.Store(want)
		w.asleep.Store(true)
		// The other side may have got there before it saw the flag.
		if ready() && w.asleep.CompareAndSwap(true, false) {
			continue
		}
		<-w.wake
	}
}

// notify tells a waiting side that the other got to at.
func (w *waiter) notify(at int64) {
	if w.asleep.Load() && at >= w.want.Load() && w.asleep.CompareAndSwap(true, false) {
		w.wake <- struct{}{}
	}
}

// spinLimit is how many times a side yields before it sleeps.
const spinLimit = 32

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
	memory.AdviseHugePages(unsafe.Pointer(unsafe.SliceData(toks)), uintptr(size)*unsafe.Sizeof(packedToken{}))
	f := &feed{text: r.sc.text, toks: toks, parser: newWaiter(), feeder: newWaiter()}
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
		// Field by field, as the scanner writes tokens (see tok).
		p := &f.toks[n&mask]
		p.kind, p.offset, p.size = int16(t.Type), uint32(t.Pos.Offset), uint32(len(t.Value))
		p.line, p.col, p.value, p.sym = uint32(t.Pos.Line), uint32(t.Pos.Column), 0, 0
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
// parse is over. Woken, the feed has half its ring to fill.
func (f *feed) room(n int) int {
	size := len(f.toks)
	f.feeder.wait(int64(n-size/2), func() bool { return f.stop.Load() || int(f.read.Load())+size > n })
	if f.stop.Load() {
		return -1
	}
	return min(int(f.read.Load())+size, n+scanBatch)
}

// publish makes the tokens below n readable.
func (f *feed) publish(n int) {
	f.written.Store(int64(n))
	f.parser.notify(int64(n))
}

// finish publishes the last tokens, below n, and stops: written is final
// once done is set.
func (f *feed) finish(n int) {
	f.written.Store(int64(n))
	f.done.Store(true)
	f.parser.notify(math.MaxInt64)
}

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
	f.feeder.notify(int64(r.tail))
}

// await waits until token n is written, or the feed has stopped, and
// returns how many tokens are written.
func (f *feed) await(n int) int {
	f.parser.wait(int64(n+1), func() bool { return f.done.Load() || int(f.written.Load()) > n })
	if f.done.Load() && f.failure != nil {
		panic(f.failure)
	}
	return int(f.written.Load())
}

// close stops the feed and waits for it: the parse is over.
func (f *feed) close() {
	f.stop.Store(true)
	f.feeder.notify(math.MaxInt64)
	f.parser.wait(math.MaxInt64, f.done.Load)
}
