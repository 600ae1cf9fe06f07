//! The real binary: every command, its output formats, and its errors.

use crate::common::*;

fn sample_path() -> String {
    root()
        .join("examples/sboms/traceguard-host.cdx.json")
        .to_string_lossy()
        .into_owned()
}

/// The line of `out` that starts with `prefix` (after indentation).
fn line_starting<'a>(out: &'a str, prefix: &str) -> &'a str {
    out.lines()
        .map(str::trim_start)
        .find(|l| l.starts_with(prefix))
        .unwrap_or_else(|| panic!("no line starting with {prefix:?} in:\n{out}"))
}

#[test]
fn demo_ingests_evaluates_and_reports() {
    // What the bundled sample implies: its size and name, and that exactly one component
    // (webpki-roots, CDLA-Permissive-2.0) is under a licence that the default allow-list of
    // `license-policy` (permissive licences) does not satisfy. Every other component has an
    // expression with an allowed alternative (checked by the policy's own tests).
    let sample: serde_json::Value =
        serde_json::from_slice(&std::fs::read(sample_path()).expect("sample")).expect("json");
    let components = sample["components"].as_array().expect("components");
    let cdla: Vec<&serde_json::Value> = components
        .iter()
        .filter(|c| c["licenses"].to_string().contains("CDLA-Permissive-2.0"))
        .collect();
    assert_eq!(
        cdla.len(),
        1,
        "the sample has one CDLA-Permissive-2.0 component"
    );
    let webpki = cdla[0];
    assert_eq!(webpki["name"], "webpki-roots");
    let bom_ref = webpki["bom-ref"].as_str().expect("bom-ref");

    let cli = Cli::new();
    let out = cli.ok(&["demo"]);
    let sbom = line_starting(&out, "sbom ")
        .strip_prefix("sbom ")
        .expect("sbom id")
        .to_string();
    let described = format!(
        "cyclonedx {}  {}@{}  {} components,",
        sample["specVersion"].as_str().expect("specVersion"),
        sample["metadata"]["component"]["name"]
            .as_str()
            .expect("name"),
        sample["metadata"]["component"]["version"]
            .as_str()
            .expect("version"),
        components.len()
    );
    assert!(
        line_starting(&out, "cyclonedx ").starts_with(&described),
        "{described:?} in:\n{out}"
    );
    // The verdict: the policy failed with exactly that one error finding.
    assert_eq!(
        line_starting(&out, "policy "),
        format!("policy FAILED on sbom {sbom}: 1 finding(s)")
    );
    let finding: Vec<&str> = line_starting(&out, "error ").split_whitespace().collect();
    assert_eq!(
        finding[..4],
        [
            "error",
            "license/not-allowed",
            bom_ref,
            &format!(
                "webpki-roots@{}",
                webpki["version"].as_str().expect("version")
            )
        ],
        "{out}"
    );
    assert!(out.contains("CDLA-Permissive-2.0, which the allow-list does not satisfy"));
    let used: Vec<u64> = out
        .lines()
        .filter_map(|l| l.strip_prefix("gas: limit "))
        .map(|l| {
            let used = l.split_whitespace().nth(2).expect("used");
            used.parse().expect("gas used")
        })
        .collect();
    assert_eq!(used.len(), 2, "one gas line per invocation:\n{out}");

    // The stored findings are the printed ones.
    let findings: serde_json::Value =
        serde_json::from_str(&cli.ok(&["--format", "json", "findings", "--tenant", "demo"]))
            .expect("json findings");
    assert_eq!(findings.as_array().map(Vec::len), Some(1), "{findings}");
    let f = &findings[0];
    assert_eq!(
        (
            &f["policy"],
            &f["sbom_id"],
            &f["rule_id"],
            &f["severity"],
            &f["component_ref"]
        ),
        (
            &"license-policy".into(),
            &sbom.as_str().into(),
            &"license/not-allowed".into(),
            &"error".into(),
            &bom_ref.into()
        )
    );

    // The gas report: one successful call of each plugin, charged what the demo printed.
    let json = cli.ok(&["--format", "json", "gas", "report", "--tenant", "demo"]);
    let rows: serde_json::Value = serde_json::from_str(&json).expect("json report");
    let rows: Vec<(&str, &str, u64, u64, u64)> = rows
        .as_array()
        .expect("array")
        .iter()
        .map(|r| {
            // The classes add up to the total.
            let gas = r["gas"].as_object().expect("gas classes");
            let total = gas["total"].as_u64().expect("total");
            let classes: u64 = gas
                .iter()
                .filter(|(class, _)| *class != "total")
                .filter_map(|(_, v)| v.as_u64())
                .sum();
            assert_eq!(classes, total, "{r}");
            (
                r["plugin"].as_str().expect("plugin"),
                r["kind"].as_str().expect("kind"),
                r["invocations"].as_u64().expect("invocations"),
                r["failed"].as_u64().expect("failed"),
                total,
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("cyclonedx", "sbom-parser", 1, 0, used[0]),
            ("license-policy", "policy", 1, 0, used[1]),
        ]
    );
}

#[test]
fn impossible_report_dates_are_refused_naming_the_value() {
    let cli = Cli::new();
    cli.ok(&["tenant", "create", "acme", "--budget", "1000"]);
    for (flag, date) in [
        ("--from", "2024-02-31"),
        ("--to", "2023-02-29"),
        ("--from", "2024-13-01"),
    ] {
        let out = cli.run(&["gas", "report", "--tenant", "acme", flag, date]);
        let err = String::from_utf8_lossy(&out.stderr);
        // A usage error (exit code 2) that names the flag and the value, not a database error.
        assert_eq!(out.status.code(), Some(2), "{flag} {date}: {err}");
        assert!(
            err.contains(flag)
                && err.contains(&format!("`{date}`"))
                && err.contains("not a calendar date"),
            "{flag} {date}: {err}"
        );
        assert!(!err.to_lowercase().contains("conversion"), "{err}");
    }
    let err = cli.fails(&["gas", "report", "--from", "2024-2-3"]);
    assert!(err.contains("use YYYY-MM-DD"), "{err}");
    // A real leap day is a date.
    cli.ok(&[
        "gas",
        "report",
        "--tenant",
        "acme",
        "--from",
        "2024-02-29",
        "--to",
        "2024-03-01",
    ]);
}

#[test]
fn tenants_invocations_and_reports() {
    let cli = Cli::new();
    cli.ok(&["tenant", "create", "acme", "--budget", "5000000000"]);
    assert!(
        cli.fails(&["tenant", "create", "acme", "--budget", "1"])
            .contains("already exists")
    );
    assert!(
        cli.fails(&["tenant", "create", "no spaces", "--budget", "1"])
            .contains("invalid tenant name")
    );
    let listed: serde_json::Value =
        serde_json::from_str(&cli.ok(&["--format", "json", "tenant", "list"])).expect("json");
    assert_eq!(listed[0]["name"], "acme");
    assert_eq!(listed[0]["budget"], 5_000_000_000u64);

    let parsed: serde_json::Value = serde_json::from_str(&cli.ok(&[
        "--format",
        "json",
        "invoke",
        "--tenant",
        "acme",
        "cyclonedx",
        &sample_path(),
    ]))
    .expect("json");
    assert_eq!(parsed["outcome"], "ok");
    assert_eq!(parsed["output"]["components"], 329);
    assert_eq!(parsed["output"]["spec_version"], "1.5");
    let used = parsed["gas_used"].as_u64().expect("gas_used");
    assert_eq!(parsed["gas"]["total"].as_u64(), Some(used));

    let policy = cli.run(&[
        "invoke",
        "--tenant",
        "acme",
        "license-policy",
        "--config",
        "allow=MIT",
    ]);
    assert_eq!(
        policy.status.code(),
        Some(2),
        "a policy that ran and failed exits 2"
    );
    let text = String::from_utf8_lossy(&policy.stdout);
    assert!(
        text.contains("policy FAILED") && text.contains("license/not-allowed"),
        "{text}"
    );

    let csv = cli.ok(&["--format", "csv", "gas", "report", "--tenant", "acme"]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(
            "TENANT,PLUGIN,KIND,INVOCATIONS,FAILED,base,instruction,host_call,byte_in,byte_out,row_written,row_read,memory_page,TOTAL,ENERGY_WH,CO2E_G"
        )
    );
    let cyclonedx = lines
        .find(|l| l.starts_with("acme,cyclonedx,"))
        .expect("cyclonedx row");
    let cells: Vec<&str> = cyclonedx.split(',').collect();
    assert_eq!(cells[13], used.to_string(), "{cyclonedx} totals {used}");

    let later = cli.ok(&[
        "--format",
        "json",
        "gas",
        "report",
        "--tenant",
        "acme",
        "--from",
        "2099-01-01",
    ]);
    assert_eq!(later.trim(), "[]", "nothing happened in 2099");
    assert!(
        cli.fails(&["gas", "report", "--from", "yesterday"])
            .contains("use YYYY-MM-DD")
    );

    let findings: serde_json::Value = serde_json::from_str(&cli.ok(&[
        "--format",
        "json",
        "findings",
        "--tenant",
        "acme",
        "--severity",
        "error",
    ]))
    .expect("json");
    assert!(!findings.as_array().expect("array").is_empty());
    let budget = cli.ok(&["gas", "budget", "--tenant", "acme", "--set", "9000000000"]);
    assert!(budget.contains("budget 9000000000"), "{budget}");
}

#[test]
fn errors_say_what_failed_and_what_to_do() {
    let cli = Cli::new();
    cli.ok(&["tenant", "create", "small", "--budget", "100000"]);
    let sample = sample_path();
    let e = cli.fails(&["invoke", "--tenant", "ghost", "cyclonedx", &sample]);
    assert!(
        e.contains("unknown tenant `ghost`") && e.contains("tenant create"),
        "{e}"
    );
    let e = cli.fails(&["invoke", "--tenant", "small", "no-such-plugin", &sample]);
    assert!(
        e.contains("unknown plugin `no-such-plugin`") && e.contains("plugin list"),
        "{e}"
    );
    let e = cli.fails(&[
        "invoke",
        "--tenant",
        "small",
        "cyclonedx",
        &sample,
        "--gas-limit",
        "200000",
    ]);
    assert!(
        e.contains("cannot reserve 200000 gas") && e.contains("gas budget"),
        "{e}"
    );
    let e = cli.fails(&[
        "invoke",
        "--tenant",
        "small",
        "cyclonedx",
        &sample,
        "--gas-limit",
        "90000",
    ]);
    assert!(e.contains("out of gas") && e.contains("--gas-limit"), "{e}");
    let e = cli.fails(&[
        "invoke",
        "--tenant",
        "small",
        "cyclonedx",
        "/nonexistent/sbom.json",
    ]);
    assert!(e.contains("cannot read /nonexistent/sbom.json"), "{e}");
    let junk = cli.dir.path().join("junk.wasm");
    std::fs::write(&junk, b"not wasm at all").expect("write");
    let e = cli.fails(&["plugin", "install", junk.to_str().expect("path")]);
    assert!(
        e.contains("not a valid WebAssembly component") && e.contains("wasm32-wasip2"),
        "{e}"
    );
}

#[test]
fn plugins_are_listed_and_inspected() {
    let cli = Cli::new();
    let list = cli.ok(&["plugin", "list"]);
    for name in ["cyclonedx", "license-policy", "noop"] {
        assert!(list.contains(name), "{list}");
    }
    let info: serde_json::Value =
        serde_json::from_str(&cli.ok(&["--format", "json", "plugin", "inspect", "cyclonedx"]))
            .expect("json");
    let named = traceguard::runtime::interface;
    assert_eq!(info["world"], named("sbom-parser"));
    assert_eq!(info["exports"], serde_json::json!([named("parser")]));
    let imports: Vec<&str> = info["imports"]
        .as_array()
        .expect("imports")
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert!(imports.contains(&named("sbom-io").as_str()), "{imports:?}");
    let id = info["id"].as_str().expect("id");
    let bytes = traceguard::plugins::builtin("cyclonedx")
        .expect("builtin")
        .bytes;
    assert_eq!(
        id,
        blake3::hash(bytes).to_hex().as_str(),
        "id is the blake3 of the component"
    );
    assert_eq!(info["size"], bytes.len());
    let by_prefix = cli.ok(&["plugin", "inspect", &id[..12]]);
    assert!(by_prefix.contains("name     cyclonedx"), "{by_prefix}");
}

#[test]
fn a_plugin_installed_for_one_tenant_is_listed_and_run_for_it_alone() {
    let cli = Cli::new();
    cli.ok(&["tenant", "create", "own", "--budget", "10000000000"]);
    cli.ok(&["tenant", "create", "other", "--budget", "10000000000"]);
    let wasm = cli.dir.path().join("mine.wasm");
    let noop = traceguard::plugins::builtin("noop").expect("noop").bytes;
    std::fs::write(&wasm, noop).expect("write component");
    let path = wasm.to_str().expect("utf-8 path");
    let out = cli.ok(&[
        "plugin", "install", path, "--name", "mine", "--tenant", "own",
    ]);
    assert!(out.contains("for tenant own only"), "{out}");
    assert!(
        cli.ok(&["plugin", "list", "--tenant", "own"])
            .contains("mine")
    );
    assert!(
        !cli.ok(&["plugin", "list", "--tenant", "other"])
            .contains("mine")
    );
    assert!(!cli.ok(&["plugin", "list"]).contains("mine"));
    let sample = sample_path();
    cli.ok(&["ingest", "--tenant", "own", &sample]);
    cli.ok(&["ingest", "--tenant", "other", &sample]);
    cli.ok(&["invoke", "--tenant", "own", "mine"]);
    let e = cli.fails(&["invoke", "--tenant", "other", "mine"]);
    assert!(e.contains("mine"), "{e}");
    let e = cli.fails(&["plugin", "install", path, "--tenant", "nobody"]);
    assert!(e.contains("nobody"), "{e}");
}

#[test]
fn a_database_held_by_another_process_is_reported_plainly() {
    let cli = Cli::new();
    cli.ok(&["tenant", "create", "busy", "--budget", "100000000000"]);
    cli.ok(&["invoke", "--tenant", "busy", "cyclonedx", &sample_path()]);
    let mut holder = bin()
        .arg("--db")
        .arg(&cli.db)
        .args([
            "invoke",
            "--tenant",
            "busy",
            "noop",
            "--repeat",
            "100000000",
        ])
        .env("TRACEGUARD_CACHE_DIR", cache_dir())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn holder");
    // Wait until the holder has the database open and is invoking.
    let mut first = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(holder.stdout.as_mut().expect("stdout")),
        &mut first,
    )
    .expect("line");
    assert!(first.starts_with("settled invocation"), "{first}");
    let e = cli.fails(&["tenant", "list"]);
    let _ = holder.kill();
    let _ = holder.wait();
    assert!(
        e.contains("in use by another process") && e.contains(&*cli.db.to_string_lossy()),
        "{e}"
    );
}

#[test]
fn the_database_memory_limit_is_validated_and_applied() {
    let cli = Cli::new();
    let out = bin()
        .arg("--db")
        .arg(&cli.db)
        .args(["tenant", "list"])
        .env("TRACEGUARD_DB_MEMORY_LIMIT", "lots")
        .output()
        .expect("run");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("TRACEGUARD_DB_MEMORY_LIMIT=\"lots\" is not a size"),
        "{err}"
    );
    let out = bin()
        .arg("--db")
        .arg(&cli.db)
        .args(["tenant", "create", "m", "--budget", "1000"])
        .env("TRACEGUARD_DB_MEMORY_LIMIT", "64MB")
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `traceguard … | head` must not end in a panic and backtrace when the reader goes away.
#[test]
fn a_closed_stdout_ends_the_command_quietly() {
    let cli = Cli::new();
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader);
    let out = crate::common::bin()
        .arg("--db")
        .arg(&cli.db)
        .args(["tenant", "create", "acme", "--budget", "10"])
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .output()
        .expect("run traceguard");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(traceguard::cli::CLOSED_STDOUT),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    // The work was done before the output failed.
    let listed = cli.ok(&["--format", "json", "tenant", "list"]);
    assert!(listed.contains("\"acme\""), "{listed}");
}
