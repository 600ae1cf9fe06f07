#!/usr/bin/env bash
# TraceGuard's own supply chain: build the host's CycloneDX SBOM with cargo-cyclonedx, ingest it
# with the traceguard binary into a scratch database, and gate it with the built-in
# `license-policy` plugin (`--enforce`), its allow-list read from deny.toml's [licenses]. Exit 0
# when the SBOM ingests and the policy passes; otherwise non-zero with what failed. Everything it
# creates (database, blobs, compiled plugins, the SBOM) is in a temporary directory it removes.
# Not in CI yet (README.md, "Our own supply chain").
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"

CYCLONEDX_VERSION=0.5.9 # cargo-cyclonedx installed when missing (1.5 is its newest spec version)
TENANT=own-sbom
WORK="$(mktemp -d "${TMPDIR:-/tmp}/traceguard-own-sbom.XXXXXX")"
SBOM_NAME="traceguard-own-sbom-$$" # cargo-cyclonedx writes host/$SBOM_NAME.json
cleanup() { rm -rf "$WORK" "$ROOT/host/$SBOM_NAME.json"; }
trap cleanup EXIT
say() { echo "own-sbom: $*"; }
fail() { echo "own-sbom: FAILED: $1" >&2; exit "${2:-1}"; }

if ! cargo cyclonedx --version >/dev/null 2>&1; then
    say "installing cargo-cyclonedx $CYCLONEDX_VERSION"
    CARGO_TARGET_DIR="$CARGO_TARGET_DIR/tools" \
        cargo install --quiet --locked cargo-cyclonedx --version "$CYCLONEDX_VERSION" ||
        fail "cargo install cargo-cyclonedx"
fi
# The same feature resolution as demo.sh and the tests, so nothing is rebuilt for this script.
cargo build --quiet -p traceguard --all-targets || fail "cargo build -p traceguard"
TG="$CARGO_TARGET_DIR/debug/traceguard"
export TRACEGUARD_DB="$WORK/own.duckdb" TRACEGUARD_CACHE_DIR="$WORK/compiled"

# 1. The SBOM: the traceguard package (the host workspace's only member) for this machine's
#    target, build-dependencies included, dev-dependencies not. The commit time as the timestamp
#    makes it byte-identical for the same tree and Cargo.lock.
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"
cargo cyclonedx --manifest-path host/Cargo.toml --format json --spec-version 1.5 \
    --override-filename "$SBOM_NAME" -q ||
    fail "cargo cyclonedx could not build the SBOM"
[ -s "host/$SBOM_NAME.json" ] || fail "cargo cyclonedx wrote no host/$SBOM_NAME.json"
SBOM="$WORK/traceguard.cdx.json"
mv "host/$SBOM_NAME.json" "$SBOM"
say "SBOM by cargo-cyclonedx $(cargo cyclonedx --version | awk '{print $NF}'), CycloneDX 1.5 JSON"

# 2. Ingest. A rejected SBOM exits 1 and its diagnostics are printed above.
"$TG" tenant create "$TENANT" --budget 100000000000 >/dev/null || fail "traceguard tenant create"
"$TG" ingest --tenant "$TENANT" "$SBOM" ||
    fail "traceguard ingest rejected the SBOM (diagnostics above)"

# 3. The licence policy. license-policy has no per-crate exceptions and satisfies `X WITH e`
#    by X, so the enforced policy allows deny.toml's licences and its exceptions' licences,
#    without `WITH …`. A second policy, not enforced, allows the general list only: every
#    crate it flags must have an exception of its own in deny.toml, so an exception's licence
#    is not quietly allowed for other crates.
read -r ALLOW GENERAL EXCEPTED < <(python3 - deny.toml <<'EOF'
import sys, tomllib
lic = tomllib.load(open(sys.argv[1], "rb"))["licenses"]
def ids(exprs):
    out = []
    for e in exprs:
        i = e.split(" WITH ")[0].strip()
        if i not in out:
            out.append(i)
    return out
exceptions = lic.get("exceptions", [])
general = ids(lic["allow"])
every = ids(general + [l for e in exceptions for l in e["allow"]])
excepted = sorted({e["crate"].split("@")[0] for e in exceptions})
print(",".join(every), ",".join(general), ",".join(excepted) or "-")
EOF
)
[ -n "$ALLOW" ] || fail "no licence allow-list in deny.toml"
say "licence allow-list (deny.toml): $ALLOW"
"$TG" policy add --tenant "$TENANT" licences --plugin license-policy --config "allow=$ALLOW" \
    --enforce >/dev/null || fail "traceguard policy add licences"
"$TG" policy add --tenant "$TENANT" licences-without-exceptions --plugin license-policy \
    --config "allow=$GENERAL" >/dev/null || fail "traceguard policy add licences-without-exceptions"
status=0
"$TG" policy eval --tenant "$TENANT" --policy licences || status=$?
case "$status" in
    0) ;;
    2) fail "the licence policy failed: findings above (deny.toml's allow-list does not cover them)" 2 ;;
    *) fail "traceguard policy eval could not run (exit $status)" "$status" ;;
esac
"$TG" policy eval --tenant "$TENANT" --policy licences-without-exceptions >/dev/null ||
    fail "traceguard policy eval could not run the policy without exceptions"
"$TG" --format json findings --tenant "$TENANT" --severity error > "$WORK/findings.json"
python3 - "$SBOM" "$WORK/findings.json" "$EXCEPTED" <<'EOF' ||
import json, sys
sbom = {c["bom-ref"]: c for c in json.load(open(sys.argv[1])).get("components", [])}
excepted = set(sys.argv[3].split(",")) - {"-"}
needing = {}
for f in json.load(open(sys.argv[2])):
    if f["policy"] == "licences-without-exceptions":
        c = sbom.get(f["component_ref"], {"name": f["component_ref"], "version": "?"})
        exprs = [l.get("expression") or l.get("license", {}).get("id", "?") for l in c.get("licenses", [])]
        needing[c["name"]] = f"{c['name']}@{c['version']} ({'; '.join(exprs)})"
stray = sorted(set(needing) - excepted)
for name in stray:
    print(f"own-sbom: {needing[name]} needs a licence that deny.toml allows only for other crates", file=sys.stderr)
for name in sorted(excepted - set(needing)):
    print(f"own-sbom: note: deny.toml's exception for {name} is not used by this SBOM (another target, or a dev-dependency?)")
if not stray:
    print("own-sbom: crates allowed by a deny.toml exception: " + (", ".join(needing[n] for n in sorted(needing)) or "none"))
sys.exit(1 if stray else 0)
EOF
    fail "a crate needs a licence outside deny.toml's general allow-list without an exception of its own"
say "OK: TraceGuard's own SBOM ingests and passes its licence policy"
