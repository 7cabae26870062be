package parser

import (
	"io"

	"github.com/alecthomas/participle/v2/lexer"
)

// Token kinds. tEOF is participle's end of input; the others are CppNix's
// tokens (tokenNames holds the names its syntax errors print).
const tEOF = lexer.EOF

const (
	tInvalid  lexer.TokenType = iota + 1
	tLexError                 // a lexing error; Value is the message
	tID
	tSTR
	tIndSTR
	tINT
	tFLOAT
	tPATH
	tHPATH
	tSPATH
	tPathEnd
	tURI
	tIf
	tThen
	tElse
	tAssert
	tWith
	tLet
	tIn
	tRec
	tInherit
	tEq
	tNEq
	tAnd
	tOr
	tImpl
	tOrKw
	tDollarCurly
	tIndStringOpen
	tIndStringClose
	tEllipsis
	tLess
	tGreater
	tLEq
	tGEq
	tUpdate
	tPlus
	tMinus
	tStar
	tSlash
	tConcat
	tQuestion
	tColon
	tLBrace
	tRBrace
	tAt
	tSemi
	tBang
	tDot
	tQuote
	tLParen
	tRParen
	tLBracket
	tRBracket
	tAssign
	tComma
	// tSimpleStr is a whole string without interpolation, lexed as one
	// token instead of CppNix's three ('"', STR, '"'): strings are the
	// commonest literal, and participle keeps every token of a file in
	// memory. Pos is the opening quote; Value is the text between the
	// quotes, as STR's.
	tSimpleStr
	numKinds
)

// atEOF is or-ed into the kind of a token that only exists because the
// input ended early (an unclosed comment's `/`, a string's last `$`), so
// that an error on it tells the REPL to read another line.
const atEOF lexer.TokenType = 1 << 8

// kindOf strips the atEOF flag.
func kindOf(t lexer.TokenType) lexer.TokenType {
	if t < 0 {
		return t
	}
	return t &^ atEOF
}

// tokenNames are the names CppNix's syntax errors give the tokens.
var tokenNames = [numKinds]string{
	tInvalid: "invalid token", tID: "ID", tSTR: "STR", tIndSTR: "IND_STR", tINT: "INT", tFLOAT: "FLOAT",
	tPATH: "PATH", tHPATH: "HPATH", tSPATH: "SPATH", tPathEnd: "PATH_END", tURI: "URI",
	tIf: "IF", tThen: "THEN", tElse: "ELSE", tAssert: "ASSERT", tWith: "WITH", tLet: "LET", tIn: "IN",
	tRec: "REC", tInherit: "INHERIT", tEq: "EQ", tNEq: "NEQ", tAnd: "AND", tOr: "OR", tImpl: "IMPL",
	tOrKw: "OR_KW", tDollarCurly: "DOLLAR_CURLY", tIndStringOpen: "IND_STRING_OPEN",
	tIndStringClose: "IND_STRING_CLOSE", tEllipsis: "ELLIPSIS", tLess: "'<'", tGreater: "'>'",
	tLEq: "LEQ", tGEq: "GEQ", tUpdate: "UPDATE", tPlus: "'+'", tMinus: "'-'", tStar: "'*'",
	tSlash: "'/'", tConcat: "CONCAT", tQuestion: "'?'", tColon: "':'", tLBrace: "'{'", tRBrace: "'}'",
	tAt: "'@'", tSemi: "';'", tBang: "'!'", tDot: "'.'", tQuote: "'\"'", tLParen: "'('",
	tRParen: "')'", tLBracket: "'['", tRBracket: "']'", tAssign: "'='", tComma: "','",
	tSimpleStr: "'\"'", // errors are found at its opening quote
}

// tokenName is the name of a token kind in a syntax error.
func tokenName(k lexer.TokenType) string {
	k = kindOf(k)
	if k < 0 {
		return "end of file"
	}
	return tokenNames[k]
}

// lexDef is the lexer.Definition of Nix for participle: the hand-written
// scanner of lexer.go. Symbols names every token kind for the grammar:
// CppNix's name where it is an identifier (ID, IN, OR_KW, ...), a word
// for the punctuation (Colon, LBrace, ...).
type lexDef struct{}

var symbols = func() map[string]lexer.TokenType {
	m := map[string]lexer.TokenType{"EOF": tEOF, "LexError": tLexError}
	for k, name := range tokenNames {
		if name != "" && name[0] != '\'' && name != "invalid token" {
			m[name] = lexer.TokenType(k)
		}
	}
	for name, k := range map[string]lexer.TokenType{
		"Invalid": tInvalid, "Less": tLess, "Greater": tGreater, "Plus": tPlus, "Minus": tMinus,
		"Star": tStar, "Slash": tSlash, "Question": tQuestion, "Colon": tColon, "LBrace": tLBrace,
		"RBrace": tRBrace, "At": tAt, "Semi": tSemi, "Bang": tBang, "Dot": tDot, "Quote": tQuote,
		"LParen": tLParen, "RParen": tRParen, "LBracket": tLBracket, "RBracket": tRBracket,
		"Assign": tAssign, "Comma": tComma,
	} {
		m[name] = k
	}
	return m
}()

func (lexDef) Symbols() map[string]lexer.TokenType { return symbols }

func (lexDef) Lex(filename string, r io.Reader) (lexer.Lexer, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return newScanner(b), nil
}

func (lexDef) LexBytes(filename string, b []byte) (lexer.Lexer, error) {
	return newScanner(b), nil
}
