# archdrill — `make serve` and `make test` install whatever is missing, then do their job.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

TRUNK_VERSION        := 0.21.14
WASM_BINDGEN_VERSION := 0.2.130
E2E_DIST             := target/e2e-dist
E2E_SUBPATH_DIST     := target/e2e-subpath
BENCH_OUT            := target/benchmarks
BENCH_COLLECTIONS    := 10000 100000

export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER := /usr/bin/chromedriver

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: serve test dist tools browser-tools lint test-native fuzz test-web test-e2e e2e-build bench clean

## serve: build the app and serve it at http://127.0.0.1:8080
serve: tools
	trunk serve --release --offline

## test: formatting, clippy, native tests, the notes fuzz run, browser tests and end-to-end tests
test: tools browser-tools lint test-native fuzz test-web test-e2e

## dist: a release build in dist/ for any static host (PUBLIC_URL=/sub/ for a sub-path)
dist: tools
	trunk build --release --offline --public-url "$${PUBLIC_URL:-/}"

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets --all-features -- -D warnings

test-native: node_modules/.installed
	cargo test

## fuzz: the notes renderer's safety property over 200,000 generated inputs of each kind
## (release build; about a minute of 2 cores, plus the first build)
fuzz:
	PROPTEST_CASES=200000 cargo test --release --test notes_fuzz

test-web:
	cargo test --target wasm32-unknown-unknown --test web --no-default-features --features bench

e2e-build:
	ARCHDRILL_EXTRA_DECKS=tests/fixtures/decks trunk build --release --offline --dist $(E2E_DIST)
	ARCHDRILL_EXTRA_DECKS=tests/fixtures/decks trunk build --release --offline \
	  --dist $(E2E_SUBPATH_DIST)/archdrill --public-url /archdrill/

test-e2e: e2e-build
	ARCHDRILL_DIST=$(E2E_DIST) ARCHDRILL_SUBPATH_DIST=$(E2E_SUBPATH_DIST) node --test --test-concurrency=1 tests/e2e/

## bench: times release builds in headless Chromium; prints the table, writes bench/results.md
bench: tools browser-tools
	trunk build --release --offline --dist $(BENCH_OUT)/app
	for cards in $(BENCH_COLLECTIONS); do \
	  node bench/synthetic-decks.mjs $(BENCH_OUT)/decks-$$cards $$cards; \
	  ARCHDRILL_EXTRA_DECKS=$(BENCH_OUT)/decks-$$cards \
	    trunk build --release --offline --features bench --dist $(BENCH_OUT)/app-$$cards; \
	done
	BENCH_OUT=$(BENCH_OUT) node bench/run.mjs

# ---- installing what is missing -------------------------------------------------------

tools: node_modules/.installed
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@[ "$$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $(WASM_BINDGEN_VERSION)" ] \
	  || cargo install wasm-bindgen-cli --version =$(WASM_BINDGEN_VERSION)
	@[ "$$(trunk --version 2>/dev/null)" = "trunk $(TRUNK_VERSION)" ] \
	  || cargo install --locked trunk@$(TRUNK_VERSION)
	@cargo fetch --quiet
	@cargo build --release --quiet --manifest-path tools/wasm-split/Cargo.toml

node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y nodejs npm; }
	npm ci --no-audit --no-fund
	@touch $@

browser-tools:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null \
	  || { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium chromium-driver; }

clean:
	cargo clean
	rm -rf dist node_modules
