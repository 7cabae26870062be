package parser

import (
	"strings"

	"github.com/alecthomas/participle/v2/lexer"
	"github.com/ovl-nix/ovl/lang/ast"
)

// part is one piece of a string or path: text or an interpolated
// expression.
type part struct {
	pos    ast.Pos
	e      ast.Expr // nil for text
	s      string
	indent bool // text of an indented string that counts for indentation
}

// newString returns a string literal of value at pos.
func (p *parser) newString(pos ast.Pos, value string) *ast.String {
	s := p.alloc.strings.new()
	s.Pos, s.Value = pos, value
	return s
}

// newConcat returns the interpolated string of parts (two or more), with
// its parts, their positions and its text nodes in one concatRoom when
// they fit.
func (p *parser) newConcat(parts []part) *ast.Concat {
	n := len(parts)
	var c *ast.Concat
	var es []ast.Expr
	var ps []ast.Pos
	var texts []ast.String // the room's text nodes; nil without a room
	if n <= concatRoomSize {
		r := p.alloc.concatRs.new()
		c, es, ps, texts = &r.c, r.parts[:n:n], r.pos[:n:n], r.texts[:n]
	} else {
		c, es, ps = p.alloc.concats.new(), p.alloc.exprs.make(n), p.alloc.poss.make(n)
	}
	for i, pt := range parts {
		es[i], ps[i] = pt.e, pt.pos
		if pt.e == nil {
			if texts == nil {
				es[i] = p.newString(pt.pos, pt.s)
				continue
			}
			texts[i].Pos, texts[i].Value = pt.pos, pt.s
			es[i] = &texts[i]
		}
	}
	c.Pos, c.ForceString, c.Parts, c.PartPos = parts[0].pos, true, es, ps
	return c
}

// interpolation parses `expr }` after a DOLLAR_CURLY.
func (p *parser) interpolation() ast.Expr {
	e := p.expr()
	p.depth++
	p.expect(tRBrace, "'}'")
	return e
}

// str parses '"' string_parts '"':
//
//	string_parts: STR | string_parts_interpolated | ε
//	string_parts_interpolated: string_parts_interpolated STR
//	  | string_parts_interpolated DOLLAR_CURLY expr '}'
//	  | DOLLAR_CURLY expr '}' | STR DOLLAR_CURLY expr '}'
//
// A string of one piece of text is an ast.String at that text; the caller
// places a literal at its quote. Anything else is a Concat placed at its
// first piece.
func (p *parser) str() ast.Expr {
	if t := p.peek(); t.Type == tSimpleStr {
		return p.simpleStr(t)
	}
	mark := p.depth
	open := p.pos(p.next())
	base := len(p.parts)
	afterText, interpolated := false, false
	for {
		t := p.peek()
		switch kindOf(t.Type) {
		case tSTR:
			if afterText && !interpolated {
				// Only a string cut short by the end of the input has
				// two texts in a row.
				p.unexpected(`'"'`)
			}
			p.next()
			p.parts = append(p.parts, part{pos: p.pos(t), s: p.strText(t.Value)})
			p.depth = mark + 2 // the parts so far
			afterText = true
			continue
		case tDollarCurly:
			pos := p.pos(t)
			p.next()
			e := p.interpolation()
			p.parts = append(p.parts, part{pos: pos, e: e})
			p.depth = mark + 2
			interpolated = true
		case tQuote:
			p.next()
			p.depth = mark
			return p.stringParts(base, open)
		default:
			p.unexpected(`'"'`)
		}
		afterText = false
	}
}

// simpleStr is str for a string lexed as one token (see tSimpleStr). It
// counts the tokens it stands for on bison's stack, as str would.
func (p *parser) simpleStr(t *lexer.Token) ast.Expr {
	mark := p.depth
	p.next() // '"'
	s := p.alloc.strings.new()
	s.Pos = p.pos(t)
	// Then STR, or bison's empty string_parts once it has read the
	// closing quote; then that quote.
	at := p.closingQuote(t)
	if t.Value != "" {
		s.Pos.Col++ // STR starts after the quote
		s.Value = p.strText(t.Value)
		at = s.Pos
	}
	p.depth++
	if p.depth >= maxStack {
		p.failAt(at, "memory exhausted")
	}
	p.depth++
	if p.depth >= maxStack {
		p.failAt(p.closingQuote(t), "memory exhausted")
	}
	p.depth = mark
	return s
}

// closingQuote is where a tSimpleStr's closing quote is.
func (p *parser) closingQuote(t *lexer.Token) ast.Pos {
	line, col := advance(int32(t.Pos.Line), int32(t.Pos.Column)+1, t.Value)
	return ast.Pos{Src: p.src, Line: line, Col: col}
}

// stringParts makes the string of p.parts[base:] and drops them.
func (p *parser) stringParts(base int, open ast.Pos) ast.Expr {
	parts := p.parts[base:]
	var e ast.Expr
	switch {
	case len(parts) == 0:
		e = p.newString(open, "")
	case len(parts) == 1 && parts[0].e == nil:
		e = p.newString(parts[0].pos, parts[0].s)
	default:
		e = p.newConcat(parts)
	}
	pop(&p.parts, base)
	return e
}

// indString parses IND_STRING_OPEN ind_string_parts IND_STRING_CLOSE:
//
//	ind_string_parts: ind_string_parts IND_STR
//	  | ind_string_parts DOLLAR_CURLY expr '}' | ε
func (p *parser) indString() ast.Expr {
	mark := p.depth
	open := p.pos(p.next())
	base := len(p.parts)
	p.push(1) // the empty ind_string_parts
	for {
		t := p.peek()
		switch kindOf(t.Type) {
		case tIndSTR:
			p.next()
			s, indent := indText(t.Value)
			p.noteNul(s)
			p.parts = append(p.parts, part{pos: p.pos(t), s: s, indent: indent})
			p.depth = mark + 2
		case tDollarCurly:
			pos := p.pos(t)
			p.next()
			e := p.interpolation()
			p.parts = append(p.parts, part{pos: pos, e: e})
			p.depth = mark + 2
		case tIndStringClose:
			p.next()
			p.depth = mark
			e := stripIndentation(open, p.parts[base:])
			pop(&p.parts, base)
			return e
		default:
			p.unexpected("IND_STR or DOLLAR_CURLY or IND_STRING_CLOSE")
		}
	}
}

// indText decodes an IND_STR token: an escape (two single quotes, then
// `$`, a quote, or a backslash and a character),
// a lone `$` or `'`, or text, whose indentation counts.
func indText(v string) (s string, indent bool) {
	switch {
	case strings.HasPrefix(v, "''"):
		switch v[2] {
		case '$':
			return "$", false
		case '\'':
			return "''", false
		}
		if v[3] == 0 {
			return "\x00", false
		}
		return unescape(v[2:]), false
	case v == "$" || v == "'":
		return v, false
	}
	return v, true
}

// path parses path_start PATH_END or path_start string_parts_interpolated
// PATH_END, where path_start is PATH or HPATH. The first piece after the
// start must be an interpolation, or text followed by one.
func (p *parser) path() ast.Expr {
	mark := p.depth
	t := p.next()
	pos := p.pos(t)
	var start *ast.Path
	if kindOf(t.Type) == tHPATH {
		start = &ast.Path{Pos: pos, Value: p.opts.Home + t.Value[1:]}
	} else {
		v := absPath(t.Value, p.opts.BaseDir)
		if t.Value[len(t.Value)-1] == '/' && len(t.Value) > 1 {
			v += "/"
		}
		start = &ast.Path{Pos: pos, Value: v}
	}
	switch p.kind() {
	case tPathEnd:
		p.next()
		p.depth = mark
		return start
	case tSTR, tDollarCurly:
	default:
		p.unexpected("STR or PATH_END or DOLLAR_CURLY")
	}
	es := []ast.Expr{start}
	ps := []ast.Pos{pos}
	interpolated := false
	for {
		t := p.peek()
		switch kindOf(t.Type) {
		case tSTR:
			if !interpolated {
				p.next()
				es = append(es, &ast.String{Pos: p.pos(t), Value: t.Value})
				ps = append(ps, p.pos(t))
				if p.kind() != tDollarCurly {
					p.unexpected("DOLLAR_CURLY")
				}
				continue
			}
			p.next()
			es = append(es, &ast.String{Pos: p.pos(t), Value: t.Value})
			ps = append(ps, p.pos(t))
			p.depth = mark + 2
		case tDollarCurly:
			pos := p.pos(t)
			p.next()
			es = append(es, p.interpolation())
			ps = append(ps, pos)
			p.depth = mark + 2
			interpolated = true
		case tPathEnd:
			if interpolated {
				p.next()
				p.depth = mark
				return &ast.Concat{Pos: pos, Parts: es, PartPos: ps}
			}
			fallthrough
		default:
			p.unexpected("STR or PATH_END or DOLLAR_CURLY")
		}
	}
}

// noteNul returns s, the text of a string literal, after noting in the
// source whether it holds a NUL byte (see ast.Source.NulInStrings).
func (p *parser) noteNul(s string) string {
	if strings.IndexByte(s, 0) >= 0 {
		p.src.NulInStrings = true
	}
	return s
}

// strText is the text of a "…" string's STR token, unescaped, noting a
// NUL byte in it (see noteNul). Text that needs no unescaping holds no NUL
// either, so the commonest literals are scanned once.
func (p *parser) strText(v string) string {
	if !needsUnescape(v) {
		return v
	}
	return p.noteNul(decodeEscapes(v))
}

// needsUnescape reports whether b holds a backslash, a CR or a NUL. A
// loop over the bytes: strings.IndexAny looks up each byte of a short
// string in its set with strings.IndexRune, one call per byte (1% of the
// parser's time on the overlay workloads).
func needsUnescape(b string) bool {
	for i := 0; i < len(b); i++ {
		if c := b[i]; c == '\\' || c == '\r' || c == 0 {
			return true
		}
	}
	return false
}

// unescape decodes a "…" string's text: \n, \r, \t, \X -> X, and bare CR or
// CR LF -> LF. Like CppNix it stops at a NUL byte.
func unescape(b string) string {
	if !needsUnescape(b) {
		return b
	}
	return decodeEscapes(b)
}

// decodeEscapes is unescape for text that needsUnescape.
func decodeEscapes(b string) string {
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
