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

# Guest workspaces are built by nested, --offline cargo invocations (host/build.rs and the
# tests), so their dependencies are fetched here, up front.
for manifest in Cargo.toml sdk/Cargo.toml plugins/Cargo.toml examples/purl-prefix-policy/Cargo.toml tests/guests/Cargo.toml; do
    cargo fetch --locked --manifest-path "$ROOT/$manifest" >/dev/null
done
