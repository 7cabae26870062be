# ovl — see README.md. Every target works on a fresh machine with Go installed;
# `golden` and `golden-check` also need CppNix 2.8 (apt-get install -y nix-bin).

GO ?= go
BIN := bin/ovl
WORKLOADS ?= /tmp/ovl-workloads
BENCHRES ?= /tmp/ovl-bench

.PHONY: all build demo test vet golden golden-check bench bench-go pgo fuzz clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/ovl

# The main job on the embedded default: apply the example overlays in
# overlays/ to ovl's built-in package set and show the result.
demo: build
	./$(BIN) overlays ./overlays --list
	./$(BIN) overlays ./overlays --explain hello
	./$(BIN) overlays ./overlays --check
	./$(BIN) overlays ./overlays -A boost.python.name

test:
	$(GO) vet ./...
	$(GO) test ./...

# Rewrite every expected file in testdata/ from CppNix (the oracle).
golden:
	testdata/golden.sh
	testdata/overlays/golden.sh

# Re-check the committed expected files against CppNix.
golden-check:
	testdata/golden.sh --check
	testdata/overlays/golden.sh --check

# Go benchmarks, then the reference workloads against nix-instantiate when it
# is installed (needs hyperfine and GNU time).
bench: build
	python3 ../shared/bench/gen-workloads.py $(WORKLOADS)
	OVL_BENCH_DIR=$(WORKLOADS) $(MAKE) bench-go
	../shared/bench/run-bench.sh $(WORKLOADS) $(BENCHRES) \
		"nix-instantiate --eval --strict --store dummy:// --readonly-mode" \
		"./$(BIN) eval --strict"

# The parser's benchmarks read the workloads from $OVL_BENCH_DIR (default
# /tmp/wl) and skip when they are absent.
bench-go:
	$(GO) test -run '^$$' -bench . -benchmem ./lang/...

# Refresh cmd/ovl/default.pgo, the CPU profile `go build` optimizes ovl with
# (profile-guided optimization: inlining and devirtualization where the
# profile is hot): two runs of each of these reference workloads.
PGO_WORKLOADS := overlay-medium overlay-large parse-heavy fib30 foldl-sum overlay-small
pgo: build
	python3 ../shared/bench/gen-workloads.py $(WORKLOADS)
	rm -rf $(BENCHRES)/pgo && mkdir -p $(BENCHRES)/pgo
	for w in $(PGO_WORKLOADS); do for r in 1 2; do \
		OVL_CPUPROFILE=$(BENCHRES)/pgo/$$w-$$r.prof ./$(BIN) eval --strict $(WORKLOADS)/$$w.nix >/dev/null || exit 1; \
	done; done
	$(GO) tool pprof -proto $(BENCHRES)/pgo/*.prof > cmd/ovl/default.pgo

# Every fuzz target in turn, one worker each (FUZZTIME per target).
FUZZTIME ?= 60s
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) -parallel 1 ./lang/parser
	$(GO) test -run '^$$' -fuzz '^FuzzRoundTrip$$' -fuzztime $(FUZZTIME) -parallel 1 ./lang/parser
	$(GO) test -run '^$$' -fuzz '^FuzzScan$$' -fuzztime $(FUZZTIME) -parallel 1 ./lang/parser
	$(GO) test -run '^$$' -fuzz '^FuzzEval$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 30s -parallel 1 ./lang/eval
	$(GO) test -run '^$$' -fuzz '^FuzzFromJSON$$' -fuzztime $(FUZZTIME) -parallel 1 ./lang/builtins
	$(GO) test -run '^$$' -fuzz '^FuzzFromTOML$$' -fuzztime $(FUZZTIME) -parallel 1 ./lang/builtins
	$(GO) test -run '^$$' -fuzz '^FuzzRegex$$' -fuzztime $(FUZZTIME) -parallel 1 ./lang/builtins

clean:
	rm -rf bin
