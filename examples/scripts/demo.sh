#!/usr/bin/env bash
# Set up, build, and run the main job on the embedded defaults: ingest the bundled sample SBOM
# for tenant `demo` with the built-in CycloneDX parser, run the licence policy, print the
# findings and the gas report. The database is ./traceguard.duckdb unless TRACEGUARD_DB is set.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
# --all-targets resolves features exactly as the test build does, so the demo and the tests share
# every compiled dependency (a plain `cargo run` would rebuild DuckDB with other features).
cargo build --quiet -p traceguard --all-targets
"$CARGO_TARGET_DIR/debug/traceguard" demo "$@"
