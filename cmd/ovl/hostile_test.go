package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestMain lets a test run this binary as ovl itself (OVL_TEST_AS_OVL=1),
// for the tests that need another process: one running as another user.
func TestMain(m *testing.M) {
	if os.Getenv("OVL_TEST_AS_OVL") == "1" {
		os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// A panic anywhere becomes an "internal error" message and exit status 70,
// without a Go stack trace unless OVL_TRACEBACK asks for one.
func TestInternalError(t *testing.T) {
	boom := func() int { panic("boom") }
	for _, traceback := range []string{"", "1"} {
		t.Setenv("OVL_TRACEBACK", traceback)
		var stderr bytes.Buffer
		if status := guard(&stderr, boom); status != exitInternal {
			t.Errorf("status %d, want %d", status, exitInternal)
		}
		out := stderr.String()
		if !strings.HasPrefix(out, "error: internal error in ovl: boom\nPlease report this as a bug") {
			t.Errorf("message: %q", out)
		}
		if hasTrace := strings.Contains(out, "goroutine ") || strings.Contains(out, "runtime/debug"); hasTrace != (traceback != "") {
			t.Errorf("OVL_TRACEBACK=%q, stack trace shown: %v:\n%s", traceback, hasTrace, out)
		}
	}
	var stderr bytes.Buffer
	if status := guard(&stderr, func() int { return exitUsage }); status != exitUsage || stderr.Len() != 0 {
		t.Errorf("no panic: status %d, stderr %q", status, stderr.String())
	}
}

// `ovl parse` prints exactly what `nix-instantiate --parse` printed for each
// file of testdata/parse/, down to the single newline at the end. Each runs
// in a process of its own, as a let's bindings print in the order their
// names were first seen by the process.
func TestParseCommand(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join(testdataDir, "parse"))
	if err != nil {
		t.Fatal(err)
	}
	root := filepath.Dir(filepath.Dir(dir))
	files, _ := filepath.Glob(filepath.Join(dir, "*.nix"))
	if len(files) == 0 {
		t.Fatal("no testdata/parse/*.nix")
	}
	for _, file := range files {
		want, err := os.ReadFile(strings.TrimSuffix(file, ".nix") + ".exp")
		if err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(os.Args[0], "parse", "./"+filepath.Base(file))
		cmd.Dir = dir
		cmd.Env = []string{"OVL_TEST_AS_OVL=1", "HOME=/homeless-shelter"}
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err = cmd.Run()
		got := strings.ReplaceAll(strings.ReplaceAll(stdout.String(), dir, "@DIR@"), root, "@ROOT@")
		if err != nil || got != string(want) {
			t.Errorf("%s: %v, stdout %q, want %q; stderr %s", filepath.Base(file), err, got, want, stderr.String())
		}
	}
}

// TestPermissionDenied compares ovl with CppNix, the oracle, on a file and
// a directory the user may not read. Root reads everything, so as root
// both run as the user nobody (with setpriv), ovl being this test binary
// (see TestMain).
func TestPermissionDenied(t *testing.T) {
	nixi, err := exec.LookPath("nix-instantiate")
	if err != nil {
		t.Skip("needs nix-instantiate, the oracle (apt-get install -y nix-bin)")
	}
	var asUser []string
	if os.Geteuid() == 0 {
		setpriv, err := exec.LookPath("setpriv")
		if err != nil {
			t.Skip("running as root without setpriv: every file is readable")
		}
		asUser = []string{setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"}
	}
	dir := t.TempDir()
	// The test binary and the tree must be reachable by nobody.
	for d := dir; d != filepath.Dir(d) && d != os.TempDir(); d = filepath.Dir(d) {
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	self := filepath.Join(dir, "ovl.test")
	copyFile(t, os.Args[0], self, 0o755)
	// Each test is a file to evaluate; the last is the unreadable file
	// itself, given on the command line.
	tests := []struct{ name, text string }{
		{"readFile.nix", "builtins.readFile ./secret.nix"},
		{"import.nix", "import ./secret.nix"},
		{"hashFile.nix", `builtins.hashFile "sha256" ./secret.nix`},
		{"readDir.nix", "builtins.readDir ./closed"},
		{"import-below.nix", "import ./closed/x.nix"},
		{"pathExists.nix", "[ (builtins.pathExists ./secret.nix) (builtins.pathExists ./closed/x.nix) ]"},
		{"secret.nix", ""},
	}
	for _, test := range tests {
		if test.text != "" {
			writeModeFile(t, filepath.Join(dir, test.name), test.text, 0o644)
		}
	}
	writeModeFile(t, filepath.Join(dir, "secret.nix"), "1", 0o000)
	if err := os.Mkdir(filepath.Join(dir, "closed"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeModeFile(t, filepath.Join(dir, "closed", "x.nix"), "1", 0o644)
	if err := os.Chmod(filepath.Join(dir, "closed"), 0o000); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(filepath.Join(dir, "closed"), 0o755) // so that TempDir can remove it

	env := []string{"PATH=" + os.Getenv("PATH"), "HOME=/homeless-shelter", "NIX_PATH=", "OVL_TEST_AS_OVL=1"}
	runAs := func(argv ...string) (int, string, string) {
		argv = append(append([]string(nil), asUser...), argv...)
		status, stdout, stderr := runProcess(t, dir, argv, env)
		return status, string(stdout), string(stderr)
	}
	for _, test := range tests {
		file := "./" + test.name
		nixStatus, nixOut, nixErr := runAs(nixi, "--eval", "--strict", "--store", "dummy://", "--readonly-mode", file)
		status, out, errText := runAs(self, "eval", "--strict", file)
		if status != nixStatus || out != nixOut || errText != nixErr {
			t.Errorf("%s:\n  ovl:    status %d, stdout %q, stderr %q\n  CppNix: status %d, stdout %q, stderr %q",
				test.name, status, out, errText, nixStatus, nixOut, nixErr)
		}
	}
}

func writeModeFile(t *testing.T, path, text string, mode os.FileMode) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, mode); err != nil {
		t.Fatal(err)
	}
}

func copyFile(t *testing.T, from, to string, mode os.FileMode) {
	t.Helper()
	in, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, mode)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}

// fib100 runs for ages in bounded depth: only a time limit stops it.
const fib100 = "let fib = n: if n < 2 then n else fib (n - 1) + fib (n - 2); in fib 100"

// `ovl eval --timeout` stops an evaluation that runs too long with an
// evaluation error (exit status 1).
func TestEvalTimeout(t *testing.T) {
	var stdout, stderr bytes.Buffer
	start := time.Now()
	status := run([]string{"eval", "--timeout", "200ms", "-E", fib100}, strings.NewReader(""), &stdout, &stderr)
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("stopped after %s", took)
	}
	want := "error: evaluation stopped: it took longer than --timeout 200ms\n"
	if status != exitEvalErr || stdout.Len() != 0 || stderr.String() != want {
		t.Errorf("status %d, stdout %q, stderr %q", status, stdout.String(), stderr.String())
	}
	for _, bad := range []string{"soon", "-1s"} {
		stderr.Reset()
		if status := run([]string{"eval", "--timeout", bad, "-E", "1"}, strings.NewReader(""), &stdout, &stderr); status != exitUsage {
			t.Errorf("--timeout %s: status %d, stderr %q", bad, status, stderr.String())
		}
	}
}

// TestTimeoutWhileHashing checks that a timeout (as Ctrl-C) also stops the
// hashing of a large tree that a path's store path needs: it used to run
// to its end (found by FuzzEval with `/usr`).
func TestTimeoutWhileHashing(t *testing.T) {
	if st, err := os.Stat("/usr/share"); err != nil || !st.IsDir() {
		t.Skip("no /usr/share to hash")
	}
	var stdout, stderr bytes.Buffer
	status := run([]string{"eval", "--timeout", "50ms", "-E", `"${/usr/share}"`}, strings.NewReader(""), &stdout, &stderr)
	want := "error: evaluation stopped: it took longer than --timeout 50ms\n"
	if status != exitEvalErr || stdout.Len() != 0 || stderr.String() != want {
		t.Errorf("status %d, stdout %q, stderr %q", status, stdout.String(), stderr.String())
	}
}

// `ovl repl --timeout` stops one input, and the next one runs.
func TestReplTimeout(t *testing.T) {
	replDir(t)
	var buf lockedBuffer
	s := newTestSession(t, &buf)
	s.timeout = 200 * time.Millisecond
	if err := s.run(&scriptReader{w: &buf, lines: []string{fib100, "1 + 2"}}, nil); err != nil {
		t.Fatal(err)
	}
	got := buf.String()
	if !strings.Contains(got, "error: stopped: it took longer than --timeout 200ms\n") || !strings.HasSuffix(got, "ovl> 1 + 2\n3\n\n") {
		t.Errorf("not stopped, or no recovery:\n%s", got)
	}
}

// --max-call-depth bounds nested calls (default 10000, as newer Nix):
// beyond it the error is CppNix's stack overflow, without a position.
func TestMaxCallDepth(t *testing.T) {
	countDown := func(n int) string {
		return fmt.Sprintf("let f = n: if n == 0 then 0 else 1 + f (n - 1); in f %d", n)
	}
	const overflow = "error: stack overflow (possible infinite recursion)\n"
	for _, c := range []struct {
		args           []string
		status         int
		stdout, stderr string
	}{
		{[]string{"--max-call-depth", "50", "-E", countDown(100)}, exitEvalErr, "", overflow},
		{[]string{"--max-call-depth=200", "-E", countDown(100)}, exitOK, "100\n", ""},
		{[]string{"-E", countDown(9990)}, exitOK, "9990\n", ""},
		{[]string{"-E", countDown(10001)}, exitEvalErr, "", overflow},
	} {
		var stdout, stderr bytes.Buffer
		status := run(append([]string{"eval"}, c.args...), strings.NewReader(""), &stdout, &stderr)
		if status != c.status || stdout.String() != c.stdout || stderr.String() != c.stderr {
			t.Errorf("%v: status %d, stdout %q, stderr %q", c.args[:len(c.args)-1], status, stdout.String(), stderr.String())
		}
	}
	for _, bad := range []string{"0", "-5", "many"} {
		var stdout, stderr bytes.Buffer
		if status := run([]string{"eval", "--max-call-depth", bad, "-E", "1"}, strings.NewReader(""), &stdout, &stderr); status != exitUsage {
			t.Errorf("--max-call-depth %s: status %d, stderr %q", bad, status, stderr.String())
		}
	}
}

// `ovl parse -` reads standard input and `ovl parse -E ”` parses the empty
// expression, as `nix-instantiate --parse` does (compared live with CppNix).
func TestParseStdinAndEmptyExpr(t *testing.T) {
	nixi, err := exec.LookPath("nix-instantiate")
	if err != nil {
		t.Skip("needs nix-instantiate, the oracle (apt-get install -y nix-bin)")
	}
	for _, c := range []struct {
		args  []string
		stdin string
	}{
		{[]string{"-"}, "1 + 2\n"},
		{[]string{"-"}, "x: y\n"},
		{[]string{"-E", ""}, ""},
	} {
		cmd := exec.Command(nixi, append([]string{"--parse"}, c.args...)...)
		cmd.Stdin = strings.NewReader(c.stdin)
		var nixOut, nixErr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &nixOut, &nixErr
		nixStatus := 0
		if err := cmd.Run(); err != nil {
			e, ok := err.(*exec.ExitError)
			if !ok {
				t.Fatal(err)
			}
			nixStatus = e.ExitCode()
		}
		var stdout, stderr bytes.Buffer
		status := run(append([]string{"parse"}, c.args...), strings.NewReader(c.stdin), &stdout, &stderr)
		if status != nixStatus || stdout.String() != nixOut.String() || stderr.String() != nixErr.String() {
			t.Errorf("parse %q with stdin %q:\n  ovl:    %d %q %q\n  CppNix: %d %q %q", c.args, c.stdin,
				status, stdout.String(), stderr.String(), nixStatus, nixOut.String(), nixErr.String())
		}
	}
}

// oracle runs CppNix 2.8 as golden.sh does (8 MiB stack), with at most 4
// GB of address space and a minute, in dir; it skips the test when CppNix
// is not installed.
func oracle(t *testing.T, dir string, args ...string) (status int, stdout, stderr []byte) {
	t.Helper()
	if _, err := exec.LookPath("nix-instantiate"); err != nil {
		t.Skip("needs nix-instantiate, the oracle (apt-get install -y nix-bin)")
	}
	script := `ulimit -s 8192; ulimit -v 4000000; exec timeout 60 nix-instantiate --store dummy:// --readonly-mode "$@"`
	return runProcess(t, dir, append([]string{"sh", "-c", script, "sh"}, args...), []string{"PATH=" + os.Getenv("PATH"), "HOME=/homeless-shelter", "NIX_PATH=", "TZ=UTC"})
}

// runOvl runs this binary as ovl (see TestMain) in dir.
func runOvl(t *testing.T, dir string, args ...string) (status int, stdout, stderr []byte) {
	t.Helper()
	return runProcess(t, dir, append([]string{os.Args[0]}, args...), []string{"OVL_TEST_AS_OVL=1", "HOME=/homeless-shelter", "NIX_PATH=", "TZ=UTC"})
}

func runProcess(t *testing.T, dir string, argv, env []string) (int, []byte, []byte) {
	t.Helper()
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir, cmd.Env = dir, env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	status := 0
	if e, ok := err.(*exec.ExitError); ok {
		status = e.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return status, stdout.Bytes(), stderr.Bytes()
}

// A left-associative chain is the one nesting the parser lets through
// deeper than the evaluator's bound (100,000 levels): ovl then reports
// the stack overflow CppNix reports, without a position.
func TestHostileDeepExpression(t *testing.T) {
	const overflow = "error: stack overflow (possible infinite recursion)\n"
	dir := t.TempDir()
	chain := func(sep, operand string, n int) string {
		return strings.Repeat(operand+sep, n-1) + operand
	}
	for _, c := range []struct {
		name, text string
		hangs      bool // CppNix hangs after its message
	}{
		{"plus.nix", chain(" + ", "1", 150000), false},
		{"has.nix", "let a = { }; in " + chain(" ? ", "a", 150000), false},
		{"and.nix", chain(" && ", "true", 150000), false},
		{"minus.nix", chain(" - ", "1", 150000), true},
		// Evaluated fine below the bound (CppNix overflows here too).
		{"plus-below.nix", chain("+", "1", 90000), false},
	} {
		if err := os.WriteFile(filepath.Join(dir, c.name), []byte(c.text), 0o644); err != nil {
			t.Fatal(err)
		}
		status, stdout, stderr := runOvl(t, dir, "eval", "--strict", "./"+c.name)
		if c.name == "plus-below.nix" {
			if status != exitOK || string(stdout) != "90000\n" {
				t.Errorf("%s: status %d, stdout %q, stderr %q", c.name, status, stdout, stderr)
			}
			continue
		}
		if status != exitEvalErr || len(stdout) != 0 || string(stderr) != overflow {
			t.Errorf("%s: status %d, stdout %q, stderr %q", c.name, status, stdout, stderr)
		}
		if c.hangs {
			continue
		}
		nixStatus, nixOut, nixErr := oracle(t, dir, "--eval", "--strict", "./"+c.name)
		if nixStatus != status || !bytes.Equal(nixOut, stdout) || !bytes.Equal(nixErr, stderr) {
			t.Errorf("%s: CppNix: status %d, stdout %q, stderr %q", c.name, nixStatus, nixOut, nixErr)
		}
	}
}

// Attribute names with a NUL byte (from fromJSON and fromTOML) print,
// convert and fail byte for byte as in CppNix: the golden tests cannot
// tell, as bash drops the NUL bytes of what it captures.
func TestHostileNulAttrNames(t *testing.T) {
	var files []string
	for _, dir := range []string{"eval/hostile", "eval-fail/hostile"} {
		found, _ := filepath.Glob(filepath.Join(testdataDir, dir, "nul-attr-name-*.nix"))
		files = append(files, found...)
	}
	if len(files) == 0 {
		t.Fatal("no testdata/eval*/hostile/nul-attr-name-*.nix")
	}
	withNul := 0 // outputs with a NUL byte: the cases bash cannot check
	for _, file := range files {
		dir, name := filepath.Dir(file), "./"+filepath.Base(file)
		args := []string{"--eval", "--strict"}
		if flags, err := os.ReadFile(strings.TrimSuffix(file, ".nix") + ".flags"); err == nil {
			args = append([]string{"--eval"}, strings.Fields(string(flags))...)
		}
		nixStatus, nixOut, nixErr := oracle(t, dir, append(args, name)...)
		status, stdout, stderr := runOvl(t, dir, append(append([]string{"eval"}, args[1:]...), name)...)
		if bytes.Contains(append(nixOut, nixErr...), []byte{0}) {
			withNul++
		}
		if status != nixStatus || !bytes.Equal(stdout, nixOut) || !bytes.Equal(stderr, nixErr) {
			t.Errorf("%s:\n  ovl:    status %d, stdout %q, stderr %q\n  CppNix: status %d, stdout %q, stderr %q",
				name, status, stdout, stderr, nixStatus, nixOut, nixErr)
		}
	}
	if withNul == 0 {
		t.Error("CppNix printed no NUL byte: the test shows nothing")
	}
}

// A string or list too big for memory is CppNix's "out of memory" error,
// at once and where it was built (CppNix says where not); the bound
// trips before anything that size is allocated.
func TestHostileOutOfMemory(t *testing.T) {
	const mb = `(builtins.foldl' (x: _: x + x) "x" (builtins.genList (i: i) 20))`
	expr := `builtins.stringLength (builtins.concatStringsSep ` + mb + ` (builtins.genList (x: "") 1000000))`
	dir := t.TempDir()
	start := time.Now()
	status, stdout, stderr := runOvl(t, dir, "eval", "--strict", "-E", expr)
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("took %s", took)
	}
	want := "error: out of memory\n\n       at «string»:1:24:\n"
	if status != exitEvalErr || len(stdout) != 0 || !strings.HasPrefix(string(stderr), want) {
		t.Errorf("status %d, stdout %q, stderr %q", status, stdout, stderr)
	}
	nixStatus, _, nixErr := oracle(t, dir, "--eval", "--strict", "-E", expr)
	if nixStatus != status || !strings.HasPrefix(string(nixErr), "error: out of memory\n") {
		t.Errorf("CppNix: status %d, stderr %q", nixStatus, nixErr)
	}
}

// endless is standard input that never ends (`yes | ovl eval -`).
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}

// TestHostileEndlessSource checks that a program that never ends, on
// standard input or in a file, is "out of memory" once it passes the size
// of a string, not a process that grows until the system kills it.
func TestHostileEndlessSource(t *testing.T) {
	for _, args := range [][]string{{"eval", "-"}, {"parse", "-"}, {"parse", "/dev/zero"}, {"eval", "/dev/zero"}} {
		var stdout, stderr strings.Builder
		status := run(args, endless{}, &stdout, &stderr)
		if status != exitEvalErr || stderr.String() != "error: out of memory\n" {
			t.Errorf("ovl %s: status %d, stderr %q; want 1 and out of memory", strings.Join(args, " "), status, stderr.String())
		}
	}
}
