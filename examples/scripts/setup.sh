#!/usr/bin/env bash
# Everything a fresh Debian 12 machine with rustup needs before building TraceGuard.
# Sourced by demo.sh and test.sh; safe to run again.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/traceguard/target}"

if ! rustup target list --installed | grep -qx wasm32-wasip2; then
    echo "setup: installing the wasm32-wasip2 target"
    rustup target add wasm32-wasip2
fi
rustup component list --installed | grep -q '^clippy' || rustup component add clippy
rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt

# Bundled DuckDB is most of a cold build, and clippy's check build runs its build script a
# second time (build-script dependencies are compiled apart from the test build's). ccache in
# front of the C++ compiler makes that second compile of the same files a cache hit.
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v ccache >/dev/null; then
    echo "setup: installing ccache (for the bundled DuckDB's C++)"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ccache
fi
if [ -d /usr/lib/ccache ]; then
    export PATH="/usr/lib/ccache:$PATH"
fi

# Guest workspaces are built by nested, --offline cargo invocations (host/build.rs and the
# tests), so their dependencies are fetched here, up front.
for manifest in Cargo.toml sdk/Cargo.toml plugins/Cargo.toml examples/purl-prefix-policy/Cargo.toml tests/guests/Cargo.toml; do
    cargo fetch --locked --manifest-path "$ROOT/$manifest" >/dev/null
done
