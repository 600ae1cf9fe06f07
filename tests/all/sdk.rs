//! Third-party plugins: the example built the way an outside author would, and scaffolds from
//! `traceguard plugin new` that build as generated, installed and invoked through the binary.

use std::path::Path;

use crate::common::*;

fn cli(db: &Path, args: &[&str]) -> std::process::Output {
    bin()
        .arg("--db")
        .arg(db)
        .args(args)
        .env("TRACEGUARD_CACHE_DIR", cache_dir())
        .output()
        .expect("run traceguard")
}

fn ok(db: &Path, args: &[&str]) -> String {
    let out = cli(db, args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn the_example_third_party_plugin_installs_and_runs() {
    let wasm = build_guest(
        &root().join("examples/purl-prefix-policy"),
        "purl_prefix_policy",
    );
    let dir = tempdir();
    let db = dir.path().join("sdk.duckdb");
    ok(&db, &["tenant", "create", "x", "--budget", "100000000000"]);
    ok(
        &db,
        &[
            "invoke",
            "--tenant",
            "x",
            "cyclonedx",
            root()
                .join("examples/sboms/traceguard-host.cdx.json")
                .to_str()
                .expect("path"),
        ],
    );
    let installed = ok(&db, &["plugin", "install", wasm.to_str().expect("path")]);
    assert!(
        installed.contains("installed purl-prefix-policy (policy plugin"),
        "{installed}"
    );

    // Independently count the sample's wasmtime crates: each must be flagged once.
    let sample: serde_json::Value = serde_json::from_slice(SAMPLE).expect("sample json");
    let expected = sample["components"]
        .as_array()
        .expect("components")
        .iter()
        .filter(|c| {
            c["purl"]
                .as_str()
                .is_some_and(|p| p.starts_with("pkg:cargo/wasmtime"))
        })
        .count();
    assert!(expected > 10);
    let out = cli(
        &db,
        &[
            "--format",
            "json",
            "invoke",
            "--tenant",
            "x",
            "purl-prefix-policy",
            "--config",
            "banned=pkg:cargo/wasmtime",
        ],
    );
    assert_eq!(out.status.code(), Some(2), "error findings fail the policy");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json report");
    assert_eq!(report["output"]["passed"], false);
    assert_eq!(
        report["output"]["findings"]
            .as_array()
            .expect("findings")
            .len(),
        expected
    );
    assert_eq!(
        report["logs"][0]["message"],
        format!("checked {} components against 1 banned prefixes", 329)
    );

    let clean = ok(
        &db,
        &[
            "--format",
            "json",
            "invoke",
            "--tenant",
            "x",
            "purl-prefix-policy",
        ],
    );
    let clean: serde_json::Value = serde_json::from_str(&clean).expect("json");
    assert_eq!(
        clean["output"]["passed"], true,
        "the default list bans nothing in this SBOM"
    );
}

#[test]
fn scaffolded_plugins_build_as_generated_and_run() {
    let dir = tempdir();
    let db = dir.path().join("scaffold.duckdb");
    ok(&db, &["tenant", "create", "s", "--budget", "100000000000"]);
    for (name, kind) in [("my-lines", "sbom-parser"), ("my-policy", "policy")] {
        let out = ok(
            &db,
            &[
                "plugin",
                "new",
                name,
                "--kind",
                kind,
                "--dir",
                dir.path().to_str().expect("path"),
            ],
        );
        assert!(
            out.contains("cargo build --release --target wasm32-wasip2"),
            "{out}"
        );
        // Everything from TraceGuard comes out of the binary: the SDK and the contract's WIT
        // are written into the crate, which does not point at this checkout.
        let crate_dir = dir.path().join(name);
        let manifest = std::fs::read_to_string(crate_dir.join("Cargo.toml")).expect("manifest");
        assert!(
            manifest.contains(r#"path = "traceguard-sdk""#),
            "{manifest}"
        );
        assert!(
            !manifest.contains(root().to_str().expect("path")),
            "{manifest}"
        );
        for file in [
            "Cargo.toml",
            "src/lib.rs",
            "wit/0.1/worlds.wit",
            "purl/src/lib.rs",
        ] {
            assert!(
                crate_dir.join("traceguard-sdk").join(file).is_file(),
                "{file}"
            );
        }
        assert_eq!(
            std::fs::read(crate_dir.join("traceguard-sdk/wit/0.1/worlds.wit")).expect("read"),
            std::fs::read(root().join("sdk/wit/0.1/worlds.wit")).expect("read"),
        );
        let wasm = build_guest(&dir.path().join(name), &name.replace('-', "_"));
        ok(&db, &["plugin", "install", wasm.to_str().expect("path")]);
    }
    let doc = dir.path().join("deps.txt");
    std::fs::write(
        &doc,
        "# name@version\nserde@1.0.200\nnot a component line\nanyhow@1.0.80\n",
    )
    .expect("write");
    let parsed: serde_json::Value = serde_json::from_str(&ok(
        &db,
        &[
            "--format",
            "json",
            "invoke",
            "--tenant",
            "s",
            "my-lines",
            doc.to_str().expect("path"),
        ],
    ))
    .expect("json");
    assert_eq!(parsed["output"]["components"], 2);
    assert_eq!(parsed["output"]["diagnostics"][0]["path"], "line 3");
    // An installed third-party parser takes part in format detection.
    let ingested: serde_json::Value = serde_json::from_str(&ok(
        &db,
        &[
            "--format",
            "json",
            "ingest",
            "--tenant",
            "s",
            doc.to_str().expect("path"),
        ],
    ))
    .expect("json");
    assert_eq!(ingested["format"], "my-lines", "{ingested}");
    assert_eq!(ingested["components"], 2);
    let evaluated: serde_json::Value = serde_json::from_str(&ok(
        &db,
        &["--format", "json", "invoke", "--tenant", "s", "my-policy"],
    ))
    .expect("json");
    assert_eq!(
        evaluated["output"]["passed"], true,
        "both lines have versions"
    );
    let again = cli(
        &db,
        &[
            "plugin",
            "new",
            "my-policy",
            "--kind",
            "policy",
            "--dir",
            dir.path().to_str().expect("path"),
        ],
    );
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
}
