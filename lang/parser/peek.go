package parser

import (
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

// upgrade scans all of src with sc and returns participle's lexer over
// the tokens.
func upgrade(sc *scanner, size int) *lexer.PeekingLexer {
	toks := make([]lexer.Token, 0, size/bytesPerToken+16)
	adviseHugePages(toks[:cap(toks)])
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
	lex, _ := lexer.Upgrade(emptyLexer{})
	(*peekingLexer)(unsafe.Pointer(lex)).tokens = toks
	return lex
}

// emptyLexer is a lexer.Lexer of no tokens.
type emptyLexer struct{}

func (emptyLexer) Next() (lexer.Token, error) { return lexer.Token{Type: lexer.EOF}, nil }
