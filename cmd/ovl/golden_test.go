package main

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// The golden tests run ovl in-process on every test file of testdata/ and
// compare with what CppNix 2.8 printed for the same file (testdata/golden.sh
// wrote the expected files; see testdata/README.md).
//
// Errors are compared in full (message, position, snippet, suggestions;
// ovl's own hint lines are left out), except for the tests listed in
// testdata/first-line-only.txt, whose messages come from C++ libraries ovl
// does not use (toml11, nlohmann json):
// for those the first line and the position must match.
//
// Tests listed in testdata/known-failures.txt are expected to fail for now:
// they are reported, not hidden, and a listed test that passes fails the run
// so that the list only ever shrinks.

const testdataDir = "../../testdata"

// goldenCase is one test file and what CppNix did with it.
type goldenCase struct {
	name  string // path below testdata/, e.g. "eval/let/basic.nix"
	file  string // absolute path of the .nix file
	flags []string
	exp   *string // CppNix's stdout when it succeeded
	err   *string // CppNix's stderr when it failed
}

func TestGoldenEval(t *testing.T) {
	cases := collectGolden(t, "eval", "eval-fail", "builtins")
	known := readList(t, "known-failures.txt")
	firstLineOnly := readList(t, "first-line-only.txt")
	t.Setenv("HOME", "/homeless-shelter")
	t.Setenv("NIX_PATH", "")
	t.Setenv("TZ", "UTC")

	var passed, knownFailed int
	for _, c := range cases {
		problem := c.check(firstLineOnly[c.name])
		switch {
		case problem == "" && known[c.name]:
			t.Errorf("%s: passes now; remove it from testdata/known-failures.txt", c.name)
		case problem == "":
			passed++
		case known[c.name]:
			knownFailed++
		default:
			t.Errorf("%s: %s", c.name, problem)
		}
	}
	t.Logf("golden: %d cases, %d pass, %d known failures", len(cases), passed, knownFailed)
}

// check runs ovl on the case and says what differs from CppNix, or "".
func (c *goldenCase) check(firstLineOnly bool) string {
	dir := filepath.Dir(c.file)
	args := append([]string{"eval"}, c.flags...)
	args = append(args, c.file)
	var stdout, stderr bytes.Buffer
	// Like golden.sh, run from the test's folder: flags such as -I may
	// name paths relative to it.
	wd, err := os.Getwd()
	if err != nil {
		return err.Error()
	}
	if err := os.Chdir(dir); err != nil {
		return err.Error()
	}
	status := run(args, strings.NewReader(""), &stdout, &stderr)
	if err := os.Chdir(wd); err != nil {
		panic(err) // the remaining tests would run in the wrong folder
	}
	// golden.sh captures CppNix's output with bash, which drops NUL
	// bytes (a source line shown in an error may hold one): so must we.
	out := strings.ReplaceAll(strings.ReplaceAll(stdout.String(), "\x00", ""), dir, "@DIR@")
	errText := strings.ReplaceAll(strings.ReplaceAll(stripHints(stderr.String()), "\x00", ""), dir, "@DIR@")
	if root, err := filepath.Abs(filepath.Join(testdataDir, "..")); err == nil {
		out = strings.ReplaceAll(out, root, "@ROOT@")
		errText = strings.ReplaceAll(errText, root, "@ROOT@")
	}

	if strings.HasPrefix(c.name, "builtins/newer/") {
		// Newer than Nix 2.8: the file asserts its own result.
		if status != 0 || strings.TrimSpace(out) != "true" {
			return "expected true, got status " + strconv.Itoa(status) + ": " + firstLine(out+errText)
		}
		return ""
	}
	if c.exp != nil {
		if status != 0 {
			return "CppNix succeeded, ovl failed: " + firstLine(errText)
		}
		if strings.TrimSuffix(out, "\n") != strings.TrimSuffix(*c.exp, "\n") {
			return "stdout differs:\n  ovl:    " + clip(out) + "\n  CppNix: " + clip(*c.exp)
		}
		return ""
	}
	if status != exitEvalErr {
		return "CppNix failed (" + firstLine(*c.err) + "), ovl exit status " + strconv.Itoa(status) + ": " + clip(out)
	}
	if firstLine(errText) != firstLine(*c.err) {
		return "error differs:\n  ovl:    " + firstLine(errText) + "\n  CppNix: " + firstLine(*c.err)
	}
	if atLine(errText) != atLine(*c.err) {
		return "error position differs:\n  ovl:    " + atLine(errText) + "\n  CppNix: " + atLine(*c.err)
	}
	if !firstLineOnly && strings.TrimSuffix(errText, "\n") != strings.TrimSuffix(*c.err, "\n") {
		return "error message differs:\n--- ovl\n" + errText + "\n--- CppNix\n" + *c.err
	}
	return ""
}

// collectGolden finds the test files below the given testdata folders;
// names starting with "_" are fixtures, not tests.
func collectGolden(t *testing.T, dirs ...string) []*goldenCase {
	t.Helper()
	root, err := filepath.Abs(testdataDir)
	if err != nil {
		t.Fatal(err)
	}
	var cases []*goldenCase
	for _, d := range dirs {
		err := filepath.WalkDir(filepath.Join(root, d), func(path string, e os.DirEntry, err error) error {
			if err != nil {
				if os.IsNotExist(err) {
					return filepath.SkipDir
				}
				return err
			}
			if strings.HasPrefix(e.Name(), "_") {
				if e.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if e.IsDir() || !strings.HasSuffix(path, ".nix") {
				return nil
			}
			rel, _ := filepath.Rel(root, path)
			base := strings.TrimSuffix(path, ".nix")
			c := &goldenCase{name: filepath.ToSlash(rel), file: path, flags: []string{"--strict"}}
			if f, err := os.ReadFile(base + ".flags"); err == nil {
				c.flags = strings.Fields(string(f))
			}
			if b, err := os.ReadFile(base + ".exp"); err == nil {
				s := string(b)
				c.exp = &s
			} else if b, err := os.ReadFile(base + ".err"); err == nil {
				s := string(b)
				c.err = &s
			} else if !strings.HasPrefix(c.name, "builtins/newer/") {
				t.Errorf("%s: no expected output; run make golden", c.name)
				return nil
			}
			cases = append(cases, c)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	sort.Slice(cases, func(i, j int) bool { return cases[i].name < cases[j].name })
	return cases
}

// readList reads a list of test names from testdata/NAME, one per line,
// with # comments.
func readList(t *testing.T, name string) map[string]bool {
	known := map[string]bool{}
	f, err := os.Open(filepath.Join(testdataDir, name))
	if os.IsNotExist(err) {
		return known
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		line = strings.TrimSpace(line)
		if line != "" {
			known[line] = true
		}
	}
	return known
}

// stripHints drops the "hint: …" lines ovl adds to CppNix's messages
// (they are tested in testdata/cli), so that the rest compares byte for
// byte with CppNix.
func stripHints(s string) string {
	lines := strings.SplitAfter(s, "\n")
	kept := lines[:0]
	for _, l := range lines {
		if !strings.HasPrefix(l, "       hint: ") {
			kept = append(kept, l)
		}
	}
	return strings.Join(kept, "")
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// atLine is the "at FILE:L:C:" line of an error message: the position.
func atLine(s string) string {
	for _, line := range strings.Split(s, "\n") {
		if l := strings.TrimSpace(line); strings.HasPrefix(l, "at ") {
			return l
		}
	}
	return ""
}

func clip(s string) string {
	s = strings.TrimSuffix(s, "\n")
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}
