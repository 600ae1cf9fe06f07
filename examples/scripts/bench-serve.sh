#!/usr/bin/env bash
# HTTP benchmark of `traceguard serve`, measured with wrk from a second process on loopback:
#   1. POST /v1/invoke/noop            (a billed no-op invocation, durable ledger row), with
#      the default gas limit (blocking pool) and with ?gas_limit=1000000 (call workers)
#   2. POST /v1/sboms, 1,000 components (every request a new document: parse + store)
#   3. GET  /v1/me                     (auth + routing only: the server's own floor)
# Usage: examples/scripts/bench-serve.sh [SECONDS] [CONNECTIONS]   (defaults: 10 s, 16)
# Needs wrk (Debian package `wrk`; installed here when missing). Builds the release binary.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
SECONDS_EACH="${1:-10}"
CONNECTIONS="${2:-16}"

if ! command -v wrk >/dev/null; then
    as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk
fi
cargo build --release --bin traceguard
TG="$CARGO_TARGET_DIR/release/traceguard"
WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT
DB="$WORK/bench.duckdb"

"$TG" --db "$DB" tenant create bench --budget 1000000000000000 >/dev/null
KEY="$("$TG" --db "$DB" --format json tenant key create bench \
    --scopes sbom:write,sbom:read,plugin:invoke,gas:read | python3 -c 'import json,sys; print(json.load(sys.stdin)["key"])')"

# No rate limit to speak of, and a concurrency cap above the connection count: this measures
# the server, not its throttling.
"$TG" --db "$DB" serve --addr 127.0.0.1:0 --rate 1000000/s --max-concurrent 1024 \
    2>"$WORK/server.log" &
SERVER_PID=$!
for _ in $(seq 1 600); do
    ADDR="$(grep -o '"message":"http://[^"]*"' "$WORK/server.log" 2>/dev/null | head -1 | sed 's/.*http:\/\///; s/\/"//')" || true
    if [ -n "${ADDR:-}" ] && curl -fsS "http://$ADDR/health/ready" >/dev/null 2>&1; then break; fi
    sleep 0.1
done
[ -n "${ADDR:-}" ] || { echo "the server did not start:"; cat "$WORK/server.log"; exit 1; }
URL="http://$ADDR"

# The 1,000-component document, split where each request puts its own serial number.
python3 - "$WORK/sbom-template.json" <<'EOF'
import json, sys
components = [{
    "type": "library", "bom-ref": f"pkg:npm/bench-{i}@1.{i % 7}.{i}", "name": f"bench-{i}",
    "version": f"1.{i % 7}.{i}", "purl": f"pkg:npm/bench-{i}@1.{i % 7}.{i}",
    "supplier": {"name": f"Supplier {i % 7}"},
    "licenses": [{"license": {"id": "MIT"}}],
    "hashes": [{"alg": "SHA-256", "content": f"{i:064x}"}],
} for i in range(1000)]
doc = {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
       "serialNumber": "urn:uuid:SERIAL",
       "metadata": {"component": {"type": "application", "bom-ref": "root", "name": "bench-app"}},
       "components": components,
       "dependencies": [{"ref": components[i]["bom-ref"], "dependsOn": [components[i + 1]["bom-ref"]]}
                        for i in range(999)]}
open(sys.argv[1], "w").write(json.dumps(doc, separators=(",", ":")))
EOF

cat >"$WORK/report.lua" <<'EOF'
-- Prints latency percentiles and the status mix after wrk's own summary.
local statuses = {}
response = function(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
end
done = function(summary, latency, requests)
    io.write(string.format("RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.1f errors=%d\n",
        summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
        summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
EOF

cat >"$WORK/invoke.lua" <<EOF
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer $KEY"
$(cat "$WORK/report.lua")
EOF

cat >"$WORK/upload.lua" <<EOF
local f = assert(io.open("$WORK/sbom-template.json", "rb"))
local doc = f:read("*a")
f:close()
local head, tail = doc:match("^(.-)SERIAL(.*)$")
local n = 0
-- Each wrk thread has its own Lua state: tell them apart by address of a fresh table.
local thread_id = tonumber(tostring({}):match("0x(%x+)"), 16) or math.random(1, 1e9)
request = function()
    n = n + 1
    local serial = string.format("%08x-0000-4000-8000-%012d", thread_id % 0xffffffff, n)
    return wrk.format("POST", "/v1/sboms", {["Authorization"] = "Bearer $KEY",
        ["Content-Type"] = "application/json"}, head .. serial .. tail)
end
$(cat "$WORK/report.lua")
EOF

cat >"$WORK/me.lua" <<EOF
wrk.headers["Authorization"] = "Bearer $KEY"
$(cat "$WORK/report.lua")
EOF

echo "traceguard serve at $URL; wrk -t2 -c$CONNECTIONS -d${SECONDS_EACH}s per scenario"
run() {
    local name="$1" script="$2" path="$3" conns="$4"
    local out
    out="$(wrk -t2 -c"$conns" -d"${SECONDS_EACH}s" --latency -s "$script" "$URL$path")"
    echo "$out" | grep '^RESULT' | sed "s#^RESULT#$name connections=$conns#"
}
run "GET /v1/me                " "$WORK/me.lua" /v1/me "$CONNECTIONS"
run "POST /v1/sboms (1k comps) " "$WORK/upload.lua" /v1/sboms 4
# The no-op policy evaluates the tenant's newest SBOM (one of the uploads above).
run "POST /v1/invoke/noop      " "$WORK/invoke.lua" /v1/invoke/noop "$CONNECTIONS"
# The same with a gas limit small enough for the call workers (api::invoke::SHORT_CALL_GAS).
run "POST /v1/invoke/noop (short)" "$WORK/invoke.lua" "/v1/invoke/noop?gas_limit=1000000" "$CONNECTIONS"
echo "responses by route and status (server's /metrics):"
curl -fsS "$URL/metrics" | grep '^traceguard_http_requests_total' | sed 's/^/  /'
STATUS="$(curl -fsS -H "Authorization: Bearer $KEY" "$URL/v1/gas/usage")"
echo "$STATUS" | python3 -c '
import json, sys
u = json.load(sys.stdin)
calls = sum(p["invocations"] for p in u["per_plugin"])
failed = sum(p["failed"] for p in u["per_plugin"])
spent = u["budget"]["spent"]
print(f"ledger: {calls} invocations ({failed} failed), {spent} gas spent")'
