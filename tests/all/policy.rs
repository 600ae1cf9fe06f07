//! Tenant policies end to end through the binary: three real-world-style Rego rule sets and the
//! native policy plugins over corpus SBOMs with exact findings, validation at `policy add`,
//! policies that run out of gas, the `--enforce` gate, versioning, tenant isolation, and the
//! OSCAL report checked against NIST's schema.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::common::{Cli, root};

const SPDX: &str = "tests/corpora/spdx/SPDXJSONExample-v2.3.spdx.json";
const CDX: &str = "tests/corpora/cyclonedx/1.6/valid-bom-1.6.json";
const OSCAL_EXAMPLE: &str = "tests/corpora/oscal/ifa_assessment-results-example-min.json";

/// bom-refs of valid-bom-1.6.json (the third component has none, so the parser names it by
/// its JSON pointer).
const TOMCAT: &str = "pkg:maven/com.acme/tomcat-catalina@9.0.14?packaging=jar";
const MYLIBRARY: &str = "pkg:maven/com.example/myapplication@1.0.0?packaging=war";
const MYFRAMEWORK: &str = "#/components/2";

fn path(relative: &str) -> String {
    root().join(relative).to_string_lossy().into_owned()
}

/// A tenant `acme` with the SPDX 2.3 example and CycloneDX valid-bom-1.6 ingested.
fn setup() -> (Cli, String, String) {
    let cli = Cli::new();
    cli.ok(&["tenant", "create", "acme", "--budget", "100000000000"]);
    let out = cli.ok(&[
        "--format",
        "json",
        "ingest",
        "--tenant",
        "acme",
        &path(SPDX),
        &path(CDX),
    ]);
    let ids: Vec<String> = out
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("json line");
            v["sbom_id"].as_str().expect("sbom_id").to_string()
        })
        .collect();
    assert_eq!(ids.len(), 2, "{out}");
    (cli, ids[0].clone(), ids[1].clone())
}

fn add_rego(cli: &Cli, name: &str, file: &str, extra: &[&str]) -> Value {
    let mut args = vec![
        "--format", "json", "policy", "add", "--tenant", "acme", name,
    ];
    let file = path(file);
    args.push(&file);
    args.extend_from_slice(extra);
    serde_json::from_str(&cli.ok(&args)).expect("json")
}

fn add_plugin(cli: &Cli, name: &str, plugin: &str, config: &[&str]) -> Value {
    let mut args = vec![
        "--format", "json", "policy", "add", "--tenant", "acme", name, "--plugin", plugin,
    ];
    for c in config {
        args.push("--config");
        args.push(c);
    }
    serde_json::from_str(&cli.ok(&args)).expect("json")
}

/// Runs `policy eval` and returns the exit code and the JSON output.
fn eval(cli: &Cli, tenant: &str, sbom: &str, extra: &[&str]) -> (Option<i32>, Value) {
    let mut args = vec![
        "--format", "json", "policy", "eval", "--tenant", tenant, "--sbom", sbom,
    ];
    args.extend_from_slice(extra);
    let out = cli.run(&args);
    let json = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "policy eval printed no JSON ({e}):\n{}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (out.status.code(), json)
}

/// The latest stored results on an SBOM, by policy name.
fn report(cli: &Cli, sbom: &str) -> Vec<Value> {
    let out = cli.ok(&[
        "--format", "json", "policy", "report", "--tenant", "acme", "--sbom", sbom,
    ]);
    let v: Value = serde_json::from_str(&out).expect("json");
    v["results"].as_array().expect("results").clone()
}

type Found = BTreeSet<(String, String, Option<String>)>;

fn findings_of(result: &Value) -> Found {
    result["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["rule_id"].as_str().expect("rule").to_string(),
                f["severity"].as_str().expect("severity").to_string(),
                f["component_ref"].as_str().map(str::to_string),
            )
        })
        .collect()
}

fn expect(entries: &[(&str, &str, Option<&str>)]) -> Found {
    entries
        .iter()
        .map(|(r, s, c)| (r.to_string(), s.to_string(), c.map(str::to_string)))
        .collect()
}

fn result<'a>(results: &'a [Value], policy: &str) -> &'a Value {
    results
        .iter()
        .find(|r| r["policy"] == policy)
        .unwrap_or_else(|| panic!("no result for {policy} in {results:?}"))
}

#[test]
fn rego_rule_sets_find_the_expected_findings_in_corpus_sboms() {
    let (cli, spdx, cdx) = setup();
    for (name, file) in [
        ("licences", "examples/policies/licences.rego"),
        ("provenance", "examples/policies/provenance.rego"),
        ("banned", "examples/policies/banned.rego"),
    ] {
        let added = add_rego(&cli, name, file, &[]);
        assert_eq!(added["version"], 1);
        assert_eq!(added["change"], "created");
    }

    // Nothing is enforced, so failing policies do not fail the command.
    let (code, out) = eval(&cli, "acme", &spdx, &[]);
    assert_eq!(code, Some(0), "{out}");
    assert_eq!(out["policies"].as_array().expect("policies").len(), 3);
    let (code, _) = eval(&cli, "acme", &cdx, &[]);
    assert_eq!(code, Some(0));

    // SPDX 2.3 example: four packages and five files (files carry no purl or supplier).
    let results = report(&cli, &spdx);
    let licences = result(&results, "licences");
    assert_eq!(licences["status"], "fail");
    assert_eq!(
        findings_of(licences),
        expect(&[
            ("license/not-approved", "error", Some("SPDXRef-Package")),
            ("license/not-approved", "error", Some("SPDXRef-Saxon")),
            ("license/not-approved", "error", Some("SPDXRef-JenaLib")),
            ("license/not-approved", "error", Some("SPDXRef-File")),
            ("license/weak-copyleft", "warning", Some("SPDXRef-Package")),
            ("license/weak-copyleft", "warning", Some("SPDXRef-Saxon")),
            ("license/weak-copyleft", "warning", Some("SPDXRef-File")),
            ("license/missing", "warning", Some("SPDXRef-fromDoap-1")),
            ("license/missing", "warning", Some("SPDXRef-fromDoap-0")),
            ("license/missing", "warning", Some("SPDXRef-Specification")),
        ])
    );
    let provenance = result(&results, "provenance");
    assert_eq!(provenance["status"], "fail");
    let weak_hash = [
        "SPDXRef-fromDoap-1",
        "SPDXRef-fromDoap-0",
        "SPDXRef-Saxon",
        "SPDXRef-DoapSource",
        "SPDXRef-CommonsLangSrc",
        "SPDXRef-JenaLib",
        "SPDXRef-Specification",
        "SPDXRef-File",
    ];
    let mut expected: Vec<(&str, &str, Option<&str>)> = weak_hash
        .iter()
        .map(|r| ("provenance/no-strong-hash", "error", Some(*r)))
        .collect();
    for r in ["SPDXRef-Package", "SPDXRef-fromDoap-1", "SPDXRef-Saxon"] {
        expected.push(("provenance/no-purl", "error", Some(r)));
    }
    for r in ["SPDXRef-fromDoap-1", "SPDXRef-fromDoap-0", "SPDXRef-Saxon"] {
        expected.push(("provenance/no-supplier", "warning", Some(r)));
    }
    assert_eq!(findings_of(provenance), expect(&expected));
    let banned = result(&results, "banned");
    assert_eq!(
        findings_of(banned),
        expect(&[("banned/vulnerable", "error", Some("SPDXRef-fromDoap-0"))])
    );
    assert_eq!(
        banned["findings"][0]["message"],
        "apache-jena 3.12.0 is affected by CVE-2021-39239"
    );

    // CycloneDX valid-bom-1.6: three components, all with SHA-256 hashes and purls.
    let results = report(&cli, &cdx);
    assert_eq!(
        findings_of(result(&results, "licences")),
        expect(&[
            ("license/not-approved", "error", Some(MYLIBRARY)),
            ("license/not-approved", "error", Some(MYFRAMEWORK)),
            ("license/weak-copyleft", "warning", Some(MYLIBRARY)),
        ])
    );
    let provenance = result(&results, "provenance");
    assert_eq!(provenance["status"], "pass", "warnings only");
    assert_eq!(
        findings_of(provenance),
        // tomcat-catalina has no `supplier` but a `publisher`, which the parser takes instead.
        expect(&[("provenance/no-supplier", "warning", Some(MYFRAMEWORK))])
    );
    let banned = result(&results, "banned");
    assert_eq!(banned["status"], "fail");
    assert_eq!(
        findings_of(banned),
        expect(&[("banned/vulnerable", "error", Some(TOMCAT))])
    );
    assert_eq!(
        banned["findings"][0]["message"],
        "tomcat-catalina 9.0.14 is affected by CVE-2020-1938 (Ghostcat)"
    );
    assert_eq!(
        banned["findings"][0]["remediation"],
        "upgrade to 9.0.31 or later"
    );

    // The findings command sees the same rows, filtered by SBOM and severity.
    let out = cli.ok(&[
        "--format",
        "json",
        "findings",
        "--tenant",
        "acme",
        "--sbom",
        &cdx,
        "--severity",
        "error",
    ]);
    let rows: Vec<Value> = serde_json::from_str(&out).expect("json");
    assert_eq!(rows.len(), 3, "{out}");
    assert!(rows.iter().all(|r| r["sbom_id"] == cdx.as_str()));
}

#[test]
fn native_policy_plugins_run_from_the_binary() {
    let (cli, spdx, cdx) = setup();
    add_plugin(&cli, "fields", "required-fields", &[]);
    add_plugin(
        &cli,
        "no-old-jena",
        "banned-packages",
        &["banned=pkg:maven/org.apache.jena/apache-jena@3.*"],
    );
    add_plugin(&cli, "fresh", "sbom-age", &["max-days=365"]);
    let (code, _) = eval(&cli, "acme", &spdx, &[]);
    assert_eq!(code, Some(0));
    let results = report(&cli, &spdx);

    let mut expected = vec![
        ("fields/missing-hash", "error", Some("SPDXRef-fromDoap-1")),
        ("fields/missing-hash", "error", Some("SPDXRef-fromDoap-0")),
    ];
    for r in [
        "SPDXRef-Package",
        "SPDXRef-fromDoap-1",
        "SPDXRef-Saxon",
        "SPDXRef-DoapSource",
        "SPDXRef-CommonsLangSrc",
        "SPDXRef-JenaLib",
        "SPDXRef-Specification",
        "SPDXRef-File",
    ] {
        expected.push(("fields/missing-purl", "error", Some(r)));
    }
    assert_eq!(findings_of(result(&results, "fields")), expect(&expected));
    assert_eq!(
        findings_of(result(&results, "no-old-jena")),
        expect(&[("banned/package", "error", Some("SPDXRef-fromDoap-0"))])
    );
    // Created 2010-01-29: far older than a year, whatever today is.
    assert_eq!(
        findings_of(result(&results, "fresh")),
        expect(&[("age/too-old", "error", None)])
    );

    // valid-bom-1.6 has a hash and a purl on every component and no Jena.
    eval(&cli, "acme", &cdx, &[]);
    let results = report(&cli, &cdx);
    assert_eq!(result(&results, "fields")["status"], "pass");
    assert!(findings_of(result(&results, "fields")).is_empty());
    assert_eq!(result(&results, "no-old-jena")["status"], "pass");

    // A bad configuration is refused at `policy add`, by the plugin itself.
    let err = cli.fails(&[
        "policy",
        "add",
        "--tenant",
        "acme",
        "bad",
        "--plugin",
        "required-fields",
        "--config",
        "require=colour",
    ]);
    assert!(err.contains("policy `bad` is invalid"), "{err}");
    assert!(err.contains("colour"), "{err}");
}

#[test]
fn invalid_rego_is_refused_at_policy_add_with_line_and_column() {
    let (cli, _, _) = setup();
    let dir = crate::common::tempdir();
    let broken = dir.path().join("broken.rego");
    std::fs::write(
        &broken,
        "package traceguard\n\ndeny contains msg if {\n    msg := \"x\"\n    some c in\n}\n",
    )
    .expect("write");
    let err = cli.fails(&[
        "policy",
        "add",
        "--tenant",
        "acme",
        "broken",
        broken.to_str().expect("path"),
    ]);
    assert!(err.contains("line 6 column 1"), "{err}");
    assert!(err.contains("expecting expression"), "{err}");
    assert!(err.contains("broken.rego"), "names the file: {err}");

    let wrong_package = dir.path().join("other.rego");
    std::fs::write(
        &wrong_package,
        "package other\n\ndeny contains \"x\" if true\n",
    )
    .expect("write");
    let err = cli.fails(&[
        "policy",
        "add",
        "--tenant",
        "acme",
        "other",
        wrong_package.to_str().expect("path"),
    ]);
    assert!(
        err.contains("does not define `data.traceguard.deny`"),
        "{err}"
    );
    // With the matching query it is accepted.
    cli.ok(&[
        "policy",
        "add",
        "--tenant",
        "acme",
        "other",
        wrong_package.to_str().expect("path"),
        "--query",
        "data.other.deny",
    ]);

    let listed: Vec<Value> =
        serde_json::from_str(&cli.ok(&["--format", "json", "policy", "list", "--tenant", "acme"]))
            .expect("json");
    let names: Vec<&str> = listed.iter().filter_map(|p| p["name"].as_str()).collect();
    assert_eq!(names, ["other"], "refused policies are not stored");

    let err = cli.fails(&[
        "policy",
        "add",
        "--tenant",
        "acme",
        "moded",
        &path("examples/policies/banned.rego"),
        "--plugin",
        "rego",
    ]);
    assert!(err.contains("cannot be used with"), "{err}");
    let err = cli.fails(&[
        "policy",
        "add",
        "--tenant",
        "acme",
        "moded",
        "--plugin",
        "sbom-age",
        "--config",
        "mode=check",
    ]);
    assert!(err.contains("`mode` is reserved"), "{err}");
    let err = cli.fails(&[
        "policy", "add", "--tenant", "nobody", "x", "--plugin", "sbom-age",
    ]);
    assert!(err.contains("unknown tenant `nobody`"), "{err}");
}

/// Policies that loop (four nested iterations over every component) or build a huge value
/// stop at their gas limit: charged the limit, recorded as an `error` result with no
/// findings, and the next evaluation runs normally.
#[test]
fn looping_and_huge_policies_run_out_of_gas_cleanly() {
    let (cli, _, _) = setup();
    let out = cli.ok(&[
        "--format",
        "json",
        "ingest",
        "--tenant",
        "acme",
        &path("examples/sboms/traceguard-host.cdx.json"),
    ]);
    let sample: Value = serde_json::from_str(out.trim()).expect("json");
    let sample = sample["sbom_id"].as_str().expect("id").to_string();
    let dir = crate::common::tempdir();
    let write = |name: &str, text: &str| {
        let file = dir.path().join(name);
        std::fs::write(&file, text).expect("write");
        file.to_string_lossy().into_owned()
    };
    let looping = write(
        "loop.rego",
        "package traceguard\n\ndeny contains a.name if {\n  some a in input.components\n  some b in input.components\n  some c in input.components\n  some d in input.components\n  a.name == concat(\"\", [b.name, c.name, d.name])\n}\n",
    );
    let huge = write(
        "huge.rego",
        "package traceguard\n\ndeny contains \"big\" if {\n  count(input.components) > 0\n  big := [x | some x in numbers.range(1, 100000000)]\n  count(big) > 0\n}\n",
    );
    cli.ok(&[
        "policy",
        "add",
        "--tenant",
        "acme",
        "loop",
        &looping,
        "--enforce",
    ]);
    cli.ok(&["policy", "add", "--tenant", "acme", "huge", &huge]);
    add_rego(&cli, "banned", "examples/policies/banned.rego", &[]);

    let before = balance(&cli);
    let limit = 20_000_000u64;
    let mut charged = 0;
    for name in ["loop", "huge"] {
        let (code, out) = eval(
            &cli,
            "acme",
            &sample,
            &["--policy", name, "--gas-limit", &limit.to_string()],
        );
        let p = &out["policies"][0];
        assert_eq!(p["status"], "error", "{p}");
        assert_eq!(p["report"]["outcome"], "out_of_gas", "{p}");
        assert_eq!(p["report"]["gas_used"], limit, "the whole limit is charged");
        charged += limit;
        // Only `loop` is enforced: its error fails the gate, `huge`'s is only reported.
        let expected = if name == "loop" { 2 } else { 0 };
        assert_eq!(code, Some(expected), "{name}: {out}");
    }
    // The next evaluation, under the default limit, runs normally.
    let (code, out) = eval(&cli, "acme", &sample, &["--policy", "banned"]);
    assert_eq!(code, Some(0));
    let banned = &out["policies"][0];
    assert_eq!(banned["status"], "pass", "the host kept serving: {banned}");
    charged += banned["report"]["gas_used"].as_u64().expect("gas");
    assert_eq!(
        before - balance(&cli),
        charged,
        "budget moved by what was charged"
    );

    let results = report(&cli, &sample);
    for name in ["loop", "huge"] {
        let r = result(&results, name);
        assert_eq!(r["status"], "error");
        assert!(r["findings"].as_array().expect("findings").is_empty());
        assert!(r["error"].as_str().expect("error").contains("gas"), "{r}");
        assert_eq!(r["gas_used"], limit);
    }
}

fn balance(cli: &Cli) -> u64 {
    let out = cli.ok(&["--format", "json", "gas", "budget", "--tenant", "acme"]);
    let v: Value = serde_json::from_str(&out).expect("json");
    v["available"].as_u64().expect("available")
}

#[test]
fn enforced_policies_gate_the_exit_code() {
    let (cli, spdx, cdx) = setup();
    add_rego(&cli, "banned", "examples/policies/banned.rego", &[]);
    let (code, _) = eval(&cli, "acme", &cdx, &[]);
    assert_eq!(
        code,
        Some(0),
        "a failing policy without --enforce only reports"
    );

    // Re-adding with --enforce is a new version of the same policy.
    let added = add_rego(
        &cli,
        "banned",
        "examples/policies/banned.rego",
        &["--enforce"],
    );
    assert_eq!(added["version"], 2);
    assert_eq!(added["change"], "updated");
    let out = cli.run(&["policy", "eval", "--tenant", "acme", "--sbom", &cdx]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("enforced policies not passed: banned"),
        "{stderr}"
    );

    add_rego(
        &cli,
        "provenance",
        "examples/policies/provenance.rego",
        &["--enforce"],
    );
    let (code, out) = eval(&cli, "acme", &cdx, &["--policy", "provenance"]);
    assert_eq!(code, Some(0), "an enforced policy that passes: {out}");
    let (code, _) = eval(&cli, "acme", &spdx, &["--policy", "provenance"]);
    assert_eq!(code, Some(2));
    let err = cli.fails(&["policy", "eval", "--tenant", "acme", "--policy", "nope"]);
    assert!(err.contains("has no policy `nope`"), "{err}");
}

#[test]
fn policies_are_versioned_and_content_addressed() {
    let (cli, _, cdx) = setup();
    let v1 = add_rego(&cli, "licences", "examples/policies/licences.rego", &[]);
    let again = add_rego(&cli, "licences", "examples/policies/licences.rego", &[]);
    assert_eq!(again["change"], "unchanged");
    assert_eq!(again["version"], 1);
    assert_eq!(again["id"], v1["id"]);

    let dir = crate::common::tempdir();
    let edited = dir.path().join("licences.rego");
    let source = std::fs::read_to_string(path("examples/policies/licences.rego")).expect("read");
    std::fs::write(
        &edited,
        source.replace("\"Zlib\",", "\"Zlib\", \"EPL-2.0\","),
    )
    .expect("write");
    let v2: Value = serde_json::from_str(&cli.ok(&[
        "--format",
        "json",
        "policy",
        "add",
        "--tenant",
        "acme",
        "licences",
        edited.to_str().expect("path"),
    ]))
    .expect("json");
    assert_eq!(v2["version"], 2);
    assert_ne!(v2["id"], v1["id"]);

    eval(&cli, "acme", &cdx, &[]);
    let results = report(&cli, &cdx);
    let licences = result(&results, "licences");
    assert_eq!(licences["version"], 2);
    assert_eq!(licences["policy_id"], v2["id"]);
    // With EPL-2.0 approved, mylibrary's `EPL-2.0 OR GPL-2.0-with-classpath-exception` passes.
    assert_eq!(
        findings_of(licences),
        expect(&[
            ("license/not-approved", "error", Some(MYFRAMEWORK)),
            ("license/weak-copyleft", "warning", Some(MYLIBRARY)),
        ])
    );

    // The id is the content address: the same definition has the same id in another database.
    let other = Cli::new();
    other.ok(&["tenant", "create", "acme", "--budget", "1000000000"]);
    let elsewhere: Value = serde_json::from_str(&other.ok(&[
        "--format",
        "json",
        "policy",
        "add",
        "--tenant",
        "acme",
        "renamed",
        &path("examples/policies/licences.rego"),
    ]))
    .expect("json");
    assert_eq!(elsewhere["id"], v1["id"]);
}

#[test]
fn tenants_see_only_their_own_policies_and_sboms() {
    let (cli, spdx, _) = setup();
    add_rego(&cli, "banned", "examples/policies/banned.rego", &[]);
    eval(&cli, "acme", &spdx, &[]);
    cli.ok(&["tenant", "create", "other", "--budget", "1000000000"]);

    let err = cli.fails(&["policy", "eval", "--tenant", "other", "--sbom", &spdx]);
    assert!(err.contains("has no policies"), "{err}");
    add_rego_for(&cli, "other", "banned", "examples/policies/banned.rego");
    let err = cli.fails(&["policy", "eval", "--tenant", "other", "--sbom", &spdx]);
    assert!(err.contains("tenant `other` has no SBOM"), "{err}");
    let err = cli.fails(&["policy", "report", "--tenant", "other", "--sbom", &spdx]);
    assert!(err.contains("tenant `other` has no SBOM"), "{err}");
    let listed: Vec<Value> =
        serde_json::from_str(&cli.ok(&["--format", "json", "policy", "list", "--tenant", "other"]))
            .expect("json");
    assert_eq!(listed.len(), 1);
    let findings: Vec<Value> =
        serde_json::from_str(&cli.ok(&["--format", "json", "findings", "--tenant", "other"]))
            .expect("json");
    assert!(findings.is_empty(), "acme's findings are not other's");
}

fn add_rego_for(cli: &Cli, tenant: &str, name: &str, file: &str) {
    cli.ok(&["policy", "add", "--tenant", tenant, name, &path(file)]);
}

/// NIST's assessment-results JSON schema of the OSCAL version the report declares
/// ([`traceguard::oscal::OSCAL_VERSION`]), compiled once (draft-07, formats checked).
fn oscal_validator() -> &'static jsonschema::Validator {
    static VALIDATOR: std::sync::OnceLock<jsonschema::Validator> = std::sync::OnceLock::new();
    VALIDATOR.get_or_init(|| {
        let version = traceguard::oscal::OSCAL_VERSION;
        let file = path(&format!(
            "tests/corpora/oscal/oscal_assessment-results_schema-{version}.json"
        ));
        let text = std::fs::read(&file).unwrap_or_else(|e| {
            panic!("{file}: {e}; see tests/corpora/oscal/README.md for where it comes from")
        });
        let schema: Value = serde_json::from_slice(&text).expect("the schema is JSON");
        assert_eq!(
            schema["$id"],
            format!("http://csrc.nist.gov/ns/oscal/{version}/oscal-ar-schema.json"),
            "the schema is NIST's for OSCAL {version}"
        );
        jsonschema::draft7::options()
            .should_validate_formats(true)
            .build(&schema)
            .unwrap_or_else(|e| panic!("{file} does not compile: {e}"))
    })
}

/// Validates `doc` against the official OSCAL assessment-results schema: `None` when valid,
/// else every error with where it is.
fn oscal_errors(doc: &Value) -> Option<String> {
    let errors: Vec<String> = oscal_validator()
        .iter_errors(doc)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    (!errors.is_empty()).then(|| errors.join("\n"))
}

#[test]
fn oscal_report_validates_against_the_official_schema_and_is_reproducible() {
    let (cli, _, cdx) = setup();
    for (name, file) in [
        ("licences", "examples/policies/licences.rego"),
        ("provenance", "examples/policies/provenance.rego"),
        ("banned", "examples/policies/banned.rego"),
    ] {
        add_rego(&cli, name, file, &[]);
    }
    add_plugin(&cli, "fields", "required-fields", &[]);
    eval(&cli, "acme", &cdx, &[]);

    let args = [
        "--format", "oscal", "policy", "report", "--tenant", "acme", "--sbom", &cdx,
    ];
    let first = cli.ok(&args);
    assert_eq!(first, cli.ok(&args), "the same results give the same bytes");
    let doc: Value = serde_json::from_str(&first).expect("json");
    assert_eq!(
        doc["assessment-results"]["metadata"]["oscal-version"],
        traceguard::oscal::OSCAL_VERSION
    );
    if let Some(errors) = oscal_errors(&doc) {
        panic!("OSCAL output is invalid:\n{errors}\n{first}");
    }

    // The validator is not a rubber stamp: NIST's own example passes, a broken copy fails.
    let example: Value =
        serde_json::from_slice(&std::fs::read(path(OSCAL_EXAMPLE)).expect("example"))
            .expect("json");
    assert!(oscal_errors(&example).is_none());
    let mut broken = doc.clone();
    broken["assessment-results"]["results"][0]
        .as_object_mut()
        .expect("result")
        .remove("start");
    assert!(oscal_errors(&broken).is_some());
    let mut broken = doc.clone();
    broken["assessment-results"]["uuid"] = Value::from("not-a-uuid");
    assert!(oscal_errors(&broken).is_some());
    // OSCAL UUIDs are version 4 or 5: a version-3 UUID is refused.
    let mut broken = doc.clone();
    broken["assessment-results"]["uuid"] = Value::from("464f3e58-89fe-32f9-992a-e9de52b1094f");
    assert!(oscal_errors(&broken).is_some());
    // The token patterns (`\p{L}` classes) are in force: a token may not start with a digit.
    let mut broken = doc.clone();
    broken["assessment-results"]["results"][0]["findings"][0]["target"]["target-id"] =
        Value::from("1st rule");
    assert!(oscal_errors(&broken).is_some());
    let mut broken = doc.clone();
    broken["assessment-results"]["metadata"]["last-modified"] = Value::from("yesterday");
    assert!(oscal_errors(&broken).is_some());

    // One observation per finding (+ one for the policy with none), one OSCAL finding per
    // rule (+ one for that policy); a rule is not satisfied when it raised an error.
    let result = &doc["assessment-results"]["results"][0];
    let observations = result["observations"].as_array().expect("observations");
    assert_eq!(
        observations.len(),
        3 + 1 + 1 + 1,
        "licences 3, provenance 1, banned 1, fields 0+1"
    );
    let states: BTreeSet<(String, String)> = result["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["target"]["target-id"]
                    .as_str()
                    .expect("target")
                    .to_string(),
                f["target"]["status"]["state"]
                    .as_str()
                    .expect("state")
                    .to_string(),
            )
        })
        .collect();
    let expected: BTreeSet<(String, String)> = [
        ("banned.banned_vulnerable", "not-satisfied"),
        ("fields", "satisfied"),
        ("licences.license_not-approved", "not-satisfied"),
        ("licences.license_weak-copyleft", "satisfied"),
        ("provenance.provenance_no-supplier", "satisfied"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    assert_eq!(states, expected);
    let tomcat_subject = observations
        .iter()
        .filter(|o| o["subjects"][0]["title"] == TOMCAT)
        .count();
    assert_eq!(
        tomcat_subject, 1,
        "the banned observation names the component"
    );

    // Table and CSV: the table prints; CSV and oscal elsewhere are refused.
    let table = cli.ok(&["policy", "report", "--tenant", "acme", "--sbom", &cdx]);
    assert!(
        table.contains("banned") && table.contains("FAIL"),
        "{table}"
    );
    let err = cli.fails(&["--format", "oscal", "sbom", "list", "--tenant", "acme"]);
    assert!(err.contains("only for `policy report`"), "{err}");
}
