// Package diag renders errors and warnings exactly as CppNix 2.8 prints
// them: the message, the position, a three-line source snippet with a caret,
// suggestions, and (with --show-trace) the trace frames.
//
// It is shared by the parser, the evaluator and the command line so that
// every message a user sees has the same layout.
package diag

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"github.com/ovl-nix/ovl/lang/ast"
)

// Frame is one "… while evaluating …" line of a trace.
type Frame struct {
	Msg string
	Pos ast.Pos
}

// Diagnostic is everything a Nix error message shows.
type Diagnostic struct {
	Level       string // "error" or "warning"
	Msg         string
	Pos         ast.Pos
	Suggestions []string // already chosen and ordered, see Suggest
	Trace       []Frame  // innermost first, the order they are printed in
	// Hints are ovl's own additions to CppNix's message, one line each,
	// printed last as "hint: …" so that the rest stays byte-identical to
	// CppNix's output.
	Hints []string
}

// Style says how to colour output; the zero Style is plain text.
type Style struct {
	Color bool
}

const (
	ansiRed     = "\x1b[31;1m"
	ansiBlue    = "\x1b[34;1m"
	ansiWarning = "\x1b[35;1m"
	ansiNormal  = "\x1b[0m"
)

func (s Style) paint(code, text string) string {
	if !s.Color {
		return text
	}
	return code + text + ansiNormal
}

// Format renders d as CppNix 2.8 does, without a trailing newline. The
// trace is printed only when showTrace is set.
func (s Style) Format(d Diagnostic, showTrace bool) string {
	var b strings.Builder
	b.WriteString(d.Msg)
	b.WriteString("\n")
	if d.Pos.IsValid() {
		b.WriteString("\n")
		s.writePos(&b, d.Pos)
	}
	if len(d.Suggestions) > 0 {
		b.WriteString("Did you mean " + s.joinSuggestions(d.Suggestions) + "?\n")
	}
	if showTrace {
		for _, f := range d.Trace {
			b.WriteString("\n… " + f.Msg + "\n")
			if f.Pos.IsValid() {
				b.WriteString("\n")
				s.writePos(&b, f.Pos)
			}
		}
	}
	if showTrace && len(d.Trace) > 0 && len(d.Hints) > 0 {
		b.WriteString("\n")
	}
	for _, h := range d.Hints {
		b.WriteString(s.paint(ansiBlue, "hint:") + " " + strings.ReplaceAll(h, "\n", " ") + "\n")
	}
	level := d.Level
	if level == "" {
		level = "error"
	}
	code := ansiRed
	if level == "warning" {
		code = ansiWarning
	}
	prefix := level + ": "
	return indent(s.paint(code, level)+": ", strings.Repeat(" ", len(prefix)), strings.TrimRight(b.String(), " \t\r\n"))
}

// writePos writes "at FILE:L:C:" and, when the source lines can be read the
// way CppNix reads them, the snippet.
func (s Style) writePos(b *strings.Builder, p ast.Pos) {
	b.WriteString(s.paint(ansiBlue, "at ") + s.paint(ansiWarning, fmt.Sprintf("%s:%d:%d", p.Src.Name, p.Line, p.Col)) + ":")
	lines, ok := codeLines(p)
	if !ok {
		b.WriteString("\n")
		return
	}
	b.WriteString("\n")
	line := int(p.Line)
	if lines.prev != nil {
		fmt.Fprintf(b, "\n %5d| %s", line-1, *lines.prev)
	}
	if lines.err != nil {
		fmt.Fprintf(b, "\n %5d| %s", line, *lines.err)
		if p.Col > 0 {
			fmt.Fprintf(b, "\n      |%s%s", strings.Repeat(" ", int(p.Col)), s.paint(ansiRed, "^"))
		}
	}
	if lines.next != nil {
		fmt.Fprintf(b, "\n %5d| %s", line+1, *lines.next)
	}
	b.WriteString("\n")
}

type snippet struct{ prev, err, next *string }

// codeLines picks the line before, at and after p. For files CppNix reads
// newline-terminated lines only, so a last line without a newline is not
// shown, and when the error line itself is such a line there is no snippet
// at all; for «string» sources every line counts.
func codeLines(p ast.Pos) (snippet, bool) {
	text := p.Src.Text
	fromFile := !strings.HasPrefix(p.Src.Name, "«")
	want := int(p.Line) - 1 // the line before the error, 1-based; 0 if none
	var sn snippet
	for count := 1; ; count++ {
		var line string
		last := false
		if nl := bytes.IndexByte(text, '\n'); nl >= 0 {
			line, text = string(text[:nl]), text[nl+1:]
		} else if fromFile {
			// readLine hits the end of the file: only complete lines count.
			return sn, sn.err != nil
		} else {
			line, last = string(text), true
		}
		switch count {
		case want:
			sn.prev = &line
		case want + 1:
			sn.err = &line
		case want + 2:
			sn.next = &line
			return sn, true
		}
		if last {
			return sn, true
		}
	}
}

// indent prefixes the first line with first and the others with rest,
// dropping trailing white space from each line, like CppNix's indent().
func indent(first, rest, s string) string {
	var out []string
	for i, line := range strings.Split(s, "\n") {
		p := rest
		if i == 0 {
			p = first
		}
		out = append(out, strings.TrimRight(p+line, " \t\r\n"))
	}
	return strings.Join(out, "\n")
}

func (s Style) joinSuggestions(names []string) string {
	painted := make([]string, len(names))
	for i, n := range names {
		painted[i] = s.paint(ansiWarning, n)
	}
	if len(painted) == 1 {
		return painted[0]
	}
	return "one of " + strings.Join(painted[:len(painted)-1], ", ") + " or " + painted[len(painted)-1]
}

// Suggest chooses the names CppNix 2.8 suggests for a misspelt query: at
// most five, at Levenshtein distance at most 2, nearest first, then in byte
// order.
func Suggest(query string, candidates []string) []string {
	type scored struct {
		dist int
		name string
	}
	var all []scored
	seen := map[string]bool{}
	for _, c := range candidates {
		if seen[c] {
			continue
		}
		seen[c] = true
		all = append(all, scored{levenshtein(query, c), c})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].dist != all[j].dist {
			return all[i].dist < all[j].dist
		}
		return all[i].name < all[j].name
	})
	var out []string
	for _, s := range all {
		if len(out) >= 5 || s.dist > 2 {
			break
		}
		out = append(out, s.name)
	}
	return out
}

// levenshtein is the edit distance over bytes, as CppNix computes it.
func levenshtein(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 0; i < len(a); i++ {
		cur[0] = i + 1
		for j := 0; j < len(b); j++ {
			cost := prev[j]
			if a[i] != b[j] {
				cost++
			}
			cur[j+1] = min(prev[j+1]+1, cur[j]+1, cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
