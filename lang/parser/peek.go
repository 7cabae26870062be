package parser

import (
	"runtime"
	"unsafe"

	"github.com/alecthomas/participle/v2/lexer"
)

// peekingLexer mirrors the layout of participle v2.1.4's
// lexer.PeekingLexer (TestPeekingLexerLayout checks it), so that the
// parser can hand participle a token slice it sized itself.
//
// Why: lexer.Upgrade grows its slice by appending, one 64-byte token at
// a time. Past 256 elements Go grows slices by 1.25×, so a file of N
// tokens allocates about 5·64·N bytes and copies 4·64·N of them: 480 MB
// allocated for parse-heavy's 1.5 M tokens, most of the parser's time.
type peekingLexer struct {
	lexer.Checkpoint
	tokens []lexer.Token
	elide  map[lexer.TokenType]bool
}

// bytesPerToken is a low estimate of the source bytes per token (3.6 to
// 3.9 in the bench workloads), so that the first slice usually holds the
// whole file; the part never written is never touched, so costs no
// memory.
const bytesPerToken = 3

// upgrade returns participle's lexer over the tokens of a source of size
// bytes, which sc scans: all of them now, or as the parse goes for a large
// source (the stream, nil otherwise) unless whole is set.
func upgrade(sc *scanner, size int, whole bool) (*lexer.PeekingLexer, *tokenStream) {
	toks := make([]lexer.Token, 0, size/bytesPerToken+16)
	adviseHugePages(toks[:cap(toks)])
	if !whole && size >= streamFrom && runtime.GOMAXPROCS(0) > 1 {
		s := startStream(sc, toks)
		return install(s.toks), s
	}
	for {
		if len(toks) == cap(toks) {
			toks = append(toks, lexer.Token{})[:len(toks)]
		}
		toks = toks[:len(toks)+1]
		t := &toks[len(toks)-1]
		sc.scan(t)
		if t.Type == tEOF {
			break
		}
	}
	return install(toks), nil
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
