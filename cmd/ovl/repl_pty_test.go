package main

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestReplTerminal runs the real binary in a pseudo-terminal (tmux),
// types into it and reads the screen: line editing through readline, Tab
// completion of an attribute path and its error, Ctrl-C on a running
// evaluation and on a line, history, and that the REPL writes no file but
// its history (and the package set cache that :o shares with `ovl
// overlays`).
func TestReplTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	tmux, err := exec.LookPath("tmux")
	if err != nil {
		t.Skip("tmux is not installed")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin", "ovl")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	work := filepath.Join(dir, "work")
	home := filepath.Join(dir, "home")
	writeFile(t, filepath.Join(work, "ovs", "o.nix"), "final: prev: { greeting = \"hi\"; }\n")
	if err := os.MkdirAll(home, 0o755); err != nil {
		t.Fatal(err)
	}

	sock := filepath.Join(dir, "tmux.sock")
	tm := func(args ...string) string {
		t.Helper()
		out, err := exec.Command(tmux, append([]string{"-S", sock}, args...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("tmux %q: %v\n%s", args, err, out)
		}
		return string(out)
	}
	// The shell traps SIGINT: untrapped, the Ctrl-C sent to the REPL would
	// make it exit once the REPL does, closing the pane before it is read.
	shell := "trap : INT; cd " + work + " && env -i PATH=/usr/bin:/bin TERM=xterm NO_COLOR=1 HOME=" + home +
		" XDG_STATE_HOME=" + filepath.Join(dir, "state") + " XDG_CACHE_HOME=" + filepath.Join(dir, "cache") +
		" " + bin + " repl; echo REPL-EXITED-$?; sleep 60"
	tm("new-session", "-d", "-s", "ovl", "-x", "150", "-y", "50", "sh", "-c", shell)
	defer exec.Command(tmux, "-S", sock, "kill-server").Run()

	screen := func() string { return tm("capture-pane", "-p", "-S", "-500", "-t", "ovl") }
	waitFor := func(want string) {
		t.Helper()
		deadline := time.Now().Add(15 * time.Second)
		for {
			s := screen()
			if strings.Contains(s, want) {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("the screen never showed %q:\n%s", want, s)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	typeText := func(text string) { tm("send-keys", "-t", "ovl", "-l", text) }
	key := func(k string) { tm("send-keys", "-t", "ovl", k) }

	waitFor("Type :? for help.\n\novl>") // capture-pane drops trailing blanks
	typeText("x = 6 * 7")
	key("Enter")
	typeText("x")
	key("Enter")
	waitFor("ovl> x\n42\n")

	typeText("{ a = x; b = [")
	key("Enter")
	waitFor("\n...")
	typeText("2 ]; }")
	key("Enter")
	waitFor("ovl> { a = x; b = [\n...  2 ]; }\n{ a = 42; b = [ ... ]; }\n")

	typeText(":o ovs")
	key("Enter")
	waitFor("Added pkgs")
	typeText("pkgs.gree")
	key("Tab")
	waitFor("ovl> pkgs.greeting")
	key("Enter")
	waitFor("ovl> pkgs.greeting\n\"hi\"\n")

	typeText("nope.")
	key("Tab")
	waitFor("error: undefined variable 'nope'")
	key("C-c")

	typeText("let fib = n: if n < 2 then n else fib (n - 1) + fib (n - 2); in fib 100")
	key("Enter")
	time.Sleep(300 * time.Millisecond)
	key("C-c")
	waitFor("error: interrupted by the user")
	typeText("1 + 2")
	key("Enter")
	waitFor("ovl> 1 + 2\n3\n")

	key("Up")
	waitFor("ovl> 1 + 2\n3\n\novl> 1 + 2")
	key("C-c")
	typeText(":q")
	key("Enter")
	waitFor("REPL-EXITED-0")

	history, err := os.ReadFile(filepath.Join(dir, "state", "ovl", "history"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"x = 6 * 7", "2 ]; }", ":o ovs", "1 + 2", ":q"} {
		if !slices.Contains(strings.Split(string(history), "\n"), line) {
			t.Errorf("history lacks %q:\n%s", line, history)
		}
	}

	// Nothing written but the history and the package set cache.
	var written []string
	for _, root := range []string{home, work, filepath.Join(dir, "state")} {
		filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				written = append(written, strings.TrimPrefix(path, dir+"/"))
			}
			return nil
		})
	}
	if want := []string{"work/ovs/o.nix", "state/ovl/history"}; !slices.Equal(written, want) {
		t.Errorf("files after the session: %q, want %q", written, want)
	}
}
