package parser

import (
	"runtime"
	"sync/atomic"

	"github.com/ovl-nix/ovl/lang/ast"
)

// feed scans a large source into the ring on a goroutine of its own,
// while the parser reads behind it, and looks up each identifier's
// symbol on the way: scanning and interning are half of the parser's
// work, and the evaluator leaves the second core idle meanwhile.
//
// The feed writes token n into the ring once the parser is done with
// token n-ringSize+keepBehind (floor), and publishes how far it wrote
// (written); the parser reads below written. Each tells the other every
// scanBatch tokens, so that both run while the ring is neither full nor
// empty, and sleeps on a channel when it must wait.
type feed struct {
	ring    *tokenRing
	written atomic.Int64 // tokens numbered below are in the ring
	floor   atomic.Int64 // the parser is done with tokens below
	done    atomic.Bool  // the feed has stopped: end and failure are set
	stop    atomic.Bool  // the parse is over
	end     int          // the number of the EOF token
	failure any          // a panic of the scanner, raised again in the parser
	hasData chan struct{}
	hasRoom chan struct{}
}

// feedFrom is the source size from which scanning is concurrent (a
// variable so that tests can feed every source).
var feedFrom = 256 << 10

// startFeed gives r a feed if the source is large enough and a second
// core is there.
func startFeed(r *tokenRing, size int) {
	if size < feedFrom || runtime.GOMAXPROCS(0) < 2 {
		return
	}
	f := &feed{ring: r, end: -1, hasData: make(chan struct{}, 1), hasRoom: make(chan struct{}, 1)}
	f.floor.Store(-keepBehind)
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
	r := f.ring
	limit := 0 // tokens below limit may be written
	for n := 0; ; n++ {
		if n >= limit {
			f.publish(n)
			limit = f.room(n)
			if limit < 0 {
				f.finish(n)
				return
			}
		}
		i := n & ringMask
		t := &r.buf[i]
		sc.scan(t)
		r.syms[i] = 0
		switch t.Type {
		case tID:
			if s, ok := ast.Lookup(t.Value); ok {
				r.syms[i] = uint32(s) + 1
			}
		case tEOF:
			f.end = n
			f.finish(n + 1)
			return
		}
	}
}

// room waits until token n may be written and returns the number below
// which tokens may be, or -1 once the parse is over.
func (f *feed) room(n int) int {
	for spins := 0; ; spins++ {
		if f.stop.Load() {
			return -1
		}
		if limit := int(f.floor.Load()) + ringSize; limit > n {
			return min(limit, n+scanBatch)
		}
		if spins < spinLimit {
			runtime.Gosched()
		} else {
			<-f.hasRoom
		}
	}
}

func (f *feed) publish(n int) {
	f.written.Store(int64(n))
	signal(f.hasData)
}

func (f *feed) finish(n int) {
	f.done.Store(true)
	f.publish(n)
}

// signal wakes whoever waits on c, if anyone does.
func signal(c chan struct{}) {
	select {
	case c <- struct{}{}:
	default: // a wake-up is pending already
	}
}

// spinLimit is how many times a side yields before it sleeps.
const spinLimit = 32

// wait makes token n readable in r, or all tokens to the end of the
// input, and tells the feed how far the parser has read.
func (f *feed) wait(r *tokenRing, n int) {
	f.floor.Store(int64(r.head - keepBehind))
	signal(f.hasRoom)
	for spins := 0; ; spins++ {
		w := int(f.written.Load())
		if w > n || f.done.Load() {
			if f.done.Load() {
				if f.failure != nil {
					panic(f.failure)
				}
				w = int(f.written.Load())
				r.end = f.end
			}
			// Come back within scanBatch tokens to move the floor.
			r.tail = min(w, max(r.head+scanBatch, n+1))
			return
		}
		if spins < spinLimit {
			runtime.Gosched()
		} else {
			<-f.hasData
		}
	}
}

// close stops the feed and waits for it: the parse is over.
func (f *feed) close() {
	f.stop.Store(true)
	signal(f.hasRoom)
	for !f.done.Load() {
		<-f.hasData
	}
}
