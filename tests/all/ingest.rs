//! `traceguard ingest` end to end: format detection by content, per-file JSON, exit codes,
//! duplicate documents, the blob store, component search, diff, and atomicity when the
//! process is killed mid-ingest.

use std::path::{Path, PathBuf};
use std::process::Stdio;

use crate::common::*;

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write");
    path
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

fn json_lines(out: &str) -> Vec<serde_json::Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect()
}

fn blobs(db: &Path) -> Vec<PathBuf> {
    let dir = db.with_file_name(format!(
        "{}.blobs",
        db.file_name().and_then(|n| n.to_str()).unwrap_or_default()
    ));
    let mut found = Vec::new();
    for shard in std::fs::read_dir(dir).expect("blob dir").flatten() {
        if shard.path().is_dir() {
            found.extend(
                std::fs::read_dir(shard.path())
                    .expect("shard")
                    .flatten()
                    .map(|e| e.path()),
            );
        }
    }
    found
}

#[test]
fn ingest_detects_the_format_by_content_and_reports_each_file() {
    let cli = Cli::new();
    cli.ok(&["tenant", "create", "t", "--budget", "100000000000"]);
    // A misleading name: detection must look at the content.
    let good = write(cli.dir.path(), "looks-like.txt", SAMPLE);
    let bad = write(cli.dir.path(), "broken.json", &SAMPLE[..SAMPLE.len() / 3]);
    let out = cli.run(&[
        "--format",
        "json",
        "ingest",
        "--tenant",
        "t",
        s(&good),
        s(&bad),
    ]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a rejected file fails the command"
    );
    let lines = json_lines(&String::from_utf8_lossy(&out.stdout));
    assert_eq!(lines.len(), 2);
    let first = &lines[0];
    assert_eq!(first["ok"], true);
    assert_eq!(first["format"], "cyclonedx");
    let doc: serde_json::Value = serde_json::from_slice(SAMPLE).expect("sample");
    assert_eq!(first["spec_version"], doc["specVersion"]);
    assert_eq!(
        first["components"].as_u64(),
        doc["components"].as_array().map(|c| c.len() as u64)
    );
    assert_eq!(
        first["sbom_id"].as_str(),
        Some(blake3::hash(SAMPLE).to_hex().as_str())
    );
    assert!(first["gas"]["used"].as_u64().unwrap_or(0) > 0);
    let second = &lines[1];
    assert_eq!(second["ok"], false);
    assert!(second.get("sbom_id").is_none());
    assert!(
        !second["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .is_empty(),
        "the rejection carries its diagnostics: {second}"
    );
    // Only the accepted document is stored, with its raw bytes under its hash.
    let stored = blobs(&cli.db);
    assert_eq!(stored.len(), 1, "{stored:?}");
    assert_eq!(std::fs::read(&stored[0]).expect("blob"), SAMPLE);
    let list = cli.ok(&["--format", "json", "sbom", "list", "--tenant", "t"]);
    let list: serde_json::Value = serde_json::from_str(&list).expect("json");
    assert_eq!(list.as_array().map(Vec::len), Some(1));
}

#[test]
fn an_unrecognised_document_and_an_unknown_parser_are_clear_errors() {
    let cli = Cli::new();
    cli.ok(&["tenant", "create", "t", "--budget", "100000000000"]);
    let text = write(
        cli.dir.path(),
        "notes.txt",
        b"just some notes, not an SBOM\n",
    );
    let err = cli.fails(&["ingest", "--tenant", "t", s(&text)]);
    assert!(err.contains("no parser recognises"), "{err}");
    let sample = write(cli.dir.path(), "bom.json", SAMPLE);
    let err = cli.fails(&[
        "ingest",
        "--tenant",
        "t",
        "--sbom-format",
        "nope",
        s(&sample),
    ]);
    assert!(err.contains("unknown plugin `nope`"), "{err}");
    // The override picks the parser without detection.
    cli.ok(&[
        "ingest",
        "--tenant",
        "t",
        "--sbom-format",
        "cyclonedx",
        s(&sample),
    ]);
}

#[test]
fn the_same_bytes_twice_store_nothing_new() {
    let cli = Cli::new();
    cli.ok(&["tenant", "create", "t", "--budget", "100000000000"]);
    let sample = write(cli.dir.path(), "bom.json", SAMPLE);
    let first = json_lines(&cli.ok(&["--format", "json", "ingest", "--tenant", "t", s(&sample)]));
    let again = json_lines(&cli.ok(&["--format", "json", "ingest", "--tenant", "t", s(&sample)]));
    assert_eq!(first[0]["duplicate"], false);
    assert_eq!(again[0]["duplicate"], true);
    assert_eq!(first[0]["sbom_id"], again[0]["sbom_id"]);
    let show = cli.ok(&["--format", "json", "sbom", "list", "--tenant", "t"]);
    let show: serde_json::Value = serde_json::from_str(&show).expect("json");
    assert_eq!(show.as_array().map(Vec::len), Some(1));
    assert_eq!(blobs(&cli.db).len(), 1);
}

#[test]
fn components_search_show_and_diff() {
    let cli = Cli::new();
    cli.ok(&["tenant", "create", "t", "--budget", "100000000000"]);
    cli.ok(&["tenant", "create", "other", "--budget", "100000000000"]);
    let old = write(cli.dir.path(), "old.json", &generated_sbom(5, "app"));
    // The new release drops lib-0, bumps lib-1 and adds lib-9.
    let mut doc: serde_json::Value =
        serde_json::from_slice(&generated_sbom(5, "app")).expect("json");
    let comps = doc["components"].as_array_mut().expect("components");
    comps.remove(0);
    comps[0]["version"] = "2.0.0".into();
    comps[0]["purl"] = "pkg:cargo/lib-1@2.0.0".into();
    comps.push(
        serde_json::json!({"type": "library", "bom-ref": "c9", "name": "lib-9",
        "version": "1.0.9", "purl": "pkg:cargo/lib-9@1.0.9"}),
    );
    doc["dependencies"] = serde_json::json!([]);
    let new = write(
        cli.dir.path(),
        "new.json",
        &serde_json::to_vec(&doc).expect("json"),
    );
    let ids: Vec<String> = [&old, &new]
        .iter()
        .map(|f| {
            let line = json_lines(&cli.ok(&["--format", "json", "ingest", "--tenant", "t", s(f)]));
            line[0]["sbom_id"].as_str().expect("id").to_string()
        })
        .collect();

    let hits = cli.ok(&[
        "--format",
        "json",
        "components",
        "--tenant",
        "t",
        "--purl",
        "pkg:cargo/lib-1",
    ]);
    let hits: serde_json::Value = serde_json::from_str(&hits).expect("json");
    let versions: Vec<&str> = hits
        .as_array()
        .expect("hits")
        .iter()
        .filter_map(|h| h["version"].as_str())
        .collect();
    assert_eq!(versions.len(), 2, "{hits}");
    assert!(versions.contains(&"1.0.1") && versions.contains(&"2.0.0"));
    let by_name = cli.ok(&[
        "--format",
        "json",
        "components",
        "--tenant",
        "t",
        "--name",
        "LIB-9",
    ]);
    let by_name: serde_json::Value = serde_json::from_str(&by_name).expect("json");
    assert_eq!(by_name.as_array().map(Vec::len), Some(1));
    assert_eq!(by_name[0]["sbom_id"].as_str(), Some(ids[1].as_str()));
    // Another tenant sees none of it.
    let none = cli.ok(&[
        "--format",
        "json",
        "components",
        "--tenant",
        "other",
        "--name",
        "lib-9",
    ]);
    assert_eq!(none.trim(), "[]");

    let diff = cli.ok(&[
        "--format",
        "json",
        "sbom",
        "diff",
        "--tenant",
        "t",
        &ids[0][..12],
        &ids[1][..12],
    ]);
    let diff: serde_json::Value = serde_json::from_str(&diff).expect("json");
    assert_eq!(diff["removed"][0]["component"], "pkg:cargo/lib-0");
    assert_eq!(diff["added"][0]["component"], "pkg:cargo/lib-9");
    assert_eq!(diff["changed"][0]["component"], "pkg:cargo/lib-1");
    assert_eq!(diff["changed"][0]["to"][0], "2.0.0");
    assert_eq!(diff["removed"].as_array().map(Vec::len), Some(1));
    assert_eq!(diff["changed"].as_array().map(Vec::len), Some(1));

    let show = cli.ok(&["--format", "json", "sbom", "show", "--tenant", "t", &ids[0]]);
    let show: serde_json::Value = serde_json::from_str(&show).expect("json");
    assert_eq!(show["components"], 5);
    assert_eq!(show["dependencies"], 4);
    let err = cli.fails(&["sbom", "show", "--tenant", "other", &ids[0]]);
    assert!(err.contains("has no SBOM"), "{err}");
}

#[test]
fn a_large_sbom_streams_into_state() {
    let dir = tempdir();
    let service = service_in(dir.path(), test_config());
    service.create_tenant("big", u64::MAX / 4).expect("tenant");
    let n = 20_000;
    let doc = generated_sbom(n, "big");
    let path = write(dir.path(), "big.json", &doc);
    let report = service
        .ingest(
            "big",
            "cyclonedx",
            traceguard::service::Document::File(&path),
            &opts(20_000_000_000),
            None,
        )
        .expect("served");
    assert!(
        report.ok(),
        "{:?} {:?}",
        report.error,
        report.error_diagnostics
    );
    assert_eq!(count(&service, "SELECT count(*) FROM components"), n as u64);
    assert_eq!(
        count(&service, "SELECT count(DISTINCT seq) FROM components"),
        n as u64
    );
    assert_eq!(
        count(&service, "SELECT count(*) FROM dependencies"),
        n as u64 - 1
    );
    // The host stores each purl parsed, for search and diff.
    assert_eq!(
        count(
            &service,
            "SELECT count(*) FROM components WHERE purl_type = 'cargo' AND purl_namespace IS NULL
             AND purl_name = 'lib-' || seq AND purl_version = '1.0.' || seq
             AND purl_qualifiers = '{}'"
        ),
        n as u64
    );
}

#[test]
fn killing_an_ingest_midway_leaves_nothing_of_it() {
    let cli = Cli::new();
    cli.ok(&["tenant", "create", "k", "--budget", "1000000000000"]);
    let big = write(cli.dir.path(), "big.json", &generated_sbom(150_000, "big"));
    let mut child = bin()
        .arg("--db")
        .arg(&cli.db)
        .args([
            "ingest",
            "--tenant",
            "k",
            "--gas-limit",
            "500000000000",
            s(&big),
        ])
        .env("TRACEGUARD_CACHE_DIR", cache_dir())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    // Wait until the document is staged (the ingest is under way), then kill it.
    let blob_dir = cli.dir.path().join("cli.duckdb.blobs");
    let started = std::time::Instant::now();
    loop {
        let staging = std::fs::read_dir(&blob_dir)
            .map(|d| {
                d.flatten()
                    .any(|e| e.file_name().to_string_lossy().starts_with("tmp-"))
            })
            .unwrap_or(false);
        if staging || started.elapsed() > std::time::Duration::from_secs(120) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    std::thread::sleep(std::time::Duration::from_millis(300));
    child.kill().expect("kill");
    let status = child.wait().expect("wait");
    assert!(!status.success(), "the ingest was killed, not finished");

    // Reopen: either all of the SBOM is there or none of it, and the database is usable.
    // Default limits, as the killed CLI had.
    let config = traceguard::runtime::SandboxConfig {
        cache_dir: Some(cache_dir()),
        ..Default::default()
    };
    let service = traceguard::service::Service::open(&cli.db, config).expect("reopen");
    let sboms = count(&service, "SELECT count(*) FROM sboms");
    let components = count(&service, "SELECT count(*) FROM components");
    let ledger = count(&service, "SELECT count(*) FROM invocations");
    eprintln!("killed with {sboms} SBOM rows, {components} component rows committed");
    if sboms == 0 {
        assert_eq!(components, 0, "no partial component rows");
        assert_eq!(ledger, 0, "no ledger row for an unfinished call");
    } else {
        assert_eq!((sboms, components, ledger), (1, 150_000, 1));
    }
    // Leftover staging files are cleared on open.
    assert!(
        std::fs::read_dir(&blob_dir)
            .expect("blob dir")
            .flatten()
            .all(|e| !e.file_name().to_string_lossy().starts_with("tmp-")),
        "staging files removed"
    );
    let again = service
        .ingest(
            "k",
            "cyclonedx",
            traceguard::service::Document::File(&big),
            &opts(500_000_000_000),
            None,
        )
        .expect("served");
    assert!(again.ok(), "{:?}", again.error);
    assert_eq!(count(&service, "SELECT count(*) FROM components"), 150_000);
}

#[test]
fn evaluating_the_newest_sbom_follows_each_new_ingest_and_survives_a_reopen() {
    let dir = tempdir();
    let newest_evaluated = |service: &traceguard::service::Service| {
        let report = service
            .evaluate("t", "noop", None, &opts(10_000_000))
            .expect("evaluate the newest");
        match report.output {
            Some(traceguard::service::Output::Policy { sbom_id, .. }) => sbom_id,
            other => panic!("expected a policy verdict, got {other:?}"),
        }
    };
    let first;
    let second;
    {
        let service = service_in(dir.path(), test_config());
        service.create_tenant("t", 100_000_000_000).expect("tenant");
        first = ingest_sample(&service, "t");
        assert_eq!(newest_evaluated(&service), first);
        let report = service
            .parse(
                "t",
                "cyclonedx",
                &generated_sbom(4, "second"),
                &opts(500_000_000),
            )
            .expect("parse");
        second = match report.output {
            Some(traceguard::service::Output::Sbom { sbom_id, .. }) => sbom_id,
            other => panic!("expected an SBOM, got {other:?}"),
        };
        assert_eq!(newest_evaluated(&service), second, "the new one");
        // The first document again is a duplicate: it does not become the newest.
        ingest_sample(&service, "t");
        assert_eq!(newest_evaluated(&service), second);
    }
    let service = service_in(dir.path(), test_config());
    assert_eq!(newest_evaluated(&service), second, "after reopening");
    assert_ne!(first, second);
}
