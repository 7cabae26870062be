package builtins

import (
	"bytes"
	"errors"
	"math"
	"strconv"
	"strings"

	"github.com/pelletier/go-toml/v2/unstable"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
)

// Conversion from TOML.
func tomlBuiltins() []eval.Builtin {
	return []eval.Builtin{
		{Name: "fromTOML", Scope: eval.Global, Arity: 1, Fn: primFromTOML},
	}
}

// primFromTOML reads a TOML document as CppNix 2.8 does with toml11: the
// syntax is go-toml's parser; ovl builds the tables with toml11's rules
// (which, for instance, let `[a]` extend a table made by `a.b = 1`),
// saturates integers and floats that overflow as toml11's stream reading
// does, and rejects dates and times, which Nix has no type for. Errors
// start with toml11's message.
func primFromTOML(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	s, err := m.ForceStringNoCtx(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	doc, err := parseTOML([]byte(s))
	if err == nil {
		var v eval.Value
		if v, err = doc.toNix(); err == nil {
			return v, nil
		}
	}
	return eval.Value{}, eval.Errorf(eval.EvalError, pos, "while parsing a TOML string: %s", err.Error())
}

// tomlError is a toml11 error message; it prints as toml11's first line.
type tomlError string

func (e tomlError) Error() string { return "[error] " + string(e) }

var errTOMLDate = errors.New("Dates and times are not supported")

// regionKind records how toml11 saw a table or array written, which
// decides whether it may be extended later.
type regionKind uint8

const (
	regValue       regionKind = iota // a value: `a = 1`, `a = [ ... ]`
	regInline                        // an inline table `{ ... }`
	regDotted                        // made by the dotted key `keys = ...`
	regHeader                        // made or last extended by `[keys]`
	regArrayHeader                   // made by `[[keys]]`
)

type region struct {
	kind regionKind
	keys []string
}

type tomlKind uint8

const (
	tomlScalar tomlKind = iota
	tomlTable
	tomlArray
)

// tomlValue is a parsed TOML value before its conversion to Nix.
type tomlValue struct {
	kind   tomlKind
	scalar eval.Value
	date   bool
	table  map[string]*tomlValue
	array  []*tomlValue
	reg    region
}

func newTOMLTable(reg region) *tomlValue {
	return &tomlValue{kind: tomlTable, table: map[string]*tomlValue{}, reg: reg}
}

func (v *tomlValue) toNix() (eval.Value, error) {
	switch v.kind {
	case tomlTable:
		b := eval.NewAttrsBuilder(len(v.table))
		for k, e := range v.table {
			ev, err := e.toNix()
			if err != nil {
				return eval.Value{}, err
			}
			b.AddString(k, ev, nil)
		}
		return eval.NewAttrs(b.Finish()), nil
	case tomlArray:
		elems := make([]eval.Value, len(v.array))
		for i, e := range v.array {
			ev, err := e.toNix()
			if err != nil {
				return eval.Value{}, err
			}
			elems[i] = ev
		}
		return eval.NewList(elems), nil
	}
	if v.date {
		return eval.Value{}, errTOMLDate
	}
	return v.scalar, nil
}

// parseTOML reads a document section by section, as toml11 does: the
// key/values of a section go into a fresh table, which is then inserted at
// the section's header.
func parseTOML(data []byte) (*tomlValue, error) {
	p := &unstable.Parser{}
	p.Reset(data)
	root := newTOMLTable(region{kind: regHeader})
	section := root
	var header []string
	aot := false
	flush := func() error {
		if section == root {
			return nil
		}
		kind := regHeader
		if aot {
			kind = regArrayHeader
		}
		return insertTOML(root, section, header, region{kind: kind, keys: header}, aot)
	}
	lastEnd := 0
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.KeyValue:
			keys, v, err := tomlKeyValue(p, e)
			if err != nil {
				return nil, err
			}
			if err := insertTOML(section, v, keys, region{kind: regDotted, keys: keys}, false); err != nil {
				return nil, err
			}
		case unstable.Table, unstable.ArrayTable:
			if err := flush(); err != nil {
				return nil, err
			}
			header = tomlKeys(e.Key())
			aot = e.Kind == unstable.ArrayTable
			kind := regHeader
			if aot {
				kind = regArrayHeader
			}
			section = newTOMLTable(region{kind: kind, keys: header})
		}
		lastEnd = max(lastEnd, nodeEnd(p, e))
	}
	if err := p.Error(); err != nil {
		return nil, tomlSyntaxError(p, lastEnd, err)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return root, nil
}

// nodeEnd is the offset just after the last byte of a node and its
// children.
func nodeEnd(p *unstable.Parser, n *unstable.Node) int {
	end := 0
	if n.Raw.Length > 0 {
		end = int(n.Raw.Offset + n.Raw.Length)
	}
	for it := n.Children(); it.Next(); {
		end = max(end, nodeEnd(p, it.Node()))
	}
	return end
}

func tomlKeys(it unstable.Iterator) []string {
	var keys []string
	for it.Next() {
		keys = append(keys, string(it.Node().Data))
	}
	return keys
}

// tomlKeyValue reads a key/value node.
func tomlKeyValue(p *unstable.Parser, e *unstable.Node) ([]string, *tomlValue, error) {
	keys := tomlKeys(e.Key())
	v, err := tomlNodeValue(p, e.Value())
	return keys, v, err
}

// tomlNodeValue converts a value node.
func tomlNodeValue(p *unstable.Parser, n *unstable.Node) (*tomlValue, error) {
	switch n.Kind {
	case unstable.String:
		if err := checkTOMLEscapes(p.Raw(n.Raw)); err != nil {
			return nil, err
		}
		return &tomlValue{scalar: eval.NewCString(string(n.Data))}, nil
	case unstable.Bool:
		return &tomlValue{scalar: eval.NewBool(string(n.Data) == "true")}, nil
	case unstable.Integer:
		return &tomlValue{scalar: eval.NewInt(tomlInt(string(n.Data)))}, nil
	case unstable.Float:
		return &tomlValue{scalar: eval.NewFloat(tomlFloat(string(n.Data)))}, nil
	case unstable.LocalDate, unstable.LocalTime, unstable.LocalDateTime, unstable.DateTime:
		return &tomlValue{date: true}, nil
	case unstable.Array:
		arr := &tomlValue{kind: tomlArray}
		for it := n.Children(); it.Next(); {
			if it.Node().Kind == unstable.Comment {
				continue
			}
			e, err := tomlNodeValue(p, it.Node())
			if err != nil {
				return nil, err
			}
			arr.array = append(arr.array, e)
		}
		return arr, nil
	case unstable.InlineTable:
		t := newTOMLTable(region{kind: regInline})
		last := int(n.Raw.Offset)
		for it := n.Children(); it.Next(); {
			kv := it.Node()
			if kv.Kind != unstable.KeyValue {
				continue
			}
			keys, v, err := tomlKeyValue(p, kv)
			if err != nil {
				return nil, err
			}
			if err := insertTOML(t, v, keys, region{kind: regDotted, keys: keys}, false); err != nil {
				return nil, err
			}
			last = nodeEnd(p, kv)
		}
		if trailingComma(p.Data()[last:]) {
			return nil, tomlError("toml::parse_inline_table: trailing comma is not allowed in an inline table")
		}
		return t, nil
	}
	return nil, tomlError("toml::parse_value: unknown token appeared")
}

// trailingComma reports whether the text after an inline table's last
// key/value is a comma and the closing brace, which TOML 1.0 (and toml11)
// forbid.
func trailingComma(b []byte) bool {
	b = bytes.TrimLeft(b, " \t\r\n")
	if len(b) == 0 || b[0] != ',' {
		return false
	}
	b = bytes.TrimLeft(b[1:], " \t\r\n")
	return len(b) > 0 && b[0] == '}'
}

// checkTOMLEscapes rejects the escapes of basic strings that TOML 1.1
// added and go-toml accepts, but toml11 (TOML 1.0) does not: \x and \e.
func checkTOMLEscapes(raw []byte) error {
	if len(raw) == 0 || raw[0] != '"' {
		return nil
	}
	multi := bytes.HasPrefix(raw, []byte(`"""`))
	for i := 0; i+1 < len(raw); i++ {
		if raw[i] != '\\' {
			continue
		}
		i++
		switch raw[i] {
		case 'b', 't', 'n', 'f', 'r', '"', '\\', 'u', 'U':
			continue
		case ' ', '\t', '\r', '\n':
			if multi {
				continue
			}
		}
		if multi {
			return tomlError("toml::parse_ml_basic_string: the next token is not a valid multiline string")
		}
		return tomlError("toml::parse_basic_string: the next token is not a valid string")
	}
	return nil
}

// tomlInt converts an integer literal; one that does not fit saturates, as
// reading it from a C++ stream does.
func tomlInt(s string) int64 {
	s = strings.ReplaceAll(s, "_", "")
	neg := false
	switch {
	case strings.HasPrefix(s, "+"):
		s = s[1:]
	case strings.HasPrefix(s, "-"):
		neg, s = true, s[1:]
	}
	base := 10
	if len(s) > 2 && s[0] == '0' {
		switch s[1] {
		case 'x':
			base = 16
		case 'o':
			base = 8
		case 'b':
			// toml11 adds up the bits itself: they wrap around.
			var u uint64
			for _, c := range s[2:] {
				u = u<<1 | uint64(c-'0')
			}
			return int64(u)
		}
		if base != 10 {
			s = s[2:]
		}
	}
	u, err := strconv.ParseUint(s, base, 64)
	switch {
	case neg && (err != nil || u > 1<<63):
		return math.MinInt64
	case neg:
		return -int64(u)
	case err != nil || u > math.MaxInt64:
		return math.MaxInt64
	}
	return int64(u)
}

// tomlFloat converts a float literal; overflow gives the largest finite
// float, as reading it from a C++ stream does.
func tomlFloat(s string) float64 {
	neg := strings.HasPrefix(s, "-")
	switch strings.TrimLeft(s, "+-") {
	case "inf":
		if neg {
			return math.Inf(-1)
		}
		return math.Inf(1)
	case "nan":
		if neg {
			return math.Copysign(math.NaN(), -1)
		}
		return math.NaN()
	}
	f, _ := strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64)
	if math.IsInf(f, 0) {
		return math.Copysign(math.MaxFloat64, f)
	}
	return f
}

// insertTOML is toml11's insert_nested_key: it puts v at the path keys
// below t, creating the intermediate tables, with toml11's checks and
// messages. keyReg is how the key was written; aot says that v is a table
// of an array of tables (`[[keys]]`).
func insertTOML(t *tomlValue, v *tomlValue, keys []string, keyReg region, aot bool) error {
	tab := t
	for i, k := range keys {
		// path names the table for an error; joined only then, since a
		// key of n parts would cost n² here.
		path := func() string { return strings.Join(keys[:i+1], ".") }
		if i < len(keys)-1 {
			next := tab.table[k]
			if next == nil {
				next = newTOMLTable(keyReg)
				tab.table[k] = next
			}
			switch {
			case next.kind == tomlTable:
				if next.reg.kind == regInline {
					return tomlError("toml::insert_value: inserting to an inline table (" + path() + ") but inline tables are immutable")
				}
				tab = next
			case next.kind == tomlArray && len(next.array) > 0 && next.array[len(next.array)-1].kind == tomlTable:
				tab = next.array[len(next.array)-1]
			default:
				return tomlError("toml::insert_value: target (" + path() + ") is neither table nor an array of tables")
			}
			continue
		}
		dotted := strings.Join(keys, ".")
		old := tab.table[k]
		if aot {
			if old == nil {
				tab.table[k] = &tomlValue{kind: tomlArray, array: []*tomlValue{v}, reg: keyReg}
				return nil
			}
			switch {
			case old.kind == tomlTable:
				return tomlError("toml::insert_value: array of table (\"" + dotted + "\") cannot be defined")
			case old.kind != tomlArray || len(old.array) == 0 || old.array[0].kind != tomlTable:
				return tomlError("toml::insert_value: array of table (\"" + dotted + "\") collides with existing value")
			case old.array[0].reg.kind != regArrayHeader:
				return tomlError("toml::insert_value: array of table (\"" + dotted + "\") collides with existing array-of-tables")
			}
			old.array = append(old.array, v)
			return nil
		}
		if old == nil {
			tab.table[k] = v
			return nil
		}
		switch {
		case old.kind == tomlTable && v.kind == tomlTable:
			if !validForwardTable(old, v, keys) {
				return tomlError("toml::insert_value: table (\"" + dotted + "\") already exists.")
			}
			for name, e := range v.table {
				if _, dup := old.table[name]; dup {
					return tomlError("toml::insert_value: value (\"" + dotted + "\") already exists.")
				}
				old.table[name] = e
			}
			old.reg = keyReg
			return nil
		case v.kind == tomlTable && old.kind == tomlArray && len(old.array) > 0 && old.array[0].kind == tomlTable:
			return tomlError("toml::insert_value: array of tables (\"" + dotted + "\") already exists.")
		}
		return tomlError("toml::insert_value: value (\"" + dotted + "\") already exists.")
	}
	return nil
}

// validForwardTable is toml11's is_valid_forward_table_definition: may
// the existing table old be extended by the table v defined at keys? Not
// by an inline table; not twice by the same header; yes when old was made
// implicitly by a deeper header or by a dotted key.
func validForwardTable(old, v *tomlValue, keys []string) bool {
	if v.reg.kind == regInline {
		return false
	}
	switch old.reg.kind {
	case regHeader:
		return strings.Join(old.reg.keys, "\x00") != strings.Join(keys, "\x00")
	case regDotted:
		return !(len(old.reg.keys) == 1 && old.reg.keys[0] == keys[len(keys)-1])
	}
	return false
}

// tomlSyntaxError gives a syntax error of go-toml's parser the first line
// of toml11's message for the same mistake, as far as ovl can tell: toml11
// names the construct it was reading (a key, a string, an array, a number)
// and, for numbers, what looks wrong. from is the end of the last
// expression read.
func tomlSyntaxError(p *unstable.Parser, from int, err error) error {
	data := p.Data()
	at := len(data)
	var perr *unstable.ParserError
	if errors.As(err, &perr) {
		// The highlight is a piece of data: its offset follows from the
		// capacities (checked, as go-toml's Range would panic otherwise).
		if off := cap(data) - cap(perr.Highlight); perr.Highlight != nil && off >= 0 && off+len(perr.Highlight) <= len(data) {
			at = off
		}
	}
	start := from
	if start > 0 {
		if i := bytes.IndexByte(data[start:], '\n'); i >= 0 {
			start += i + 1
		} else {
			start = len(data)
		}
	}
	// Skip blank and comment lines before the failing expression.
	for start < len(data) {
		rest := bytes.TrimLeft(data[start:], " \t")
		start = len(data) - len(rest)
		if len(rest) == 0 || (rest[0] != '\n' && rest[0] != '#' && !bytes.HasPrefix(rest, []byte("\r\n"))) || start >= at {
			break
		}
		i := bytes.IndexByte(rest, '\n')
		if i < 0 || start+i >= at {
			break
		}
		start += i + 1
	}
	msg := ""
	if perr != nil {
		msg = perr.Message
	}
	line := data[start:]
	trailing := strings.HasPrefix(msg, "expected newline")
	switch {
	case bytes.HasPrefix(line, []byte("[[")) && trailing:
		return tomlError("parse_array_table_key: newline required after [[table.key]]")
	case len(line) > 0 && line[0] == '[' && trailing:
		return tomlError("toml::parse_table_key: newline required after [table.key]")
	case len(line) > 0 && line[0] == '[':
		return tomlError("toml::parse_key: an invalid key appeared.")
	}
	return tomlError(classifyTOMLKeyValue(line, at-start, msg))
}

// classifyTOMLKeyValue names the error in a `key = value` expression; at
// is the offset of go-toml's error in it and msg its message.
func classifyTOMLKeyValue(kv []byte, at int, msg string) string {
	i := scanTOMLKey(kv)
	if i == 0 {
		if rest := bytes.TrimLeft(kv, " \t"); len(rest) > 0 && rest[0] == '=' {
			return "toml::parse_key_value_pair: empty key is not allowed."
		}
		return "toml::parse_key: an invalid key appeared."
	}
	j := i + countTOMLSpace(kv[i:])
	if j >= len(kv) || kv[j] != '=' {
		end := bytes.IndexByte(kv[j:], '\n')
		if end < 0 {
			end = len(kv) - j
		}
		if bytes.IndexByte(kv[j:j+end], '=') >= 0 {
			return "toml::parse_key_value_pair: invalid format for key"
		}
		return "toml::parse_key_value_pair: missing key-value separator `=`"
	}
	k := j + 1 + countTOMLSpace(kv[j+1:])
	v := kv[k:]
	if len(v) == 0 || v[0] == '\n' || v[0] == '#' || bytes.HasPrefix(v, []byte("\r\n")) {
		return "toml::parse_key_value_pair: missing value after key-value separator '='"
	}
	return classifyTOMLValue(v, at-k, msg)
}

// classifyTOMLValue is toml11's guess of a value's type from its first
// characters, and the error it then reports.
func classifyTOMLValue(v []byte, at int, msg string) string {
	const lineFormat = "toml::parse_table: invalid line format"
	if strings.HasPrefix(msg, "expected newline") && !isTOMLDigit(v[0]) && v[0] != '+' && v[0] != '-' {
		// Something follows a complete value.
		return lineFormat
	}
	switch v[0] {
	case '"':
		if bytes.HasPrefix(v, []byte(`"""`)) {
			return "toml::parse_ml_basic_string: the next token is not a valid multiline string"
		}
		return "toml::parse_basic_string: the next token is not a valid string"
	case '\'':
		if bytes.HasPrefix(v, []byte(`'''`)) {
			return "toml::parse_ml_literal_string: the next token is not a valid multiline literal string"
		}
		return "toml::parse_literal_string: the next token is not a valid literal string"
	case 't', 'f':
		if (bytes.HasPrefix(v, []byte("true")) && at >= 4) || (bytes.HasPrefix(v, []byte("false")) && at >= 5) {
			return lineFormat
		}
		return "toml::parse_boolean:"
	case 'i', 'n':
		if (bytes.HasPrefix(v, []byte("inf")) || bytes.HasPrefix(v, []byte("nan"))) && at >= 3 {
			return lineFormat
		}
		return "toml::parse_floating:"
	case '[':
		switch {
		case strings.HasPrefix(msg, "expected ',' or ']'"):
			return "toml::parse_array: missing array separator `,` after a value"
		case msg == "array is incomplete":
			// toml11 tries to read one more value after `[` or `,`.
			if body := bytes.TrimRight(v, " \t\r\n"); len(body) > 0 && body[len(body)-1] != '[' && body[len(body)-1] != ',' {
				return "toml::parse_array: missing array separator `,` after a value"
			}
		}
		return "toml::parse_array: value having invalid format appeared in an array"
	case '{':
		switch {
		case msg == "inline table is incomplete":
			// After `{` or `,`, toml11 expects a key.
			if body := bytes.TrimRight(v, " \t\r\n"); len(body) > 0 && (body[len(body)-1] == '{' || body[len(body)-1] == ',') {
				return "toml::parse_key: an invalid key appeared."
			}
			return "toml::parse_inline_table: missing curly brace `}`"
		case strings.HasPrefix(msg, "expected ',' or '}'"):
			if at < len(v) && (v[at] == '#' || v[at] == '\r' || v[at] == '\n') {
				return "toml::parse_inline_table: missing curly brace `}`"
			}
			return "toml::parse_inline_table: missing table separator `,`"
		}
		// The error is in one of the table's key/values.
		if at > 0 && at <= len(v) {
			if i := bytes.LastIndexAny(v[:at], "{,"); i >= 0 {
				inner := v[i+1:]
				skip := countTOMLSpace(inner)
				return classifyTOMLKeyValue(inner[skip:], at-i-1-skip, msg)
			}
		}
		return "toml::parse_key: an invalid key appeared."
	}
	return classifyTOMLNumber(v, at)
}

// classifyTOMLNumber is toml11's guess_number_type for what is neither a
// string, a Boolean, an array nor a table.
func classifyTOMLNumber(v []byte, at int) string {
	const lineFormat = "toml::parse_table: invalid line format"
	if looksLikeTOMLDate(v) {
		return "toml::parse_date: invalid date: it does not conform RFC3339."
	}
	if n := lexTOMLFloat(v); n > 0 {
		if n < len(v) && v[n] == '_' {
			return "bad float: `_` should be surrounded by digits"
		}
		return lineFormat
	}
	if n := lexTOMLInt(v); n > 0 {
		if n < len(v) {
			switch c := v[n]; {
			case c == '_':
				return "bad integer: `_` should be surrounded by digits"
			case c >= '0' && c <= '9':
				return "bad integer: leading zero"
			case c == ':' || c == '-':
				return "bad datetime: invalid format"
			case c == '.' || c == 'e' || c == 'E':
				return "bad float: invalid format"
			}
		}
		if n == 1 && v[0] == '0' && len(v) > 1 {
			// "0x" without digits: toml11 reads the 0, then fails on the
			// prefix.
			switch v[1] {
			case 'x':
				return "toml::parse_hexadecimal_integer"
			case 'o':
				return "toml::parse_octal_integer:"
			case 'b':
				return "toml::parse_binary_integer:"
			}
		}
		return lineFormat
	}
	switch {
	case v[0] == '.':
		return "bad float: invalid format"
	case v[0] == '_':
		return "bad number: `_` should be surrounded by digits"
	}
	return "bad format: unknown value appeared"
}

func countTOMLSpace(b []byte) int { return len(b) - len(bytes.TrimLeft(b, " \t")) }

// scanTOMLKey returns the length of the (dotted) key at the start of b,
// or 0.
func scanTOMLKey(b []byte) int {
	i := 0
	for {
		start := i
		switch {
		case i < len(b) && (b[i] == '"' || b[i] == '\''):
			end := bytes.IndexByte(b[i+1:], b[i])
			if end < 0 {
				return 0
			}
			i += end + 2
		default:
			for i < len(b) && (isTOMLBareKeyChar(b[i])) {
				i++
			}
		}
		if i == start {
			return 0
		}
		j := i + countTOMLSpace(b[i:])
		if j < len(b) && b[j] == '.' {
			i = j + 1 + countTOMLSpace(b[j+1:])
			continue
		}
		return i
	}
}

func isTOMLBareKeyChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

func isTOMLDigit(c byte) bool { return c >= '0' && c <= '9' }

// lexTOMLDigits matches digit (_? digit)* and returns its length.
func lexTOMLDigits(b []byte) int {
	if len(b) == 0 || !isTOMLDigit(b[0]) {
		return 0
	}
	i := 1
	for i < len(b) {
		if isTOMLDigit(b[i]) {
			i++
		} else if b[i] == '_' && i+1 < len(b) && isTOMLDigit(b[i+1]) {
			i += 2
		} else {
			break
		}
	}
	return i
}

// lexTOMLDecInt matches toml11's dec-int: a sign, then one digit or a
// non-zero digit followed by digits and single underscores.
func lexTOMLDecInt(b []byte) int {
	i := 0
	if i < len(b) && (b[i] == '+' || b[i] == '-') {
		i++
	}
	if i >= len(b) || !isTOMLDigit(b[i]) {
		return 0
	}
	if b[i] == '0' {
		return i + 1
	}
	return i + lexTOMLDigits(b[i:])
}

// lexTOMLInt matches toml11's integer: binary, octal or hexadecimal with
// a prefix, or decimal.
func lexTOMLInt(b []byte) int {
	if len(b) > 2 && b[0] == '0' {
		var digit func(byte) bool
		switch b[1] {
		case 'x':
			digit = func(c byte) bool { return isTOMLDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }
		case 'o':
			digit = func(c byte) bool { return c >= '0' && c <= '7' }
		case 'b':
			digit = func(c byte) bool { return c == '0' || c == '1' }
		}
		if digit != nil && digit(b[2]) {
			i := 3
			for i < len(b) {
				if digit(b[i]) {
					i++
				} else if b[i] == '_' && i+1 < len(b) && digit(b[i+1]) {
					i += 2
				} else {
					break
				}
			}
			return i
		}
	}
	return lexTOMLDecInt(b)
}

// lexTOMLFloat matches a TOML float with a fraction or an exponent (or
// inf, nan) and returns its length, or 0.
func lexTOMLFloat(b []byte) int {
	i := lexTOMLDecInt(b)
	if i == 0 {
		return 0
	}
	frac := false
	if i < len(b) && b[i] == '.' {
		n := lexTOMLDigits(b[i+1:])
		if n == 0 {
			return 0
		}
		i += 1 + n
		frac = true
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		j := i + 1
		if j < len(b) && (b[j] == '+' || b[j] == '-') {
			j++
		}
		n := lexTOMLDigits(b[j:])
		if n == 0 {
			return 0
		}
		return j + n
	}
	if !frac {
		return 0
	}
	return i
}

// looksLikeTOMLDate reports whether b starts like a date (1979-05-27) or a
// time (07:32).
func looksLikeTOMLDate(b []byte) bool {
	digits := func(s []byte, n int) bool {
		if len(s) < n {
			return false
		}
		for _, c := range s[:n] {
			if !isTOMLDigit(c) {
				return false
			}
		}
		return true
	}
	return digits(b, 4) && len(b) > 4 && b[4] == '-' || digits(b, 2) && len(b) > 2 && b[2] == ':'
}
