package eval

import (
	"runtime/debug"
	"sync"
	"testing"
)

// Parses on several goroutines turn collections off and on in any order:
// the setting before the first must be back after the last.
func TestQuietGCNests(t *testing.T) {
	before := debug.SetGCPercent(123)
	defer debug.SetGCPercent(before)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				quietGC(true)
				quietGC(false)
			}
		}()
	}
	wg.Wait()
	if got := debug.SetGCPercent(123); got != 123 {
		t.Errorf("GC percent %d after the parses, want 123", got)
	}
}
