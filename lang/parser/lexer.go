package parser

import (
	"bytes"
	"strconv"
	"unsafe"

	"github.com/alecthomas/participle/v2/lexer"
	"github.com/ovl-nix/ovl/lang/ast"
)

// loc is a bison location: where a token starts and where the next one
// would start. Columns count bytes, as CppNix's do.
type loc struct {
	// Each a word: see startMatch.
	firstLine, firstCol int
	lastLine, lastCol   int
}

// lexState is a flex start condition of CppNix's lexer.
type lexState uint8

const (
	stInitial     lexState = iota // the bottom of the stack: `}` does not pop it
	stDefault                     // code inside `{ }` or `${ }`
	stString                      // inside "…"
	stIndString                   // inside ''…''
	stPathStart                   // before the first segment of a path with `${`
	stInPath                      // after a path segment
	stInPathSlash                 // after a path segment that ends in `/`
)

// scanner reproduces CppNix 2.8's flex scanner: the longest match wins,
// the earlier rule on a tie, and locations advance as its adjustLoc does
// (\r\n and \r count as one newline). Each token's Value is its source
// text; the parser decodes numbers, escapes and names from it.
type scanner struct {
	src    []byte
	text   string // src as a string, so token values share its memory
	pos    int
	cur    loc // location of the last matched text (flex's yylloc)
	prev   loc // the location before that (flex's prev_yylloc)
	states []lexState
	done   bool // an EOF or lexing error has been returned
	count  int  // tokens returned
	// Memos that keep scanning linear: the last run of path characters
	// (see pathCharsFrom), and whether a `*/` is left in the input.
	runFrom, runEnd int
	noCommentEnd    bool
}

func newScanner(src []byte) *scanner {
	return &scanner{
		src:    src,
		text:   unsafe.String(unsafe.SliceData(src), len(src)), // see ast.Source
		cur:    loc{1, 1, 1, 1},
		prev:   loc{1, 1, 1, 1},
		states: []lexState{stInitial},
	}
}

func (l *scanner) state() lexState { return l.states[len(l.states)-1] }
func (l *scanner) push(s lexState) { l.states = append(l.states, s) }
func (l *scanner) pop() {
	if len(l.states) > 1 {
		l.states = l.states[:len(l.states)-1]
	}
}

// startMatch saves the location of the last match in prev and starts the
// next one where it ended. Field by field, and the fields are words: a
// load wider than the store that wrote its data (a copy of the whole loc,
// or two int32 fields read as one) cannot take the value from that store
// and waits for it to reach the cache, which cost a stall at every token.
func (l *scanner) startMatch() {
	l.prev.firstLine, l.prev.firstCol = l.cur.firstLine, l.cur.firstCol
	l.prev.lastLine, l.prev.lastCol = l.cur.lastLine, l.cur.lastCol
	l.cur.firstLine, l.cur.firstCol = l.cur.lastLine, l.cur.lastCol
}

// adjust consumes n bytes as one match and updates the locations.
func (l *scanner) adjust(n int) {
	l.startMatch()
	end := l.pos + n
	line, col := advance(int32(l.cur.lastLine), int32(l.cur.lastCol), l.text[l.pos:end])
	l.cur.lastLine, l.cur.lastCol = int(line), int(col)
	l.pos = end
}

// advance is the line and column after text, which starts at line and
// col, as flex's adjustLoc counts them: \r\n and \r are one newline.
func advance(line, col int32, text string) (int32, int32) {
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			line, col = line+1, 1
		case '\n':
			line, col = line+1, 1
		default:
			col++
		}
	}
	return line, col
}

// tok makes a token of kind from the text matched last (start..l.pos),
// located at l.cur.
//
// Only tokens whose text the parser needs carry it, and no token carries
// the file name: every string a token holds is more to copy through the
// rings and windows (ring.go, feed.go).
//
// The scanner writes tokens in place, field by field: a token built and
// returned whole is copied with loads wider than the stores that made
// it, which wait for those stores to reach the cache (see startMatch).
func (l *scanner) tok(t *lexer.Token, kind lexer.TokenType, start int) {
	t.Type = kind
	t.Value = ""
	if k := kindOf(kind); k > 0 && hasText[k] {
		t.Value = l.text[start:l.pos]
	}
	place(t, start, l.cur)
}

// place sets t's position: offset, at the start of at.
func place(t *lexer.Token, offset int, at loc) {
	t.Pos.Filename = ""
	t.Pos.Offset, t.Pos.Line, t.Pos.Column = offset, at.firstLine, at.firstCol
}

// hasText marks the token kinds whose text the parser reads.
var hasText = [numKinds]bool{tID: true, tOrKw: true, tSTR: true, tIndSTR: true, tINT: true, tFLOAT: true,
	tPATH: true, tHPATH: true, tSPATH: true, tURI: true}

// eof is the end-of-input token at l.cur.
func (l *scanner) eof(t *lexer.Token) { l.tok(t, tEOF, l.pos) }

// fail returns a lexing error as a token: the parser reports it when it
// reads that far, as CppNix's parser does when it asks flex for the token.
func (l *scanner) fail(t *lexer.Token, at loc, offset int, msg string) {
	t.Type, t.Value = tLexError, msg
	place(t, offset, at)
}

func isPathChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '.' || c == '_' || c == '-' || c == '+'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isURIChar(c byte) bool {
	if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
		return true
	}
	switch c {
	case '%', '/', '?', ':', '@', '&', '=', '+', '$', ',', '-', '_', '.', '!', '~', '*', '\'':
		return true
	}
	return false
}

func (l *scanner) at(i int) byte {
	if i < len(l.src) {
		return l.src[i]
	}
	return 0
}

// pathCharsFrom returns where the run of path characters at i ends. It
// remembers the last run it scanned: every position in a run like
// `-----` tries a path, and scanning the rest of the run each time would
// be quadratic.
func (l *scanner) pathCharsFrom(i int) int {
	if i >= l.runFrom && i < l.runEnd {
		return l.runEnd
	}
	j := i
	for j < len(l.src) && isPathChar(l.src[j]) {
		j++
	}
	if j > i {
		l.runFrom, l.runEnd = i, j
	}
	return j
}

// pathLen matches {PATH}: PATH_CHAR* (/ PATH_CHAR+)+ /?
func (l *scanner) pathLen(p int) int {
	i := l.pathCharsFrom(p)
	segs := 0
	for l.at(i) == '/' && i+1 < len(l.src) && isPathChar(l.src[i+1]) {
		i = l.pathCharsFrom(i + 1)
		segs++
	}
	if segs == 0 {
		return 0
	}
	if l.at(i) == '/' {
		i++
	}
	return i - p
}

// pathSegLen matches {PATH_SEG}: PATH_CHAR* /
func (l *scanner) pathSegLen(p int) int {
	i := l.pathCharsFrom(p)
	if l.at(i) == '/' {
		return i + 1 - p
	}
	return 0
}

// homePathLen matches {HPATH}: ~ (/ PATH_CHAR+)+ /?
func (l *scanner) homePathLen(p int) int {
	if l.at(p) != '~' {
		return 0
	}
	i := p + 1
	segs := 0
	for l.at(i) == '/' && i+1 < len(l.src) && isPathChar(l.src[i+1]) {
		i = l.pathCharsFrom(i + 1)
		segs++
	}
	if segs == 0 {
		return 0
	}
	if l.at(i) == '/' {
		i++
	}
	return i - p
}

// searchPathLen matches {SPATH}: < PATH_CHAR+ (/ PATH_CHAR+)* >
func (l *scanner) searchPathLen(p int) int {
	if l.at(p) != '<' || !isPathChar(l.at(p+1)) {
		return 0
	}
	i := l.pathCharsFrom(p + 1)
	for l.at(i) == '/' && i+1 < len(l.src) && isPathChar(l.src[i+1]) {
		i = l.pathCharsFrom(i + 1)
	}
	if l.at(i) == '>' {
		return i + 1 - p
	}
	return 0
}

// uriLen matches {URI}: [a-zA-Z][a-zA-Z0-9+.-]* : URI_CHAR+
func (l *scanner) uriLen(p int) int {
	c := l.at(p)
	if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
		return 0
	}
	i := p + 1
	for i < len(l.src) {
		c := l.src[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-' {
			i++
			continue
		}
		break
	}
	if l.at(i) != ':' {
		return 0
	}
	i++
	start := i
	for i < len(l.src) && isURIChar(l.src[i]) {
		i++
	}
	if i == start {
		return 0
	}
	return i - p
}

// floatLen matches {FLOAT}: (([1-9][0-9]*\.[0-9]*)|(0?\.[0-9]+))([Ee][+-]?[0-9]+)?
func (l *scanner) floatLen(p int) int {
	i := p
	c := l.at(i)
	switch {
	case c >= '1' && c <= '9':
		for isDigit(l.at(i)) {
			i++
		}
		if l.at(i) != '.' {
			return 0
		}
		i++
		for isDigit(l.at(i)) {
			i++
		}
	case c == '0' || c == '.':
		if c == '0' {
			i++
		}
		if l.at(i) != '.' || !isDigit(l.at(i+1)) {
			return 0
		}
		i++
		for isDigit(l.at(i)) {
			i++
		}
	default:
		return 0
	}
	if e := l.at(i); e == 'e' || e == 'E' {
		j := i + 1
		if s := l.at(j); s == '+' || s == '-' {
			j++
		}
		if isDigit(l.at(j)) {
			for isDigit(l.at(j)) {
				j++
			}
			i = j
		}
	}
	return i - p
}

// keyword returns the keyword token for an identifier's text, or 0.
func keyword(b []byte) lexer.TokenType {
	switch string(b) {
	case "if":
		return tIf
	case "then":
		return tThen
	case "else":
		return tElse
	case "assert":
		return tAssert
	case "with":
		return tWith
	case "let":
		return tLet
	case "in":
		return tIn
	case "rec":
		return tRec
	case "inherit":
		return tInherit
	case "or":
		return tOrKw
	}
	return 0
}

// charTokens maps the characters the grammar uses to their token kinds;
// every other character is an invalid token.
var charTokens = func() (t [256]lexer.TokenType) {
	for i := range t {
		t[i] = tInvalid
	}
	for c, k := range map[byte]lexer.TokenType{
		':': tColon, '@': tAt, ';': tSemi, '!': tBang, '-': tMinus, '<': tLess, '>': tGreater,
		'?': tQuestion, '+': tPlus, '*': tStar, '/': tSlash, '.': tDot, '"': tQuote, '(': tLParen,
		')': tRParen, '[': tLBracket, ']': tRBracket, '{': tLBrace, '}': tRBrace, '=': tAssign, ',': tComma,
	} {
		t[c] = k
	}
	t[0] = tEOF // a NUL byte ends the input for bison
	return t
}()

// rules of the default state, in lexer.l's order (the earlier wins a tie).
const (
	ruleKeyword = iota
	ruleEllipsis
	ruleOperator
	ruleID
	ruleInt
	ruleFloat
	ruleDollarCurly
	ruleRBrace
	ruleLBrace
	ruleQuote
	ruleIndOpen
	rulePathStart
	rulePath
	ruleHomePath
	ruleSearchPath
	ruleURI
	ruleSpace
	ruleLineComment
	ruleComment
	ruleAny
)

// operator returns the two-character operator c d, or 0.
func operator(c, d byte) lexer.TokenType {
	switch {
	case d == '=':
		switch c {
		case '=':
			return tEq
		case '!':
			return tNEq
		case '<':
			return tLEq
		case '>':
			return tGEq
		}
	case c == '&' && d == '&':
		return tAnd
	case c == '|' && d == '|':
		return tOr
	case c == '-' && d == '>':
		return tImpl
	case c == '/' && d == '/':
		return tUpdate
	case c == '+' && d == '+':
		return tConcat
	}
	return 0
}

// Next returns the next token. It never fails: a lexing error is a
// tLexError token, followed by the end of the input.
func (l *scanner) Next() (lexer.Token, error) {
	var t lexer.Token
	l.scan(&t)
	return t, nil
}

// scan scans the next token into *t. Tokens are written in place, into
// the parser's ring or the feed's scratch token: a token is 64 bytes, and
// returning it through the scanner's functions cost a third of the
// scanning time.
func (l *scanner) scan(t *lexer.Token) {
	l.count++
	if l.done {
		l.eof(t)
		return
	}
	if l.quick(t) {
		return
	}
	l.next(t)
	if t.Type == tEOF || t.Type == tLexError {
		l.done = true
	}
}

// quick scans the commonest tokens, identifiers and punctuation, after
// any blanks, where no longer rule can match them; it reports false for
// anything else, which next scans.
func (l *scanner) quick(t *lexer.Token) bool {
	if st := l.state(); st != stInitial && st != stDefault {
		return false
	}
	for l.pos < len(l.src) && l.skipBlank() {
	}
	p := l.pos
	if p >= len(l.src) {
		return false
	}
	c := l.src[p]
	var kind lexer.TokenType
	n := 1
	switch {
	case punctuation[c] != 0:
		if c == '=' && l.at(p+1) == '=' {
			return false
		}
		kind = punctuation[c]
	case ast.IsIDStart(c):
		n = l.idLen(p)
		if d := l.at(p + n); d == '.' || d == '+' || d == '/' || d == ':' {
			// A path or a URI would be longer, but either needs a '/'
			// or a ':' right after the path characters from p (`x.y`,
			// the commonest case, has neither).
			if e := l.at(l.pathCharsFrom(p)); e == '/' || e == ':' {
				return false
			}
		}
		if kind = keyword(l.src[p : p+n]); kind == 0 {
			kind = tID
		}
	default:
		return false
	}
	// One match without a newline: adjust's work, shorter.
	l.startMatch()
	l.cur.lastCol += n
	l.pos += n
	l.tok(t, kind, p)
	return true
}

// skipBlank consumes one run of white space or one `#` comment, as one
// match each, and reports whether there was one.
func (l *scanner) skipBlank() bool {
	p := l.pos
	i := p
	switch l.src[p] {
	case ' ', '\t', '\r', '\n':
		for i < len(l.src) && (l.src[i] == ' ' || l.src[i] == '\t' || l.src[i] == '\r' || l.src[i] == '\n') {
			i++
		}
	case '#':
		for i < len(l.src) && l.src[i] != '\r' && l.src[i] != '\n' {
			i++
		}
	default:
		return false
	}
	l.adjust(i - p)
	return true
}

// idLen is the length of the identifier characters at p.
func (l *scanner) idLen(p int) int {
	n := 1
	for p+n < len(l.src) && ast.IsIDChar(l.src[p+n]) {
		n++
	}
	return n
}

func (l *scanner) next(t *lexer.Token) {
	for {
		switch l.state() {
		case stString:
			l.stringToken(t)
			return
		case stIndString:
			l.indStringToken(t)
			return
		case stPathStart:
			l.pathStartToken(t)
			return
		case stInPath, stInPathSlash:
			if l.inPathToken(t) {
				return
			}
			continue
		}
		if l.pos >= len(l.src) {
			l.eof(t)
			return
		}
		if l.defaultToken(t) {
			return
		}
	}
}

// defaultToken scans one match in the INITIAL/DEFAULT states; ok is false
// for white space, comments and state changes that produce no token.
func (l *scanner) defaultToken(t *lexer.Token) bool {
	p := l.pos
	c := l.src[p]
	bestLen, best := 0, ruleAny
	try := func(n, rule int) {
		if n > bestLen {
			bestLen, best = n, rule
		}
	}
	if l.skipBlank() {
		return false
	}
	if ast.IsIDStart(c) {
		n := l.idLen(p)
		if keyword(l.src[p:p+n]) != 0 {
			bestLen, best = n, ruleKeyword
		} else {
			try(n, ruleID)
		}
	}
	if c == '.' && l.at(p+1) == '.' && l.at(p+2) == '.' {
		try(3, ruleEllipsis)
	}
	if p+1 < len(l.src) && operator(c, l.src[p+1]) != 0 {
		try(2, ruleOperator)
	}
	if isDigit(c) {
		n := 1
		for isDigit(l.at(p + n)) {
			n++
		}
		if d := l.at(p + n); !isPathChar(d) && d != '/' {
			// Neither a float nor a path can be longer.
			bestLen, best = n, ruleInt
			goto matched
		}
		try(n, ruleInt)
	}
	if isDigit(c) || c == '.' {
		try(l.floatLen(p), ruleFloat)
	}
	switch c {
	case '$':
		if l.at(p+1) == '{' {
			try(2, ruleDollarCurly)
		}
	case '}':
		try(1, ruleRBrace)
	case '{':
		try(1, ruleLBrace)
	case '"':
		try(1, ruleQuote)
	case '\'':
		if l.at(p+1) == '\'' {
			n := 2
			i := p + 2
			for l.at(i) == ' ' {
				i++
			}
			if l.at(i) == '\n' {
				n = i + 1 - p
			}
			try(n, ruleIndOpen)
		}
	case '~':
		if l.at(p+1) == '/' && l.at(p+2) == '$' && l.at(p+3) == '{' {
			try(4, rulePathStart)
		}
		try(l.homePathLen(p), ruleHomePath)
	case '<':
		try(l.searchPathLen(p), ruleSearchPath)
	case '/':
		if l.at(p+1) == '*' {
			if !l.noCommentEnd {
				if end := bytes.Index(l.src[p+2:], []byte("*/")); end >= 0 {
					try(end+4, ruleComment)
				} else {
					// No later `/*` can be closed either.
					l.noCommentEnd = true
				}
			}
		}
	}
	if isPathChar(c) || c == '/' {
		if n := l.pathSegLen(p); n > 0 && l.at(p+n) == '$' && l.at(p+n+1) == '{' {
			try(n+2, rulePathStart)
		}
		try(l.pathLen(p), rulePath)
	}
	if ast.IsIDStart(c) {
		try(l.uriLen(p), ruleURI)
	}

matched:
	if bestLen == 0 {
		bestLen = 1 // {ANY}
	}
	text := l.src[p : p+bestLen]
	switch best {
	case ruleComment:
		l.adjust(bestLen)
		return false
	case rulePathStart:
		// flex puts the text back and rescans it in PATH_START.
		l.push(stPathStart)
		return false
	}
	l.adjust(bestLen)
	var kind lexer.TokenType
	switch best {
	case ruleKeyword:
		kind = keyword(text)
	case ruleEllipsis:
		kind = tEllipsis
	case ruleOperator:
		kind = operator(text[0], text[1])
	case ruleID:
		kind = tID
	case ruleInt:
		if _, err := strconv.ParseInt(l.text[p:l.pos], 10, 64); err != nil {
			l.fail(t, l.cur, p, "invalid integer '"+l.text[p:l.pos]+"'")
			return true
		}
		kind = tINT
	case ruleFloat:
		if _, ok := parseFloat(l.text[p:l.pos]); !ok {
			l.fail(t, l.cur, p, "invalid float '"+l.text[p:l.pos]+"'")
			return true
		}
		kind = tFLOAT
	case ruleDollarCurly:
		l.push(stDefault)
		kind = tDollarCurly
	case ruleRBrace:
		if l.state() != stInitial {
			l.pop()
		}
		kind = tRBrace
	case ruleLBrace:
		l.push(stDefault)
		kind = tLBrace
	case ruleQuote:
		if l.simpleString(t, p) {
			return true
		}
		l.push(stString)
		kind = tQuote
	case ruleIndOpen:
		l.push(stIndString)
		kind = tIndStringOpen
	case rulePath, ruleHomePath:
		if text[len(text)-1] == '/' {
			l.push(stInPathSlash)
		} else {
			l.push(stInPath)
		}
		kind = tPATH
		if best == ruleHomePath {
			kind = tHPATH
		}
	case ruleSearchPath:
		kind = tSPATH
	case ruleURI:
		kind = tURI
	case ruleAny:
		kind = charTokens[c]
		if c == '/' && l.at(p+1) == '*' {
			kind |= atEOF // an unclosed comment
		}
	}
	l.tok(t, kind, p)
	return true
}

// punctuation are the one-byte tokens no other rule can extend (but for
// `==`, which quick checks), lexed without trying the others.
var punctuation = func() (t [256]lexer.TokenType) {
	for _, c := range []byte(";,()[]?@:=") {
		t[c] = charTokens[c]
	}
	return t
}()

func (l *scanner) stringToken(t *lexer.Token) {
	p := l.pos
	if p >= len(l.src) {
		l.eof(t)
		return
	}
	switch {
	case l.src[p] == '"':
		l.adjust(1)
		l.pop()
		l.tok(t, tQuote, p)
		return
	case l.src[p] == '$' && l.at(p+1) == '{':
		l.adjust(2)
		l.push(stDefault)
		l.tok(t, tDollarCurly, p)
		return
	}
	i := p
	n := len(l.src)
scan:
	for i < n {
		switch l.src[i] {
		case '"':
			break scan
		case '\\':
			if i+1 >= n {
				break scan
			}
			i += 2
		case '$':
			if i+1 >= n {
				break scan
			}
			switch l.src[i+1] {
			case '{', '"':
				break scan
			case '\\':
				if i+2 >= n {
					break scan
				}
				i += 3
			default:
				i += 2
			}
		default:
			i++
		}
	}
	if i < n && l.src[i] == '$' && l.at(i+1) == '"' {
		i++ // the rule with trailing context takes the `$` before `"`
	}
	if i == p {
		// `$`, `\` or `$\` at the end of the input.
		l.adjust(n - p)
		l.tok(t, tSTR|atEOF, p)
		return
	}
	l.adjust(i - p)
	l.tok(t, tSTR, p)
}

// simpleString lexes the rest of a string whose opening quote at open
// was just matched, if it has no interpolation and is closed: the
// tokens STR (if any) and '"' that would follow become one tSimpleStr.
func (l *scanner) simpleString(t *lexer.Token, open int) bool {
	quote, saved := l.cur, *l
	l.push(stString)
	l.stringToken(t)
	var text string
	if t.Type == tSTR {
		text = t.Value
		l.stringToken(t)
	}
	if t.Type != tQuote {
		*l = saved
		return false
	}
	t.Type, t.Value = tSimpleStr, text
	place(t, open, quote)
	return true
}

// indStringToken scans inside an indented string. Its IND_STR tokens are
// text (whose indentation is stripped), an escape (two single quotes and
// then `$`, a quote, or a backslash and a character), or a lone
// `$` or `'` that is kept as it is; indText tells them apart.
func (l *scanner) indStringToken(t *lexer.Token) {
	p := l.pos
	n := len(l.src)
	if p >= n {
		l.eof(t)
		return
	}
	if l.src[p] == '\'' && l.at(p+1) == '\'' {
		if p+2 < n {
			switch l.src[p+2] {
			case '$', '\'':
				l.adjust(3)
				l.tok(t, tIndSTR, p)
				return
			case '\\':
				if p+3 < n {
					l.adjust(4)
					l.tok(t, tIndSTR, p)
					return
				}
			}
		}
		l.adjust(2)
		l.pop()
		l.tok(t, tIndStringClose, p)
		return
	}
	if l.src[p] == '$' && l.at(p+1) == '{' {
		l.adjust(2)
		l.push(stDefault)
		l.tok(t, tDollarCurly, p)
		return
	}
	i := p
scan:
	for i < n {
		switch l.src[i] {
		case '$':
			if i+1 >= n || l.src[i+1] == '{' || l.src[i+1] == '\'' {
				break scan
			}
			i += 2
		case '\'':
			if i+1 >= n || l.src[i+1] == '\'' || l.src[i+1] == '$' {
				break scan
			}
			i += 2
		default:
			i++
		}
	}
	if i == p {
		i++ // a lone `$` or `'`
	}
	l.adjust(i - p)
	l.tok(t, tIndSTR, p)
}

func (l *scanner) pathStartToken(t *lexer.Token) {
	p := l.pos
	l.pop()
	l.push(stInPathSlash)
	if l.src[p] == '~' {
		l.adjust(2)
		l.tok(t, tHPATH, p)
		return
	}
	l.adjust(l.pathSegLen(p))
	l.tok(t, tPATH, p)
}

// inPathToken scans after a path segment. ok is false when the state
// was left without a token.
func (l *scanner) inPathToken(t *lexer.Token) bool {
	p := l.pos
	if l.at(p) == '$' && l.at(p+1) == '{' && p+1 < len(l.src) {
		l.adjust(2)
		l.pop()
		l.push(stInPath)
		l.push(stDefault)
		l.tok(t, tDollarCurly, p)
		return true
	}
	n := l.pathLen(p)
	if m := l.pathSegLen(p); m > n {
		n = m
	}
	if m := l.pathCharsFrom(p) - p; m > n {
		n = m
	}
	if n > 0 {
		l.adjust(n)
		l.pop()
		if l.src[l.pos-1] == '/' {
			l.push(stInPathSlash)
		} else {
			l.push(stInPath)
		}
		l.tok(t, tSTR, p)
		return true
	}
	if l.state() == stInPathSlash {
		at := l.cur
		if p < len(l.src) {
			l.adjust(1)
			at = l.cur
		}
		l.fail(t, at, p, "path has a trailing slash")
		return true
	}
	// PATH_END: flex rescans the character in the enclosing state and
	// gives PATH_END the location saved before the last match.
	l.pop()
	if p >= len(l.src) {
		l.cur = l.prev
	} else {
		l.prev = l.cur
	}
	l.tok(t, tPathEnd, p)
	return true
}
