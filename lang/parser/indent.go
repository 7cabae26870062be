package parser

import (
	"strings"

	"github.com/ovl-nix/ovl/lang/ast"
)

// stripIndentation builds an indented string from its parts as CppNix 2.8
// does: the smallest indentation of the lines is removed from every line
// (lines of only spaces do not count, and neither does a final line of
// spaces), then a last line of only spaces is dropped. Escapes and
// interpolations end a line's indentation when measuring it, but are
// stripped like text.
func stripIndentation(pos ast.Pos, parts []part) ast.Expr {
	if len(parts) == 0 {
		return &ast.String{Pos: pos}
	}
	atStart := true
	minIndent := 1000000
	cur := 0
	for _, pt := range parts {
		if pt.e != nil || !pt.indent {
			if atStart {
				atStart = false
				if cur < minIndent {
					minIndent = cur
				}
			}
			continue
		}
		for j := 0; j < len(pt.s); j++ {
			c := pt.s[j]
			if atStart {
				switch c {
				case ' ':
					cur++
				case '\n':
					cur = 0
				default:
					atStart = false
					if cur < minIndent {
						minIndent = cur
					}
				}
			} else if c == '\n' {
				atStart = true
				cur = 0
			}
		}
	}

	out := make([]ast.Expr, 0, len(parts))
	outPos := make([]ast.Pos, 0, len(parts))
	atStart = true
	dropped := 0
	for i, pt := range parts {
		if pt.e != nil {
			atStart = false
			dropped = 0
			out = append(out, pt.e)
			outPos = append(outPos, pt.pos)
			continue
		}
		var b strings.Builder
		for j := 0; j < len(pt.s); j++ {
			c := pt.s[j]
			if atStart {
				switch c {
				case ' ':
					if dropped >= minIndent {
						b.WriteByte(c)
					}
					dropped++
				case '\n':
					dropped = 0
					b.WriteByte(c)
				default:
					atStart = false
					dropped = 0
					b.WriteByte(c)
				}
			} else {
				b.WriteByte(c)
				if c == '\n' {
					atStart = true
				}
			}
		}
		s := b.String()
		if i == len(parts)-1 {
			if nl := strings.LastIndexByte(s, '\n'); nl >= 0 && strings.Trim(s[nl+1:], " ") == "" {
				s = s[:nl+1]
			}
		}
		out = append(out, &ast.String{Pos: pt.pos, Value: s})
		outPos = append(outPos, pt.pos)
	}
	if len(out) == 1 {
		if s, ok := out[0].(*ast.String); ok {
			s.Pos = pos
			return s
		}
	}
	return &ast.Concat{Pos: pos, ForceString: true, Parts: out, PartPos: outPos}
}
