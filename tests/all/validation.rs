//! Validation levels end to end: the tenant's default and the call's choice, the level stored
//! with the SBOM, diagnostics counted, listed and paged, through the CLI and the HTTP API.

use traceguard::service::Output;

use crate::common::*;
use crate::http::Server;

/// SPDX 2.2 shaped as generators write it: strict refuses it, standard keeps it.
fn generator_spdx() -> std::path::PathBuf {
    root().join("tests/data/validation/spdx-2.2-generator-shape.json")
}

fn json(out: &str) -> serde_json::Value {
    serde_json::from_str(out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
}

#[test]
fn the_cli_ingests_at_the_tenant_or_call_level_and_lists_the_diagnostics() {
    let cli = Cli::new();
    let doc = generator_spdx();
    let doc = doc.to_str().expect("utf-8 path");
    cli.ok(&["tenant", "create", "t", "--budget", "100000000000"]);

    // strict, named by the call: refused, nothing stored.
    let out = cli.run(&[
        "--format",
        "json",
        "ingest",
        "--tenant",
        "t",
        "--validation",
        "strict",
        doc,
    ]);
    assert!(!out.status.success());
    let line = json(&String::from_utf8_lossy(&out.stdout));
    assert_eq!(line["ok"], false);
    assert!(
        line["error"].as_str().unwrap_or("").contains("strict"),
        "{line}"
    );
    let sboms = json(&cli.ok(&["--format", "json", "sbom", "list", "--tenant", "t"]));
    assert_eq!(sboms.as_array().map(Vec::len), Some(0), "{sboms}");

    // The default level (standard): stored with its diagnostics.
    let line = json(&cli.ok(&["--format", "json", "ingest", "--tenant", "t", doc]));
    assert_eq!(line["validation"], "standard", "{line}");
    assert_eq!(line["components"], 3);
    let sbom_id = line["sbom_id"].as_str().expect("sbom id").to_string();
    let errors = line["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["severity"] == "error")
        .count() as u64;
    assert!(errors >= 3, "{line}");

    let sboms = json(&cli.ok(&["--format", "json", "sbom", "list", "--tenant", "t"]));
    assert_eq!(sboms[0]["validation"], "standard");
    assert_eq!(sboms[0]["diagnostics"]["error"], errors);

    let shown = json(&cli.ok(&[
        "--format", "json", "sbom", "show", "--tenant", "t", &sbom_id,
    ]));
    assert_eq!(shown["validation"], "standard");
    assert_eq!(shown["diagnostic_counts"]["error"], errors);

    // Paged, filtered, in the order the parser reported them.
    let all = json(&cli.ok(&[
        "--format",
        "json",
        "sbom",
        "diagnostics",
        "--tenant",
        "t",
        &sbom_id[..12],
        "--severity",
        "error",
    ]));
    assert_eq!(all["total"], errors);
    let page = json(&cli.ok(&[
        "--format",
        "json",
        "sbom",
        "diagnostics",
        "--tenant",
        "t",
        &sbom_id,
        "--severity",
        "error",
        "--offset",
        "1",
        "--limit",
        "2",
    ]));
    assert_eq!(page["total"], errors);
    assert_eq!(page["offset"], 1);
    assert_eq!(page["diagnostics"].as_array().map(Vec::len), Some(2));
    assert_eq!(page["diagnostics"][0], all["diagnostics"][1]);
    let text = cli.ok(&[
        "sbom",
        "diagnostics",
        "--tenant",
        "t",
        &sbom_id,
        "--limit",
        "1",
    ]);
    assert!(text.contains("next page: --offset 1"), "{text}");

    // The tenant's default: strict from now on, unless a call says otherwise.
    cli.ok(&["tenant", "set", "t", "--validation", "strict"]);
    let tenants = json(&cli.ok(&["--format", "json", "tenant", "list"]));
    assert_eq!(tenants[0]["validation"], "strict");
    let other = std::fs::read_to_string(generator_spdx())
        .expect("read")
        .replace("alpine-3.18-1", "alpine-3.18-2");
    let other_path = cli.dir.path().join("other.spdx.json");
    std::fs::write(&other_path, other).expect("write");
    let other_path = other_path.to_str().expect("utf-8 path");
    let out = cli.run(&["ingest", "--tenant", "t", other_path]);
    assert!(
        !out.status.success(),
        "the tenant's strict default refuses it"
    );
    cli.ok(&[
        "ingest",
        "--tenant",
        "t",
        "--validation",
        "none",
        other_path,
    ]);
    let sboms = json(&cli.ok(&["--format", "json", "sbom", "list", "--tenant", "t"]));
    assert_eq!(sboms[0]["validation"], "none");
    assert_eq!(sboms[0]["diagnostics"]["error"], 0);

    // An unknown level is refused before anything runs, naming the levels.
    let err = cli.fails(&["ingest", "--tenant", "t", "--validation", "lenient", doc]);
    assert!(err.contains("strict, standard or none"), "{err}");
    let err = cli.fails(&["tenant", "set", "nobody", "--validation", "strict"]);
    assert!(err.contains("unknown tenant"), "{err}");
}

#[test]
fn the_api_takes_the_level_per_upload_and_per_tenant_and_pages_diagnostics() {
    let cli = Cli::new();
    cli.ok(&["tenant", "create", "t", "--budget", "100000000000"]);
    let key = new_key(&cli, &["t", "--scopes", "sbom:read,sbom:write"]);
    let admin = new_key(&cli, &["--admin"]);
    let server = Server::start(&cli.db, &[]);
    let body = std::fs::read(generator_spdx()).expect("read");

    let refused = server.call("POST", "/v1/sboms?validation=strict", &key, &body);
    let refused = refused.expect(422);
    assert!(
        refused["error"].as_str().unwrap_or("").contains("strict"),
        "{refused}"
    );
    let bad = server.call("POST", "/v1/sboms?validation=lenient", &key, &body);
    assert!(
        bad.expect(400)["error"]
            .as_str()
            .unwrap_or("")
            .contains("strict, standard or none")
    );

    let stored = server.call("POST", "/v1/sboms", &key, &body).expect(201);
    assert_eq!(stored["validation"], "standard");
    let id = stored["sbom_id"].as_str().expect("id").to_string();
    let listed = server.get_ok("/v1/sboms", &key).expect(200);
    let errors = listed["sboms"][0]["diagnostics"]["error"]
        .as_u64()
        .expect("count");
    assert!(errors >= 3, "{listed}");

    let page = server
        .get_ok(
            &format!("/v1/sboms/{id}/diagnostics?severity=error&offset=1&limit=2"),
            &key,
        )
        .expect(200);
    assert_eq!(page["total"], errors);
    assert_eq!(page["validation"], "standard");
    assert_eq!(page["diagnostics"].as_array().map(Vec::len), Some(2));
    assert!(
        page["diagnostics"]
            .as_array()
            .into_iter()
            .flatten()
            .all(|d| d["severity"] == "error")
    );
    server
        .get_ok(&format!("/v1/sboms/{id}/diagnostics?severity=fatal"), &key)
        .expect(400);

    // The operator makes strict the tenant's default.
    let set = server.call(
        "PUT",
        "/v1/admin/tenants/t/validation",
        &admin,
        br#"{"validation":"strict"}"#,
    );
    set.expect(200);
    server
        .call(
            "PUT",
            "/v1/admin/tenants/t/validation",
            &admin,
            br#"{"validation":"loose"}"#,
        )
        .expect(400);
    server
        .call(
            "PUT",
            "/v1/admin/tenants/nobody/validation",
            &admin,
            br#"{"validation":"none"}"#,
        )
        .expect(404);
    let other = String::from_utf8_lossy(&body).replace("alpine-3.18-1", "alpine-3.18-3");
    server
        .call("POST", "/v1/sboms", &key, other.as_bytes())
        .expect(422);
    let kept = server
        .call(
            "POST",
            "/v1/sboms?validation=standard",
            &key,
            other.as_bytes(),
        )
        .expect(201);
    assert_eq!(kept["validation"], "standard");
}

#[test]
fn diagnostics_name_their_rules_and_sbom_validity_gates_on_them() {
    let cli = Cli::new();
    let doc = generator_spdx();
    let doc = doc.to_str().expect("utf-8 path");
    cli.ok(&["tenant", "create", "t", "--budget", "100000000000"]);
    let line = json(&cli.ok(&["--format", "json", "ingest", "--tenant", "t", doc]));
    let sbom_id = line["sbom_id"].as_str().expect("sbom id").to_string();
    let diagnostics = line["diagnostics"].as_array().expect("diagnostics").clone();
    assert!(!diagnostics.is_empty(), "{line}");
    for d in &diagnostics {
        let rule = d["rule"].as_str().unwrap_or("");
        assert!(
            rule.starts_with("spdx/"),
            "a diagnostic without its rule: {d}"
        );
    }
    let required = diagnostics
        .iter()
        .filter(|d| d["rule"] == "spdx/required-field")
        .count() as u64;
    assert!(required > 0, "{line}");

    // Listed by rule: a code, or a pattern with `*`.
    let by_rule = |pattern: &str| {
        json(&cli.ok(&[
            "--format",
            "json",
            "sbom",
            "diagnostics",
            "--tenant",
            "t",
            &sbom_id,
            "--rule",
            pattern,
        ]))
    };
    let page = by_rule("spdx/required-field");
    assert_eq!(page["total"], required);
    assert!(
        page["diagnostics"]
            .as_array()
            .into_iter()
            .flatten()
            .all(|d| d["rule"] == "spdx/required-field")
    );
    assert_eq!(by_rule("*/required-field")["total"], required);
    assert_eq!(by_rule("spdx/*")["total"], diagnostics.len() as u64);
    assert_eq!(by_rule("cyclonedx/*")["total"], 0);
    let table = cli.ok(&["sbom", "diagnostics", "--tenant", "t", &sbom_id]);
    assert!(
        table.contains("RULE") && table.contains("spdx/required-field"),
        "{table}"
    );

    // The gate: an enforced sbom-validity policy fails the SBOM (exit 2) without the data
    // having been refused; ignoring the rules it found lets it pass.
    cli.ok(&[
        "policy",
        "add",
        "--tenant",
        "t",
        "validity",
        "--plugin",
        "sbom-validity",
        "--enforce",
    ]);
    let out = cli.run(&["--format", "json", "policy", "eval", "--tenant", "t"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let findings = json(&cli.ok(&[
        "--format", "json", "findings", "--tenant", "t", "--sbom", &sbom_id,
    ]));
    let rules: Vec<&str> = findings
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f["rule_id"].as_str())
        .collect();
    assert!(
        rules.contains(&"validity/spdx/required-field"),
        "{findings}"
    );

    cli.ok(&[
        "policy",
        "add",
        "--tenant",
        "t",
        "validity",
        "--plugin",
        "sbom-validity",
        "--enforce",
        "--config",
        "ignore=spdx/*",
    ]);
    let out = cli.run(&["policy", "eval", "--tenant", "t"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A CycloneDX document of `n` components, each with one SHA-256 digest: valid, or not hex.
fn digests(n: usize, valid: bool) -> Vec<u8> {
    let digest = if valid {
        "ab".repeat(32)
    } else {
        "zz".repeat(32)
    };
    let components: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"type":"library","name":"c{i}","version":"1.{i}","hashes":[{{"alg":"SHA-256","content":"{digest}"}}]}}"#
            )
        })
        .collect();
    format!(
        r#"{{"bomFormat":"CycloneDX","specVersion":"1.6","version":1,"components":[{}]}}"#,
        components.join(",")
    )
    .into_bytes()
}

#[test]
fn thousands_of_diagnostics_cost_a_few_host_calls_and_less_than_the_parse() {
    use traceguard::gas::GasClass;
    let dir = tempdir();
    let service = service_in(dir.path(), test_config());
    service.create_tenant("t", 100_000_000_000).expect("tenant");
    let parse_at = |doc: &[u8], level: traceguard::state::Validation| {
        let mut options = opts(20_000_000_000);
        options.validation = Some(level);
        let report = service
            .parse("t", "cyclonedx", doc, &options)
            .expect("served");
        assert!(report.ok(), "{:?}", report.error);
        let diagnostics = match &report.output {
            Some(Output::Sbom { diagnostics, .. }) => diagnostics.len(),
            other => panic!("expected an SBOM, got {other:?}"),
        };
        (report.gas, diagnostics)
    };
    let parse = |doc: &[u8]| parse_at(doc, traceguard::state::Validation::Standard);
    let n = 3000;
    let (clean, none) = parse(&digests(n, true));
    let (dirty, kept) = parse(&digests(n, false));
    assert_eq!(none, 0);
    // At most 1,000 kept, plus the note that counts the rest.
    assert!(kept > 1000 && kept <= 1001, "{kept} diagnostics kept");
    // Batched: 1,001 diagnostics cross in one host call (a batch holds 1,024), not a thousand.
    let per_call = traceguard::gas::GasSchedule::default_schedule().price(GasClass::HostCall);
    let extra_calls = (dirty.get(GasClass::HostCall) - clean.get(GasClass::HostCall)) / per_call;
    assert_eq!(extra_calls, 1, "diagnostics took {extra_calls} host calls");
    // Everything the diagnostics add (bytes, rows, calls, the guest's work) costs less than
    // parsing the document.
    assert!(
        dirty.total() < 2 * clean.total(),
        "clean {} gas, with {kept} diagnostics {} gas",
        clean.total(),
        dirty.total()
    );
    // `none` skips the checks: the same document costs less than at `standard`. (A fresh
    // tenant: this one already stored the document.)
    service.create_tenant("u", 100_000_000_000).expect("tenant");
    let mut options = opts(20_000_000_000);
    options.validation = Some(traceguard::state::Validation::None);
    let unchecked = service
        .parse("u", "cyclonedx", &digests(n, false), &options)
        .expect("served");
    assert!(unchecked.ok(), "{:?}", unchecked.error);
    assert!(
        unchecked.gas.total() < dirty.total(),
        "none {} gas, standard {} gas",
        unchecked.gas.total(),
        dirty.total()
    );
}
