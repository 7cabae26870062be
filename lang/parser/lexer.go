package parser

import (
	"bytes"
	"strconv"
)

// loc is a bison location: where a token starts and where the next one
// would start. Columns count bytes, as CppNix's do.
type loc struct {
	firstLine, firstCol int32
	lastLine, lastCol   int32
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

// token is one lexed token with its value.
type token struct {
	kind   int
	loc    loc
	text   string  // PATH, HPATH, SPATH, URI; STR and IND_STR values
	indent bool    // IND_STR: raw text whose indentation is stripped
	num    int64   // INT; an ID's ast.Symbol
	float  float64 // FLOAT
	// atEOF marks a token that only exists because the input ended early
	// (an unclosed comment or string), so the REPL can ask for more.
	atEOF bool
}

// lexer reproduces CppNix 2.8's flex scanner: the longest match wins, the
// earlier rule on a tie, and locations advance as its adjustLoc does
// (\r\n and \r count as one newline).
type lexer struct {
	src    []byte
	pos    int
	cur    loc // location of the last matched text (flex's yylloc)
	prev   loc // the location before that (flex's prev_yylloc)
	states []lexState
	err    *Error
	p      *parser
}

func newLexer(src []byte, p *parser) *lexer {
	return &lexer{
		src:    src,
		cur:    loc{1, 1, 1, 1},
		prev:   loc{1, 1, 1, 1},
		states: []lexState{stInitial},
		p:      p,
	}
}

func (l *lexer) state() lexState { return l.states[len(l.states)-1] }
func (l *lexer) push(s lexState) { l.states = append(l.states, s) }
func (l *lexer) pop() {
	if len(l.states) > 1 {
		l.states = l.states[:len(l.states)-1]
	}
}

// adjust consumes n bytes as one match and updates the locations.
func (l *lexer) adjust(n int) {
	l.prev = l.cur
	l.cur.firstLine, l.cur.firstCol = l.cur.lastLine, l.cur.lastCol
	line, col := l.cur.lastLine, l.cur.lastCol
	end := l.pos + n
	for i := l.pos; i < end; i++ {
		switch l.src[i] {
		case '\r':
			if i+1 < end && l.src[i+1] == '\n' {
				i++
			}
			line++
			col = 1
		case '\n':
			line++
			col = 1
		default:
			col++
		}
	}
	l.cur.lastLine, l.cur.lastCol = line, col
	l.pos = end
}

func isPathChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '.' || c == '_' || c == '-' || c == '+'
}

func isIDStart(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' }

func isIDChar(c byte) bool {
	return isIDStart(c) || c >= '0' && c <= '9' || c == '\'' || c == '-'
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

func (l *lexer) at(i int) byte {
	if i < len(l.src) {
		return l.src[i]
	}
	return 0
}

func (l *lexer) pathCharsFrom(i int) int {
	for i < len(l.src) && isPathChar(l.src[i]) {
		i++
	}
	return i
}

// pathLen matches {PATH}: PATH_CHAR* (/ PATH_CHAR+)+ /?
func (l *lexer) pathLen(p int) int {
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
func (l *lexer) pathSegLen(p int) int {
	i := l.pathCharsFrom(p)
	if l.at(i) == '/' {
		return i + 1 - p
	}
	return 0
}

// homePathLen matches {HPATH}: ~ (/ PATH_CHAR+)+ /?
func (l *lexer) homePathLen(p int) int {
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
func (l *lexer) searchPathLen(p int) int {
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
func (l *lexer) uriLen(p int) int {
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
func (l *lexer) floatLen(p int) int {
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

// keyword returns the keyword token for an identifier's text, or -1.
func keyword(b []byte) int {
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
	return -1
}

// charTokens maps the characters the grammar uses to their terminals;
// every other character is an invalid token.
var charTokens = func() (t [256]int16) {
	for i := range t {
		t[i] = tInvalid
	}
	for c, k := range map[byte]int{
		':': tColon, '@': tAt, ';': tSemi, '!': tBang, '-': tMinus, '<': tLess, '>': tGreater,
		'?': tQuestion, '+': tPlus, '*': tStar, '/': tSlash, '.': tDot, '"': tQuote, '(': tLParen,
		')': tRParen, '[': tLBracket, ']': tRBracket, '{': tLBrace, '}': tRBrace, '=': tAssign, ',': tComma,
	} {
		t[c] = int16(k)
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

// operator returns the two-character operator c d, or -1.
func operator(c, d byte) int {
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
	return -1
}

// next returns the next token, or sets l.err and returns a tEOF token.
func (l *lexer) next() token {
	for {
		switch l.state() {
		case stString:
			return l.stringToken()
		case stIndString:
			return l.indStringToken()
		case stPathStart:
			return l.pathStartToken()
		case stInPath, stInPathSlash:
			if t, ok := l.inPathToken(); ok {
				return t
			}
			if l.err != nil {
				return token{kind: tEOF, loc: l.cur}
			}
			continue
		}
		if l.pos >= len(l.src) {
			return token{kind: tEOF, loc: l.cur}
		}
		if t, ok := l.defaultToken(); ok {
			return t
		}
		if l.err != nil {
			return token{kind: tEOF, loc: l.cur}
		}
	}
}

// defaultToken scans one match in the INITIAL/DEFAULT states; ok is false
// for white space, comments and state changes that produce no token.
func (l *lexer) defaultToken() (token, bool) {
	p := l.pos
	c := l.src[p]
	bestLen, best := 0, ruleAny
	try := func(n, rule int) {
		if n > bestLen {
			bestLen, best = n, rule
		}
	}
	switch {
	case c == ' ' || c == '\t' || c == '\r' || c == '\n':
		i := p
		for i < len(l.src) && (l.src[i] == ' ' || l.src[i] == '\t' || l.src[i] == '\r' || l.src[i] == '\n') {
			i++
		}
		l.adjust(i - p)
		return token{}, false
	case c == '#':
		i := p
		for i < len(l.src) && l.src[i] != '\r' && l.src[i] != '\n' {
			i++
		}
		l.adjust(i - p)
		return token{}, false
	}
	if isIDStart(c) {
		n := 1
		for p+n < len(l.src) && isIDChar(l.src[p+n]) {
			n++
		}
		if d := l.at(p + n); d != '.' && d != '+' && d != '/' && d != ':' {
			// Neither a path nor a URI can be longer.
			return l.identifier(n), true
		}
		if keyword(l.src[p:p+n]) >= 0 {
			bestLen, best = n, ruleKeyword
		} else {
			try(n, ruleID)
		}
	}
	if c == '.' && l.at(p+1) == '.' && l.at(p+2) == '.' {
		try(3, ruleEllipsis)
	}
	if p+1 < len(l.src) && operator(c, l.src[p+1]) >= 0 {
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
			if end := bytes.Index(l.src[p+2:], []byte("*/")); end >= 0 {
				try(end+4, ruleComment)
			}
		}
	}
	if isPathChar(c) || c == '/' {
		if n := l.pathSegLen(p); n > 0 && l.at(p+n) == '$' && l.at(p+n+1) == '{' {
			try(n+2, rulePathStart)
		}
		try(l.pathLen(p), rulePath)
	}
	if isIDStart(c) {
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
		return token{}, false
	case rulePathStart:
		// flex puts the text back and rescans it in PATH_START.
		l.push(stPathStart)
		return token{}, false
	}
	l.adjust(bestLen)
	t := token{loc: l.cur}
	switch best {
	case ruleKeyword:
		t.kind = keyword(text)
	case ruleEllipsis:
		t.kind = tEllipsis
	case ruleOperator:
		t.kind = operator(text[0], text[1])
	case ruleID:
		t.kind = tID
		t.num = int64(l.p.symbol(text))
	case ruleInt:
		n, err := strconv.ParseInt(string(text), 10, 64)
		if err != nil {
			l.fail(t.loc, "invalid integer '"+string(text)+"'")
			return token{}, false
		}
		t.kind, t.num = tINT, n
	case ruleFloat:
		f, ok := parseFloat(string(text))
		if !ok {
			l.fail(t.loc, "invalid float '"+string(text)+"'")
			return token{}, false
		}
		t.kind, t.float = tFLOAT, f
	case ruleDollarCurly:
		l.push(stDefault)
		t.kind = tDollarCurly
	case ruleRBrace:
		if l.state() != stInitial {
			l.pop()
		}
		t.kind = tRBrace
	case ruleLBrace:
		l.push(stDefault)
		t.kind = tLBrace
	case ruleQuote:
		l.push(stString)
		t.kind = tQuote
	case ruleIndOpen:
		l.push(stIndString)
		t.kind = tIndStringOpen
	case rulePath, ruleHomePath:
		if text[len(text)-1] == '/' {
			l.push(stInPathSlash)
		} else {
			l.push(stInPath)
		}
		t.kind = tPATH
		if best == ruleHomePath {
			t.kind = tHPATH
		}
		t.text = string(text)
	case ruleSearchPath:
		t.kind, t.text = tSPATH, string(text)
	case ruleURI:
		t.kind, t.text = tURI, string(text)
	case ruleAny:
		t.kind = int(charTokens[c])
		if c == '/' && l.at(p+1) == '*' {
			t.atEOF = true // an unclosed comment
		}
	}
	return t, true
}

// identifier lexes the n bytes at l.pos as a keyword or an identifier.
func (l *lexer) identifier(n int) token {
	text := l.src[l.pos : l.pos+n]
	l.adjust(n)
	if k := keyword(text); k >= 0 {
		return token{kind: k, loc: l.cur}
	}
	return token{kind: tID, loc: l.cur, num: int64(l.p.symbol(text))}
}

func (l *lexer) fail(at loc, msg string) {
	if l.err == nil {
		l.err = &Error{Pos: l.p.pos(at.firstLine, at.firstCol), Msg: msg}
	}
}

// parseFloat converts like strtod, failing where strtod reports ERANGE
// (overflow, and underflow into the subnormal range or to zero).
func parseFloat(s string) (float64, bool) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, false
	}
	if f != 0 && (f < 2.2250738585072014e-308 && f > -2.2250738585072014e-308) {
		return 0, false
	}
	if f == 0 {
		for i := 0; i < len(s) && s[i] != 'e' && s[i] != 'E'; i++ {
			if s[i] >= '1' && s[i] <= '9' {
				return 0, false
			}
		}
	}
	return f, true
}

// unescape decodes a "…" string's text: \n, \r, \t, \X -> X, and bare CR or
// CR LF -> LF. Like CppNix it stops at a NUL byte.
func unescape(b []byte) string {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c == 0 {
			break
		}
		switch c {
		case '\\':
			i++
			if i >= len(b) {
				return string(out)
			}
			switch c = b[i]; c {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			}
			out = append(out, c)
		case '\r':
			if i+1 < len(b) && b[i+1] == '\n' {
				i++
			}
			out = append(out, '\n')
		default:
			out = append(out, c)
		}
	}
	return string(out)
}

func (l *lexer) stringToken() token {
	p := l.pos
	if p >= len(l.src) {
		return token{kind: tEOF, loc: l.cur, atEOF: true}
	}
	switch {
	case l.src[p] == '"':
		l.adjust(1)
		l.pop()
		return token{kind: tQuote, loc: l.cur}
	case l.src[p] == '$' && l.at(p+1) == '{':
		l.adjust(2)
		l.push(stDefault)
		return token{kind: tDollarCurly, loc: l.cur}
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
		return token{kind: tSTR, loc: l.cur, atEOF: true}
	}
	text := l.src[p:i]
	l.adjust(i - p)
	return token{kind: tSTR, loc: l.cur, text: unescape(text)}
}

func (l *lexer) indStringToken() token {
	p := l.pos
	n := len(l.src)
	if p >= n {
		return token{kind: tEOF, loc: l.cur, atEOF: true}
	}
	if l.src[p] == '\'' && l.at(p+1) == '\'' {
		if p+2 < n {
			switch l.src[p+2] {
			case '$':
				l.adjust(3)
				return token{kind: tIndSTR, loc: l.cur, text: "$"}
			case '\'':
				l.adjust(3)
				return token{kind: tIndSTR, loc: l.cur, text: "''"}
			case '\\':
				if p+3 < n {
					text := unescape(l.src[p+2 : p+4])
					if l.src[p+3] == 0 {
						text = "\x00"
					}
					l.adjust(4)
					return token{kind: tIndSTR, loc: l.cur, text: text}
				}
			}
		}
		l.adjust(2)
		l.pop()
		return token{kind: tIndStringClose, loc: l.cur}
	}
	if l.src[p] == '$' && l.at(p+1) == '{' {
		l.adjust(2)
		l.push(stDefault)
		return token{kind: tDollarCurly, loc: l.cur}
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
	if i > p {
		text := string(l.src[p:i])
		l.adjust(i - p)
		return token{kind: tIndSTR, loc: l.cur, text: text, indent: true}
	}
	c := l.src[p]
	l.adjust(1)
	return token{kind: tIndSTR, loc: l.cur, text: string(c)}
}

func (l *lexer) pathStartToken() token {
	p := l.pos
	l.pop()
	l.push(stInPathSlash)
	if l.src[p] == '~' {
		l.adjust(2)
		return token{kind: tHPATH, loc: l.cur, text: "~/"}
	}
	n := l.pathSegLen(p)
	text := string(l.src[p : p+n])
	l.adjust(n)
	return token{kind: tPATH, loc: l.cur, text: text}
}

// inPathToken scans after a path segment. ok is false when the state
// was left without a token.
func (l *lexer) inPathToken() (token, bool) {
	p := l.pos
	if l.at(p) == '$' && l.at(p+1) == '{' && p+1 < len(l.src) {
		l.adjust(2)
		l.pop()
		l.push(stInPath)
		l.push(stDefault)
		return token{kind: tDollarCurly, loc: l.cur}, true
	}
	n := l.pathLen(p)
	if m := l.pathSegLen(p); m > n {
		n = m
	}
	if m := l.pathCharsFrom(p) - p; m > n {
		n = m
	}
	if n > 0 {
		text := string(l.src[p : p+n])
		l.adjust(n)
		l.pop()
		if text[len(text)-1] == '/' {
			l.push(stInPathSlash)
		} else {
			l.push(stInPath)
		}
		return token{kind: tSTR, loc: l.cur, text: text}, true
	}
	if l.state() == stInPathSlash {
		at := l.cur
		if p < len(l.src) {
			l.adjust(1)
			at = l.cur
		}
		l.fail(at, "path has a trailing slash")
		return token{}, false
	}
	// PATH_END: flex rescans the character in the enclosing state and
	// gives PATH_END the location saved before the last match.
	l.pop()
	if p >= len(l.src) {
		l.cur = l.prev
	} else {
		l.prev = l.cur
	}
	return token{kind: tPathEnd, loc: l.cur}, true
}
