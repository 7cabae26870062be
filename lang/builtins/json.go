package builtins

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
)

// Conversion from and to JSON.
func jsonBuiltins() []eval.Builtin {
	return []eval.Builtin{
		{Name: "toJSON", Scope: eval.GlobalUnderscore, Arity: 1, Fn: primToJSON},
		{Name: "fromJSON", Scope: eval.GlobalUnderscore, Arity: 1, Fn: primFromJSON},
	}
}

// primToJSON writes a value as JSON exactly as `nix-instantiate --json`
// prints it (sets with __toString or outPath become strings, paths are
// copied to the store); the result keeps the context of the strings in it.
func primToJSON(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	s, ctx, err := m.PrintJSON(args[0], true, pos)
	if err != nil {
		return eval.Value{}, err
	}
	return eval.NewStringWithContext(s, ctx), nil
}

func primFromJSON(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	s, err := m.ForceStringNoCtx(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	// A list or set takes at least a value per element, 24 bytes for two
	// bytes of text ("0,").
	v, msg, err := parseJSON(s, func(n int) error { return m.CheckListSize(pos, n) })
	if err != nil {
		return eval.Value{}, err
	}
	if msg == jsonTooDeep {
		return eval.Value{}, eval.Errorf(eval.StackOverflowError, ast.Pos{}, "stack overflow (possible infinite recursion)")
	}
	if msg != "" {
		return eval.Value{}, eval.AddTrace(eval.Errorf(eval.EvalError, ast.Pos{}, "%s", msg), pos, "while decoding a JSON string")
	}
	return v, nil
}

// The JSON reader reproduces the behaviour of the nlohmann::json parser
// that CppNix 2.8 uses: what it accepts, how it reads numbers (unsigned
// integers wrap to Nix's signed ones, integers too large for 64 bits become
// floats), the last duplicate key winning, and the exact text of its error
// messages, which Nix shows as they are.

type jsonToken uint8

const (
	tokUninitialized jsonToken = iota
	tokTrue
	tokFalse
	tokNull
	tokString
	tokUnsigned
	tokInteger
	tokFloat
	tokBeginArray
	tokBeginObject
	tokEndArray
	tokEndObject
	tokNameSeparator
	tokValueSeparator
	tokParseError
	tokEndOfInput
	tokLiteralOrValue
)

func (t jsonToken) String() string {
	switch t {
	case tokTrue:
		return "true literal"
	case tokFalse:
		return "false literal"
	case tokNull:
		return "null literal"
	case tokString:
		return "string literal"
	case tokUnsigned, tokInteger, tokFloat:
		return "number literal"
	case tokBeginArray:
		return "'['"
	case tokBeginObject:
		return "'{'"
	case tokEndArray:
		return "']'"
	case tokEndObject:
		return "'}'"
	case tokNameSeparator:
		return "':'"
	case tokValueSeparator:
		return "','"
	case tokParseError:
		return "<parse error>"
	case tokEndOfInput:
		return "end of input"
	case tokLiteralOrValue:
		return "'[', '{', or a literal"
	}
	return "<uninitialized>"
}

const jsonEOF = -1

// jsonLexer reads bytes keeping the counters nlohmann reports: lines and
// characters read on the current line, and the text of the current token.
type jsonLexer struct {
	in        string
	off       int
	cur       int // current character, or jsonEOF
	nextUnget bool
	total     int
	line      int // lines read
	col       int // characters read on the current line
	tokenText []byte

	errMsg string
	buf    []byte // the decoded string or number text
	uval   uint64
	ival   int64
	fval   float64
}

func (l *jsonLexer) get() int {
	l.total++
	l.col++
	if l.nextUnget {
		l.nextUnget = false
	} else if l.off < len(l.in) {
		l.cur = int(l.in[l.off])
		l.off++
	} else {
		l.cur = jsonEOF
	}
	if l.cur != jsonEOF {
		l.tokenText = append(l.tokenText, byte(l.cur))
	}
	if l.cur == '\n' {
		l.line++
		l.col = 0
	}
	return l.cur
}

func (l *jsonLexer) unget() {
	l.nextUnget = true
	l.total--
	if l.col == 0 {
		if l.line > 0 {
			l.line--
		}
	} else {
		l.col--
	}
	if l.cur != jsonEOF && len(l.tokenText) > 0 {
		l.tokenText = l.tokenText[:len(l.tokenText)-1]
	}
}

// reset starts a new token (strings and numbers only, as in nlohmann).
func (l *jsonLexer) reset() {
	l.buf = l.buf[:0]
	l.tokenText = l.tokenText[:0]
	if l.cur != jsonEOF {
		l.tokenText = append(l.tokenText, byte(l.cur))
	}
}

// tokenString is the text read for the current token, with control
// characters shown as <U+XXXX>.
func (l *jsonLexer) tokenString() string {
	var b strings.Builder
	for _, c := range l.tokenText {
		if c <= 0x1f {
			fmt.Fprintf(&b, "<U+%04X>", c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

func (l *jsonLexer) scan() jsonToken {
	if l.total == 0 {
		// A UTF-8 byte order mark is skipped.
		if l.get() == 0xEF {
			if l.get() != 0xBB || l.get() != 0xBF {
				l.errMsg = "invalid BOM; must be 0xEF 0xBB 0xBF if given"
				return tokParseError
			}
		} else {
			l.unget()
		}
	}
	for {
		c := l.get()
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			break
		}
	}
	switch l.cur {
	case '[':
		return tokBeginArray
	case ']':
		return tokEndArray
	case '{':
		return tokBeginObject
	case '}':
		return tokEndObject
	case ':':
		return tokNameSeparator
	case ',':
		return tokValueSeparator
	case 't':
		return l.scanLiteral("true", tokTrue)
	case 'f':
		return l.scanLiteral("false", tokFalse)
	case 'n':
		return l.scanLiteral("null", tokNull)
	case '"':
		return l.scanString()
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return l.scanNumber()
	case 0, jsonEOF:
		return tokEndOfInput
	}
	l.errMsg = "invalid literal"
	return tokParseError
}

func (l *jsonLexer) scanLiteral(text string, t jsonToken) jsonToken {
	for i := 1; i < len(text); i++ {
		if l.get() != int(text[i]) {
			l.errMsg = "invalid literal"
			return tokParseError
		}
	}
	return t
}

// controlNames are the names nlohmann gives control characters in its
// "must be escaped" message.
var controlNames = [32]string{"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR", "SO", "SI",
	"DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US"}

// controlEscapes are the short escapes mentioned for some of them.
var controlEscapes = map[int]string{0x08: `\b`, 0x09: `\t`, 0x0a: `\n`, 0x0c: `\f`, 0x0d: `\r`}

func (l *jsonLexer) codepoint() int {
	cp := 0
	for _, shift := range []uint{12, 8, 4, 0} {
		c := l.get()
		switch {
		case c >= '0' && c <= '9':
			cp += (c - '0') << shift
		case c >= 'A' && c <= 'F':
			cp += (c - 'A' + 10) << shift
		case c >= 'a' && c <= 'f':
			cp += (c - 'a' + 10) << shift
		default:
			return -1
		}
	}
	return cp
}

// utf8Ranges are the allowed ranges of the continuation bytes after each
// lead byte of a well-formed UTF-8 sequence.
func utf8Ranges(c int) []int {
	switch {
	case c >= 0xC2 && c <= 0xDF:
		return []int{0x80, 0xBF}
	case c == 0xE0:
		return []int{0xA0, 0xBF, 0x80, 0xBF}
	case c >= 0xE1 && c <= 0xEC, c == 0xEE, c == 0xEF:
		return []int{0x80, 0xBF, 0x80, 0xBF}
	case c == 0xED:
		return []int{0x80, 0x9F, 0x80, 0xBF}
	case c == 0xF0:
		return []int{0x90, 0xBF, 0x80, 0xBF, 0x80, 0xBF}
	case c >= 0xF1 && c <= 0xF3:
		return []int{0x80, 0xBF, 0x80, 0xBF, 0x80, 0xBF}
	case c == 0xF4:
		return []int{0x80, 0x8F, 0x80, 0xBF, 0x80, 0xBF}
	}
	return nil
}

func (l *jsonLexer) scanString() jsonToken {
	l.reset()
	for {
		c := l.get()
		switch {
		case c == jsonEOF:
			l.errMsg = "invalid string: missing closing quote"
			return tokParseError
		case c == '"':
			return tokString
		case c == '\\':
			if t := l.scanEscape(); t != tokString {
				return t
			}
		case c < 0x20:
			msg := fmt.Sprintf("invalid string: control character U+%04X (%s) must be escaped to \\u%04X", c, controlNames[c], c)
			if e, ok := controlEscapes[c]; ok {
				msg += " or " + e
			}
			l.errMsg = msg
			return tokParseError
		case c < 0x80:
			l.buf = append(l.buf, byte(c))
		default:
			ranges := utf8Ranges(c)
			if ranges == nil {
				l.errMsg = "invalid string: ill-formed UTF-8 byte"
				return tokParseError
			}
			l.buf = append(l.buf, byte(c))
			for i := 0; i < len(ranges); i += 2 {
				d := l.get()
				if d < ranges[i] || d > ranges[i+1] {
					l.errMsg = "invalid string: ill-formed UTF-8 byte"
					return tokParseError
				}
				l.buf = append(l.buf, byte(d))
			}
		}
	}
}

// scanEscape reads what follows a backslash in a string; it returns
// tokString to go on.
func (l *jsonLexer) scanEscape() jsonToken {
	switch c := l.get(); c {
	case '"', '\\', '/':
		l.buf = append(l.buf, byte(c))
	case 'b':
		l.buf = append(l.buf, '\b')
	case 'f':
		l.buf = append(l.buf, '\f')
	case 'n':
		l.buf = append(l.buf, '\n')
	case 'r':
		l.buf = append(l.buf, '\r')
	case 't':
		l.buf = append(l.buf, '\t')
	case 'u':
		const badHex = "invalid string: '\\u' must be followed by 4 hex digits"
		cp := l.codepoint()
		if cp < 0 {
			l.errMsg = badHex
			return tokParseError
		}
		switch {
		case cp >= 0xD800 && cp <= 0xDBFF:
			if l.get() != '\\' || l.get() != 'u' {
				l.errMsg = "invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF"
				return tokParseError
			}
			lo := l.codepoint()
			if lo < 0 {
				l.errMsg = badHex
				return tokParseError
			}
			if lo < 0xDC00 || lo > 0xDFFF {
				l.errMsg = "invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF"
				return tokParseError
			}
			cp = (cp-0xD800)<<10 + (lo - 0xDC00) + 0x10000
		case cp >= 0xDC00 && cp <= 0xDFFF:
			l.errMsg = "invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF"
			return tokParseError
		}
		l.buf = append(l.buf, string(rune(cp))...)
	default:
		l.errMsg = "invalid string: forbidden character after backslash"
		return tokParseError
	}
	return tokString
}

func isJSONDigit(c int) bool { return c >= '0' && c <= '9' }

// scanNumber follows nlohmann's number automaton and its conversions.
func (l *jsonLexer) scanNumber() jsonToken {
	l.reset()
	kind := tokUnsigned
	add := func() { l.buf = append(l.buf, byte(l.cur)) }
	add()
	c := l.cur
	if c == '-' {
		kind = tokInteger
		c = l.get()
		if !isJSONDigit(c) {
			l.errMsg = "invalid number; expected digit after '-'"
			return tokParseError
		}
		add()
	}
	if c != '0' {
		for c = l.get(); isJSONDigit(c); c = l.get() {
			add()
		}
	} else {
		c = l.get()
	}
	if c == '.' {
		add()
		kind = tokFloat
		if c = l.get(); !isJSONDigit(c) {
			l.errMsg = "invalid number; expected digit after '.'"
			return tokParseError
		}
		add()
		for c = l.get(); isJSONDigit(c); c = l.get() {
			add()
		}
	}
	if c == 'e' || c == 'E' {
		add()
		kind = tokFloat
		c = l.get()
		if c == '+' || c == '-' {
			add()
			if c = l.get(); !isJSONDigit(c) {
				l.errMsg = "invalid number; expected digit after exponent sign"
				return tokParseError
			}
		} else if !isJSONDigit(c) {
			l.errMsg = "invalid number; expected '+', '-', or digit after exponent"
			return tokParseError
		}
		add()
		for c = l.get(); isJSONDigit(c); c = l.get() {
			add()
		}
	}
	l.unget()
	text := string(l.buf)
	switch kind {
	case tokUnsigned:
		if u, err := strconv.ParseUint(text, 10, 64); err == nil {
			l.uval = u
			return tokUnsigned
		}
	case tokInteger:
		if i, err := strconv.ParseInt(text, 10, 64); err == nil {
			l.ival = i
			return tokInteger
		}
	}
	// strtod: out-of-range values become ±HUGE_VAL (infinite).
	l.fval, _ = strconv.ParseFloat(text, 64)
	return tokFloat
}

// jsonParser is nlohmann's SAX parser driving the lexer, building Nix
// values.
type jsonParser struct {
	lex  jsonLexer
	last jsonToken
	// fits reports whether a list or set of n elements may be made; its
	// error stops the parse and is kept in tooBig.
	fits   func(n int) error
	tooBig error
}

func (p *jsonParser) next() jsonToken {
	p.last = p.lex.scan()
	return p.last
}

// fail formats a syntax error as nlohmann does.
func (p *jsonParser) fail(expected jsonToken, context string) string {
	msg := "syntax error "
	if context != "" {
		msg += "while parsing " + context + " "
	}
	msg += "- "
	if p.last == tokParseError {
		msg += p.lex.errMsg + "; last read: '" + p.lex.tokenString() + "'"
	} else {
		msg += "unexpected " + p.last.String()
	}
	if expected != tokUninitialized {
		msg += "; expected " + expected.String()
	}
	return fmt.Sprintf("[json.exception.parse_error.101] parse error at line %d, column %d: %s", p.lex.line+1, p.lex.col, msg)
}

// maxJSONDepth bounds the nesting of arrays and objects, so that a
// pathological input cannot exhaust the Go stack. nlohmann's parser has
// no limit of its own: CppNix reads 850,000 levels and runs out of stack
// at a million, where ovl fails with jsonTooDeep.
const maxJSONDepth = 1000000

// jsonTooDeep is parseJSON's message for nesting past maxJSONDepth;
// fromJSON reports it as CppNix reports running out of stack.
const jsonTooDeep = "nesting too deep"

// jsonTooBig is parseJSON's message when fits refuses an array or object.
const jsonTooBig = "too big"

// parseJSON reads a whole JSON text; on error it returns nlohmann's
// message, or the error of fits, asked before an array or object grows.
func parseJSON(s string, fits func(n int) error) (eval.Value, string, error) {
	p := &jsonParser{lex: jsonLexer{in: s, cur: jsonEOF}, fits: fits}
	p.next()
	v, msg := p.value(0)
	if msg == jsonTooBig {
		return eval.Value{}, "", p.tooBig
	}
	if msg != "" {
		return eval.Value{}, msg, nil
	}
	if p.next() != tokEndOfInput {
		return eval.Value{}, p.fail(tokEndOfInput, "value"), nil
	}
	return v, "", nil
}

// grow asks fits whether an array or object may have n elements.
func (p *jsonParser) grow(n int) bool {
	p.tooBig = p.fits(n)
	return p.tooBig == nil
}

// value parses the value starting at the current token; on return the
// current token is the value's last one.
func (p *jsonParser) value(depth int) (eval.Value, string) {
	if depth >= maxJSONDepth {
		return eval.Value{}, jsonTooDeep
	}
	switch p.last {
	case tokBeginObject:
		return p.object(depth)
	case tokBeginArray:
		var elems []eval.Value
		if p.next() == tokEndArray {
			return eval.NewList(nil), ""
		}
		for {
			v, msg := p.value(depth + 1)
			if msg != "" {
				return eval.Value{}, msg
			}
			if !p.grow(len(elems) + 1) {
				return eval.Value{}, jsonTooBig
			}
			elems = append(elems, v)
			switch p.next() {
			case tokValueSeparator:
				p.next()
				continue
			case tokEndArray:
				return eval.NewList(elems), ""
			}
			return eval.Value{}, p.fail(tokEndArray, "array")
		}
	case tokFloat:
		if math.IsInf(p.lex.fval, 0) || math.IsNaN(p.lex.fval) {
			return eval.Value{}, "[json.exception.out_of_range.406] number overflow parsing '" + p.lex.tokenString() + "'"
		}
		return eval.NewFloat(p.lex.fval), ""
	case tokTrue:
		return eval.True, ""
	case tokFalse:
		return eval.False, ""
	case tokNull:
		return eval.Null, ""
	case tokInteger:
		return eval.NewInt(p.lex.ival), ""
	case tokUnsigned:
		// Nix stores the unsigned value in its signed integer: it wraps.
		return eval.NewInt(int64(p.lex.uval)), ""
	case tokString:
		return eval.NewCString(string(p.lex.buf)), ""
	case tokParseError:
		return eval.Value{}, p.fail(tokUninitialized, "value")
	}
	return eval.Value{}, p.fail(tokLiteralOrValue, "value")
}

func (p *jsonParser) object(depth int) (eval.Value, string) {
	b := eval.NewAttrsBuilder(4)
	if p.next() == tokEndObject {
		return eval.NewAttrs(b.Finish()), ""
	}
	for n := 1; ; n++ {
		if p.last != tokString {
			return eval.Value{}, p.fail(tokString, "object key")
		}
		key := string(p.lex.buf)
		if p.next() != tokNameSeparator {
			return eval.Value{}, p.fail(tokNameSeparator, "object separator")
		}
		p.next()
		v, msg := p.value(depth + 1)
		if msg != "" {
			return eval.Value{}, msg
		}
		if !p.grow(n) {
			return eval.Value{}, jsonTooBig
		}
		// A later duplicate key wins: AttrsBuilder keeps the last value.
		b.AddString(key, v, nil)
		switch p.next() {
		case tokValueSeparator:
			p.next()
			continue
		case tokEndObject:
			return eval.NewAttrs(b.Finish()), ""
		}
		return eval.Value{}, p.fail(tokEndObject, "object")
	}
}
