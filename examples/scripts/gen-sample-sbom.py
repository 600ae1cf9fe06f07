#!/usr/bin/env python3
"""Writes examples/sboms/traceguard-host.cdx.json: a CycloneDX 1.5 SBOM of the traceguard
host's own dependency tree, from Cargo.lock (names, versions, checksums, edges) and the
`license` field of each crate's Cargo.toml in the local cargo registry.

Deterministic: no wall-clock time; components sorted by purl. Re-run after Cargo.lock changes:
    python3 examples/scripts/gen-sample-sbom.py
"""
import glob
import json
import os
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REGISTRY = os.path.expanduser("~/.cargo/registry/src")


def license_of(name, version):
    for manifest in glob.glob(f"{REGISTRY}/*/{name}-{version}/Cargo.toml"):
        with open(manifest, "rb") as f:
            package = tomllib.load(f).get("package", {})
        return package.get("license")
    return None


def main():
    with open(os.path.join(ROOT, "Cargo.lock"), "rb") as f:
        lock = tomllib.load(f)
    packages = lock["package"]
    by_name = {}
    for p in packages:
        by_name.setdefault(p["name"], []).append(p)

    def ref(p):
        return f"pkg:cargo/{p['name']}@{p['version']}"

    def resolve(dep):
        # Cargo.lock names a dependency "name" or "name version" when several versions exist.
        parts = dep.split(" ")
        candidates = by_name.get(parts[0], [])
        if len(parts) > 1:
            candidates = [c for c in candidates if c["version"] == parts[1]]
        return candidates[0] if candidates else None

    components, dependencies = [], []
    for p in sorted(packages, key=ref):
        if "source" not in p:  # workspace members are the subject, not components
            continue
        c = {"type": "library", "bom-ref": ref(p), "name": p["name"], "version": p["version"], "purl": ref(p)}
        if "checksum" in p:
            c["hashes"] = [{"alg": "SHA-256", "content": p["checksum"]}]
        lic = license_of(p["name"], p["version"])
        if lic:
            c["licenses"] = [{"expression": lic.replace("/", " OR ")}]
        components.append(c)
        deps = sorted({ref(d) for d in map(resolve, p.get("dependencies", [])) if d and "source" in d})
        dependencies.append({"ref": ref(p), "dependsOn": deps})

    bom = {
        "bomFormat": "CycloneDX",
        "specVersion": "1.5",
        "serialNumber": "urn:uuid:5f1c3e0a-7d1b-4c55-9a53-2b7d9b0f4e11",
        "version": 1,
        "metadata": {
            "timestamp": "2026-11-23T00:00:00Z",
            "tools": {"components": [{"type": "application", "name": "gen-sample-sbom.py", "version": "1"}]},
            "component": {"type": "application", "bom-ref": "traceguard", "name": "traceguard", "version": "0.1.0"},
        },
        "components": components,
        "dependencies": dependencies,
    }
    out = os.path.join(ROOT, "examples", "sboms", "traceguard-host.cdx.json")
    with open(out, "w") as f:
        json.dump(bom, f, indent=2, sort_keys=True)
        f.write("\n")
    print(f"wrote {out}: {len(components)} components")


if __name__ == "__main__":
    main()
