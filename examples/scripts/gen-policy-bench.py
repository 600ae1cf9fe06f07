#!/usr/bin/env python3
"""Writes the 1,000-component CycloneDX 1.6 SBOM used for the policy-evaluation figures in
BENCHMARKS.md: npm/Maven/Cargo purls (one log4j-core), mixed licences, SHA-256 or SHA-1
hashes, suppliers on three quarters of the components, a dependency chain.

Usage: gen-policy-bench.py OUT.json [N]
"""
import json
import sys

LICENCES = ["MIT", "Apache-2.0", "BSD-3-Clause", "LGPL-2.1-only", "MIT OR Apache-2.0", "GPL-3.0-only"]


def component(i):
    ty = ["npm", "maven", "cargo"][i % 3]
    ns = "org.example.group/" if ty == "maven" else ""
    name = f"pkg-{i}"
    if i == 7:
        ty, ns, name = "maven", "org.apache.logging.log4j/", "log4j-core"
    version = f"{1 + i % 4}.{i % 17}.{i % 5}"
    purl = f"pkg:{ty}/{ns}{name}@{version}"
    lic = LICENCES[i % len(LICENCES)]
    c = {
        "type": "library",
        "bom-ref": purl,
        "name": name,
        "version": version,
        "purl": purl,
        "licenses": [{"expression": lic}] if " OR " in lic else [{"license": {"id": lic}}],
        "hashes": [
            {"alg": "SHA-1", "content": f"{i:040x}"} if i % 10 == 0 else {"alg": "SHA-256", "content": f"{i:064x}"}
        ],
    }
    if i % 4:
        c["supplier"] = {"name": f"Supplier {i % 23}"}
    return c


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    comps = [component(i) for i in range(n)]
    doc = {
        "bomFormat": "CycloneDX",
        "specVersion": "1.6",
        "version": 1,
        "metadata": {"timestamp": "2026-11-01T00:00:00Z", "tools": {"components": [{"type": "application", "name": "gen"}]}},
        "components": comps,
        "dependencies": [{"ref": comps[i]["bom-ref"], "dependsOn": [comps[i + 1]["bom-ref"]]} for i in range(n - 1)],
    }
    with open(out, "w") as f:
        json.dump(doc, f)


if __name__ == "__main__":
    main()
