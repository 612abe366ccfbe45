# ringwire build. `make` builds everything and leaves ./server and ./client; see README.md.
.DEFAULT_GOAL := all
SHELL := /bin/bash
.DELETE_ON_ERROR:

BIN := node_modules/.bin
DEPS := node_modules/.package-lock.json
GENERATED_DIR ?= generated
SOURCES := $(shell find src -type f) $(wildcard generated/*) package.json tsconfig.json tsconfig.build.json
LAUNCHERS := server client bench
JEST_ARGS ?=
# Extra arguments for ./server in `make run` (make run ARGS="--port 0 --capacity 10") and for
# `make compare`.
ARGS ?=

.PHONY: all build prerequisites generate test fuzz compare run clean distclean lint format

all: build

# npm ci rewrites node_modules/.package-lock.json, which marks the install as done. Without
# scripts: the package's `prepare` is `make build`, which is where this runs from. Dev
# dependencies always: this also runs inside `npm install <this directory>`.
$(DEPS): package.json package-lock.json
	npm ci --ignore-scripts --include=dev --no-audit --no-fund
	@touch $@

# Rebuilds generated/ from proto/ (pbjs static module + pbts types). Deterministic, committed.
generate: $(DEPS)
	@mkdir -p $(GENERATED_DIR)
	$(BIN)/pbjs -t static-module -w commonjs --no-verify --no-convert --no-delimited --no-typeurl \
		-o $(GENERATED_DIR)/ringwire.js proto/ringwire.proto
	$(BIN)/pbts -o $(GENERATED_DIR)/ringwire.d.ts $(GENERATED_DIR)/ringwire.js

# generated/ follows proto/ whenever the proto was edited after the last codegen.
.make/codegen: proto/ringwire.proto | $(DEPS)
	@if [ ! -f generated/ringwire.js ] || [ proto/ringwire.proto -nt generated/ringwire.js ]; then \
		$(MAKE) --no-print-directory generate; fi
	@mkdir -p .make && touch $@

dist/.built: $(DEPS) .make/codegen $(SOURCES)
	rm -rf dist
	$(BIN)/tsc -p tsconfig.build.json
	mkdir -p dist/generated && cp generated/ringwire.js generated/ringwire.d.ts dist/generated/
	cp -r src/esm dist/src/
	cp src/http/status-page.html dist/src/http/
	$(BROWSER_BUNDLE)
	@touch $@

# The client library for browsers, one ES module served at /ringwire-client.js: Node's Buffer
# comes from the `buffer` package, node:crypto from a stand-in with only random bytes.
BROWSER_BUNDLE = $(BIN)/esbuild src/client/browser/index.ts --bundle --format=esm \
	--platform=browser --target=es2022 --minify --log-level=warning \
	--inject:src/client/browser/buffer.ts --alias:node:crypto=./src/client/browser/crypto.ts \
	--outfile=dist/src/http/ringwire-client.js

# ./server runs the package's bin file with the node flags of its first line (src/bin/).
$(LAUNCHERS): %: dist/.built
	@{ head -n 1 dist/src/bin/$@.js; printf 'require("./dist/src/bin/%s.js");\n' $@; } > $@
	@chmod +x $@

build: $(LAUNCHERS)

# Installs the system packages the tests need when some are missing (see the script).
prerequisites:
	@scripts/prerequisites.sh

# Type-checks tests too, then runs every test (unit, integration over 127.0.0.1, codegen drift).
# The hostile-client battery opens 1,000 connections at once: raise the open-files limit.
test: prerequisites build
	$(BIN)/tsc --noEmit -p .
	ulimit -n "$$(ulimit -Hn)" 2>/dev/null || true; $(BIN)/jest $(JEST_ARGS)

# The structure-aware fuzzer alone, for FUZZ_SECONDS (default 60); `make test` runs it too.
fuzz: build
	$(BIN)/jest test/fuzz

# The C load generator of `make compare` (tools/frame-loadgen), built outside the source tree.
LOADGEN := build/frame-loadgen
$(LOADGEN): tools/frame-loadgen/frame-loadgen.c
	@mkdir -p $(@D)
	$${CC:-cc} -O2 -o $@ $<

# ringwire beside Redis (and NATS for fan-out), interleaved rounds (docs/BENCHMARKS.md).
# Needs cc, redis-server, redis-tools and nats-server: the script names what is missing.
# `make compare ARGS=--quick` gives the ratios in under a minute.
compare: build
	@scripts/compare-prerequisites.sh
	@$(MAKE) --no-print-directory $(LOADGEN)
	node dist/src/bench/compare.js --loadgen $(LOADGEN) $(ARGS)

run: build
	./server $(ARGS)

lint: $(DEPS)
	$(BIN)/tsc --noEmit -p .
	$(BIN)/prettier --check src test

format: $(DEPS)
	$(BIN)/prettier --write src test

clean:
	rm -rf dist .make $(LAUNCHERS)

distclean: clean
	rm -rf node_modules
