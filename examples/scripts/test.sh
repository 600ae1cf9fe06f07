#!/usr/bin/env bash
# The whole test suite: formatting, clippy with warnings denied, and every test.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"

# The web UI's end-to-end test drives Debian's Chromium with playwright-core (from npm).
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]} (for the browser test)"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi
if [ ! -d tests/ui/node_modules/playwright-core ] || [ tests/ui/package-lock.json -nt tests/ui/node_modules/.package-lock.json ]; then
    echo "setup: npm ci in tests/ui"
    (cd tests/ui && npm ci --no-audit --no-fund --loglevel=error)
fi
GUESTS=(sdk/Cargo.toml plugins/Cargo.toml examples/purl-prefix-policy/Cargo.toml tests/guests/Cargo.toml)
echo "== rustfmt"
cargo fmt --all -- --check
for m in "${GUESTS[@]}"; do cargo fmt --manifest-path "$m" --all -- --check; done
echo "== clippy"
# The test profile, so build scripts and proc macros are the test build's own.
cargo clippy --workspace --all-targets --profile test -- -D warnings
for m in "${GUESTS[@]}"; do
    CARGO_TARGET_DIR="$CARGO_TARGET_DIR/guests-clippy" \
        cargo clippy --offline --manifest-path "$m" --target wasm32-wasip2 --workspace -- -D warnings
done
# Parser and SDK code also builds natively: its unit, conformance and property tests run here.
NATIVE=(sdk/Cargo.toml sdk/purl/Cargo.toml plugins/Cargo.toml)
for m in "${NATIVE[@]}"; do
    CARGO_TARGET_DIR="$CARGO_TARGET_DIR/guests-native" \
        cargo clippy --offline --manifest-path "$m" --workspace --all-targets -- -D warnings
done
echo "== tests: guest crates, native"
for m in "${NATIVE[@]}"; do
    CARGO_TARGET_DIR="$CARGO_TARGET_DIR/guests-native" \
        cargo test --offline --manifest-path "$m" --workspace
done
echo "== tests: host and end to end"
cargo test --workspace -- --test-threads 2
