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
// The feed writes every token, packed into 24 bytes without pointers,
// into an array of its own, in order, and publishes how far it wrote;
// the parser unpacks them into its ring. Each slot is written once and
// read once: a ring shared by the two cores cost two transfers of a
// cache line per token, which made the shared ring slower than scanning
// on the parser's core, and twice as slow when the two virtual cores sat
// far apart. The parser sleeps (after a short spin) only when it has
// caught up with the feed; the feed never waits.
type feed struct {
	text    string
	toks    []packedToken // len == cap: an estimate of the token count
	written atomic.Int64  // tokens numbered below are in toks
	done    atomic.Bool   // the feed has stopped: what follows is set
	stop    atomic.Bool   // the parse is over
	// overflow reports a source with more tokens than toks holds.
	overflow bool
	failure  any    // a panic of the scanner, raised again in the parser
	lexError string // the message of a tLexError token
	// parserAsleep is set by a parser that waits for token wantWritten;
	// the feed clears it and wakes the parser through hasData once there.
	parserAsleep atomic.Bool
	wantWritten  atomic.Int64
	hasData      chan struct{}
}

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

// startFeed gives r a feed for a source of the given number of bytes and
// at most tokens tokens, if the source is large enough and a second core
// is there.
func startFeed(r *tokenRing, bytes, tokens int) {
	if bytes < feedFrom || runtime.GOMAXPROCS(0) < 2 {
		return
	}
	raw := make([]packedToken, tokens)
	adviseHugePages(unsafe.Pointer(unsafe.SliceData(raw)), uintptr(tokens)*unsafe.Sizeof(packedToken{}))
	f := &feed{text: r.sc.text, toks: raw, hasData: make(chan struct{}, 1)}
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
	var t lexer.Token
	for n := range f.toks {
		if n%scanBatch == 0 && n > 0 {
			f.publish(n)
			if f.stop.Load() {
				f.finish(n)
				return
			}
		}
		sc.scan(&t)
		p := &f.toks[n]
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
	f.overflow = true
	f.finish(len(f.toks))
}

// publish makes the tokens below n readable.
func (f *feed) publish(n int) {
	f.written.Store(int64(n))
	f.wake(int64(n) >= f.wantWritten.Load())
}

// finish publishes the last tokens, below n, and stops: written is final
// once done is set.
func (f *feed) finish(n int) {
	f.written.Store(int64(n))
	f.done.Store(true)
	f.wake(true)
}

// wake wakes a sleeping parser if far enough is true.
func (f *feed) wake(farEnough bool) {
	if farEnough && f.parserAsleep.Load() && f.parserAsleep.CompareAndSwap(true, false) {
		f.hasData <- struct{}{}
	}
}

// spinLimit is how many times the parser yields before it sleeps.
const spinLimit = 32

// unpack makes token n readable in r, and the tokens after it below stop
// that the feed has written.
func (f *feed) unpack(r *tokenRing, n, stop int) {
	w := f.await(n)
	for ; r.tail < min(stop, w); r.tail++ {
		p := &f.toks[r.tail]
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
			return
		}
	}
}

// await waits until token n is written, or the feed has stopped, and
// returns how many tokens are written.
func (f *feed) await(n int) int {
	for spins := 0; ; spins++ {
		done := f.done.Load()
		if w := int(f.written.Load()); w > n || done {
			if done {
				if f.failure != nil {
					panic(f.failure)
				}
				if f.overflow {
					panic(restart{})
				}
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
	for !f.done.Load() {
		f.wantWritten.Store(0)
		f.parserAsleep.Store(true)
		if f.done.Load() && f.parserAsleep.CompareAndSwap(true, false) {
			break
		}
		<-f.hasData
	}
}
