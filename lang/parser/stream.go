package parser

import (
	"runtime"
	"sync/atomic"

	"github.com/alecthomas/participle/v2/lexer"
)

// tokenStream scans a large source on a goroutine of its own while the
// parser reads what is scanned already.
//
// Why: participle reads tokens from one array it indexes directly, so the
// scanner used to fill all of it before the first production ran, and
// scanning is a third of parsing; the evaluator leaves the second core
// free meanwhile. The array has its full (estimated) length from the
// start; the scanner fills it in order and publishes how far it got.
// Before the parser, or participle, reads a token, the parser waits until
// the scanner is lookAhead tokens past the cursor (need): participle
// reads at most a few tokens on its own between two calls into the
// parser (a production's keywords and punctuation).
type tokenStream struct {
	toks     []lexer.Token // len == cap: tokens past frontier are zero
	frontier atomic.Int64  // toks[:frontier] are written
	done     atomic.Bool   // the scanner has stopped; what follows is set
	overflow bool          // toks was full before the end of the input
	count    int           // tokens the scanner returned (scanner.count)
	failure  any           // a panic of the scanner, raised again in the parser
	stop     atomic.Bool   // the parse is over: stop scanning
	// wake holds a token whenever the frontier moved since the parser
	// last waited on it, so that a parser that caught up can sleep
	// instead of spinning on a core the scanner may need.
	wake chan struct{}
}

const (
	// lookAhead is how far ahead of a cursor the tokens must be scanned.
	lookAhead = 64
	// publishEvery is how many tokens the scanner writes between two
	// updates of the frontier (each a write the parser's core must see).
	publishEvery = 256
)

// streamFrom is the source size from which scanning is concurrent (a
// variable so that tests can stream every source).
var streamFrom = 256 << 10

// restart is the panic that starts a parse again with the whole source
// scanned first: the estimated array was too small for the tokens.
type restart struct{}

func startStream(sc *scanner, toks []lexer.Token) *tokenStream {
	s := &tokenStream{toks: toks[:cap(toks)], wake: make(chan struct{}, 1)}
	go s.scan(sc)
	return s
}

func (s *tokenStream) scan(sc *scanner) {
	defer func() {
		// A bug in the scanner must reach ovl's handler for internal
		// errors, which only sees the parser's goroutine.
		if r := recover(); r != nil {
			s.failure = r
			s.done.Store(true)
			s.publish(int(s.frontier.Load()))
		}
	}()
	n := 0
	for n < len(s.toks) {
		t := &s.toks[n]
		sc.scan(t)
		n++
		if t.Type == tEOF {
			break
		}
		if n%publishEvery == 0 {
			s.publish(n)
			if s.stop.Load() {
				break
			}
		}
	}
	s.overflow = s.toks[n-1].Type != tEOF && !s.stop.Load()
	s.count = sc.count
	s.done.Store(true)
	s.publish(n)
}

// publish makes the first n tokens readable and wakes a waiting parser.
func (s *tokenStream) publish(n int) {
	s.frontier.Store(int64(n))
	select {
	case s.wake <- struct{}{}:
	default: // a wake-up is pending already
	}
}

// ensure waits until the first n tokens are written, or the scanner has
// stopped, and returns how many are written. It spins briefly (the
// scanner publishes every few microseconds), then sleeps until the
// scanner publishes again.
func (s *tokenStream) ensure(n int) int {
	for spins := 0; ; spins++ {
		if f := int(s.frontier.Load()); f >= n {
			return f
		}
		if s.done.Load() {
			if s.failure != nil {
				panic(s.failure)
			}
			if s.overflow {
				panic(restart{})
			}
			return int(s.frontier.Load())
		}
		if spins < spinLimit {
			runtime.Gosched()
		} else {
			<-s.wake
		}
	}
}

// spinLimit is how many times ensure yields before it sleeps.
const spinLimit = 32

// finish stops the scanner if it is still running and waits for it.
func (s *tokenStream) finish() {
	s.stop.Store(true)
	for !s.done.Load() {
		<-s.wake
	}
}
