//! Billing plans through the CLI: added, versioned and content-addressed; refused with a clear
//! error when wrong (nothing stored); a tenant put on one from a date, its changes kept.

use crate::common::*;
use crate::http::Server;

const TEAM: &str = r#"
name = "team"
currency = "EUR"
included_gas = 50_000_000_000
minimum_charge = 10_000_000
cap = 2_000_000_000

[prices]
instruction = 20
host_call = 40
row_written = 100
"#;

fn json(out: &str) -> serde_json::Value {
    serde_json::from_str(out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
}

#[test]
fn plans_are_versioned_by_content_and_tenants_move_between_them() {
    let cli = Cli::new();
    let file = cli.dir.path().join("team.toml");
    let file_arg = file.to_str().expect("utf-8 path");
    std::fs::write(&file, TEAM).expect("write");

    let added = json(&cli.ok(&["--format", "json", "plan", "add", file_arg]));
    assert_eq!(added["change"], "created");
    assert_eq!(added["plan"]["version"], 1);
    let id = added["plan"]["id"].as_str().expect("id").to_string();
    assert_eq!(added["plan"]["plan"]["prices"]["instruction"], 20);
    assert_eq!(added["plan"]["plan"]["prices"]["row_read"], 0);

    // The same definition again: nothing new. A changed price: version 2, another id.
    let again = json(&cli.ok(&["--format", "json", "plan", "add", file_arg]));
    assert_eq!(again["change"], "unchanged");
    assert_eq!(again["plan"]["id"], id.as_str());
    std::fs::write(&file, TEAM.replace("instruction = 20", "instruction = 25")).expect("write");
    let updated = json(&cli.ok(&["--format", "json", "plan", "add", file_arg]));
    assert_eq!(updated["change"], "updated");
    assert_eq!(updated["plan"]["version"], 2);
    assert_ne!(updated["plan"]["id"], id.as_str());

    let listed = json(&cli.ok(&["--format", "json", "plan", "list"]));
    assert_eq!(listed.as_array().map(Vec::len), Some(1), "{listed}");
    assert_eq!(listed[0]["version"], 2);
    let first = json(&cli.ok(&[
        "--format",
        "json",
        "plan",
        "show",
        "team",
        "--plan-version",
        "1",
    ]));
    assert_eq!(first["id"], id.as_str());
    let shown = cli.ok(&["plan", "show", "team"]);
    assert!(shown.contains("instruction  0.000025"), "{shown}");
    assert!(shown.contains("2000.000000 EUR"), "{shown}");

    // A wrong plan is refused, naming what is wrong, and nothing is stored.
    for (text, expected) in [
        (
            TEAM.replace("host_call = 40", "host_call = -40"),
            "negative",
        ),
        (
            TEAM.replace("host_call = 40", "gpu = 40"),
            "unknown gas class `gpu`",
        ),
    ] {
        std::fs::write(&file, text).expect("write");
        let err = cli.fails(&["plan", "add", file_arg]);
        assert!(err.contains(expected), "{expected:?} not in {err}");
    }
    let listed = json(&cli.ok(&["--format", "json", "plan", "list"]));
    assert_eq!(listed[0]["version"], 2);

    // Tenants move onto plans from a date; every change is kept.
    cli.ok(&["tenant", "create", "acme", "--budget", "1000000"]);
    let listed = json(&cli.ok(&["--format", "json", "tenant", "list"]));
    assert_eq!(listed[0]["plan"], serde_json::Value::Null, "{listed}");
    let out = cli.ok(&[
        "tenant",
        "set",
        "acme",
        "--plan",
        "team",
        "--from",
        "2026-11-15",
    ]);
    assert!(
        out.contains("on plan team version 2 from 2026-11-15"),
        "{out}"
    );
    // A change dated in the future is recorded but not yet in force.
    cli.ok(&[
        "tenant",
        "set",
        "acme",
        "--plan",
        "team",
        "--from",
        "9999-01-01",
    ]);
    let listed = json(&cli.ok(&["--format", "json", "tenant", "list"]));
    assert_eq!(listed[0]["plan"], "team@2", "{listed}");
    let err = cli.fails(&["tenant", "set", "acme", "--plan", "gold"]);
    assert!(err.contains("unknown plan `gold`"), "{err}");
    let err = cli.fails(&[
        "tenant",
        "set",
        "acme",
        "--plan",
        "team",
        "--from",
        "2026-02-30",
    ]);
    assert!(err.contains("2026-02-30"), "{err}");
    let err = cli.fails(&["tenant", "set", "nobody", "--plan", "team"]);
    assert!(err.contains("unknown tenant"), "{err}");
    let err = cli.fails(&["tenant", "set", "acme"]);
    assert!(err.contains("nothing to set"), "{err}");
}

#[test]
fn the_operator_manages_plans_over_http() {
    let cli = Cli::new();
    cli.ok(&["tenant", "create", "acme", "--budget", "1000000"]);
    let admin = new_key(&cli, &["--admin"]);
    let tenant_key = new_key(&cli, &["acme", "--scopes", "gas:read"]);
    let server = Server::start(&cli.db, &[]);

    let added = server
        .call("POST", "/v1/admin/plans", &admin, TEAM.as_bytes())
        .expect(201);
    assert_eq!(added["change"], "created");
    assert_eq!(added["plan"]["version"], 1);
    let again = server
        .call("POST", "/v1/admin/plans", &admin, TEAM.as_bytes())
        .expect(200);
    assert_eq!(again["change"], "unchanged");
    let bad = server
        .call(
            "POST",
            "/v1/admin/plans",
            &admin,
            TEAM.replace("host_call = 40", "host_call = -1").as_bytes(),
        )
        .expect(400);
    assert!(
        bad["error"].as_str().unwrap_or("").contains("negative"),
        "{bad}"
    );
    // Plans are the operator's: a tenant key is refused.
    server
        .call("POST", "/v1/admin/plans", &tenant_key, TEAM.as_bytes())
        .expect(403);

    let listed = server.get_ok("/v1/admin/plans", &admin).expect(200);
    assert_eq!(
        listed["plans"].as_array().map(Vec::len),
        Some(1),
        "{listed}"
    );
    let shown = server
        .get_ok("/v1/admin/plans/team?version=1", &admin)
        .expect(200);
    assert_eq!(shown["id"], added["plan"]["id"]);
    server.get_ok("/v1/admin/plans/gold", &admin).expect(404);

    let moved = server
        .call(
            "PUT",
            "/v1/admin/tenants/acme/plan",
            &admin,
            br#"{"plan":"team","from":"2026-11-15"}"#,
        )
        .expect(200);
    assert_eq!(moved["effective_from"], "2026-11-15");
    assert_eq!(moved["version"], 1);
    for (body, status) in [
        (&br#"{"plan":"gold"}"#[..], 404),
        (br#"{"plan":"team","from":"2026-13-01"}"#, 400),
        (br#"{}"#, 400),
    ] {
        server
            .call("PUT", "/v1/admin/tenants/acme/plan", &admin, body)
            .expect(status);
    }
    server
        .call(
            "PUT",
            "/v1/admin/tenants/nobody/plan",
            &admin,
            br#"{"plan":"team"}"#,
        )
        .expect(404);
}

#[test]
fn a_tenants_ledger_rows_are_priced_as_recorded() {
    let dir = tempdir();
    let service = service_in(dir.path(), test_config());
    service
        .create_tenant("acme", 100_000_000_000)
        .expect("tenant");
    service
        .create_tenant("other", 100_000_000_000)
        .expect("tenant");
    ingest_sample(&service, "acme");
    ingest_sample(&service, "other");
    let evaluated = service
        .evaluate("acme", "noop", None, &opts(50_000_000))
        .expect("served");
    assert!(evaluated.ok(), "{:?}", evaluated.error);

    let today = chrono::Utc::now().date_naive();
    let (from, to) = (
        today.pred_opt().expect("a day before").to_string(),
        today.succ_opt().expect("a day after").to_string(),
    );
    let rows = service.state().usage("acme", &from, &to).expect("usage");
    // Two calls of acme's, none of other's, in ledger order, each as the ledger charged it.
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(rows[0].invocation_id < rows[1].invocation_id);
    assert_eq!(rows[1].plugin, "noop");
    assert_eq!(rows[1].gas.iter().sum::<u64>(), evaluated.gas_used);
    let charged: u64 = rows.iter().map(|r| r.gas.iter().sum::<u64>()).sum();
    assert_eq!(
        charged,
        count(
            &service,
            "SELECT sum(gas_used) FROM invocations WHERE tenant = 'acme'"
        )
    );
    assert!(
        service
            .state()
            .usage("acme", &to, &to)
            .expect("usage")
            .is_empty()
    );

    // The parse is covered by the included gas; the policy call is billed.
    let parse_gas: u64 = rows[0].gas.iter().sum();
    let plan = traceguard::billing::Plan::from_toml(&format!(
        "name = \"p\"\ncurrency = \"EUR\"\nincluded_gas = {parse_gas}\n\
         [prices]\nbase = 1000000\ninstruction = 1000000\nhost_call = 1000000\nbyte_in = 1000000\n\
         byte_out = 1000000\nrow_written = 1000000\nrow_read = 1000000\nmemory_page = 1000000\n"
    ))
    .expect("plan");
    let priced = traceguard::billing::price(&plan, &rows);
    assert_eq!(priced.gas, charged);
    assert_eq!(priced.included_used, parse_gas);
    // At one micro-unit per gas, the bill is the policy call's gas exactly.
    assert_eq!(priced.total, evaluated.gas_used);
    assert!(
        priced
            .lines
            .iter()
            .filter(|l| l.plugin == "cyclonedx")
            .all(|l| l.billable == 0)
    );
}

/// This month's invoice of real calls, through the CLI and HTTP: open, equal to the ledger,
/// the same in every format, verified, and the tenant's own.
#[test]
fn this_months_invoice_matches_the_ledger_in_every_format_and_route() {
    let cli = Cli::new();
    let file = cli.dir.path().join("team.toml");
    let file_arg = file.to_str().expect("utf-8 path");
    std::fs::write(&file, TEAM.replace("50_000_000_000", "1_000_000")).expect("write");
    cli.ok(&["plan", "add", file_arg]);
    cli.ok(&["tenant", "create", "acme", "--budget", "100000000000"]);
    cli.ok(&["tenant", "create", "other", "--budget", "100000000000"]);
    let month = chrono::Utc::now().format("%Y-%m").to_string();
    let first = format!("{month}-01");
    cli.ok(&["tenant", "set", "acme", "--plan", "team", "--from", &first]);
    let sample = root()
        .join("examples/sboms/traceguard-host.cdx.json")
        .to_string_lossy()
        .into_owned();
    cli.ok(&["ingest", "--tenant", "acme", &sample]);
    cli.run(&["invoke", "--tenant", "acme", "license-policy"]); // passes or fails: both bill
    cli.ok(&["ingest", "--tenant", "other", &sample]);

    let invoice = |format: &str| {
        cli.ok(&[
            "--format", format, "invoice", "--tenant", "acme", "--period", &month,
        ])
    };
    let doc = json(&invoice("json"));
    assert_eq!(doc["status"], "open");
    assert_eq!(doc["currency"], "EUR");
    assert_eq!(doc["sections"][0]["plan"]["name"], "team");
    let report = json(&cli.ok(&["--format", "json", "gas", "report", "--tenant", "acme"]));
    let rows = report.as_array().expect("report rows");
    let ledger_gas: u64 = rows
        .iter()
        .map(|r| r["gas"]["total"].as_u64().expect("total"))
        .sum();
    let calls: u64 = rows
        .iter()
        .map(|r| r["invocations"].as_u64().expect("calls"))
        .sum();
    assert_eq!(calls, 2, "{report}");
    assert_eq!(doc["gas"].as_u64(), Some(ledger_gas), "{doc}");
    assert_eq!(doc["ledger"]["rows"].as_u64(), Some(calls));
    assert_eq!(doc["sections"][0]["included_used"], 1_000_000, "{doc}");
    assert!(
        doc["total"].as_u64().expect("total") >= 10_000_000,
        "the minimum charge: {doc}"
    );

    // CSV adds up to the total; Parquet is written by DuckDB; HTML is a page with charts.
    let csv = invoice("csv");
    assert!(csv.starts_with("tenant,period,currency,section,"), "{csv}");
    let amount_at = csv
        .lines()
        .next()
        .expect("header")
        .split(',')
        .position(|c| c == "amount")
        .expect("amount");
    let sum: i64 = csv
        .lines()
        .skip(1)
        .map(|l| {
            l.split(',')
                .nth(amount_at)
                .expect("amount")
                .parse::<i64>()
                .expect("number")
        })
        .sum();
    assert_eq!(sum, doc["total"].as_i64().expect("total"));
    let out = cli.dir.path().join("acme.parquet");
    let out_arg = out.to_str().expect("utf-8 path");
    cli.ok(&[
        "--format", "parquet", "invoice", "--tenant", "acme", "--period", &month, "--output",
        out_arg,
    ]);
    let bytes = std::fs::read(&out).expect("parquet written");
    assert_eq!(&bytes[..4], b"PAR1");
    assert_eq!(&bytes[bytes.len() - 4..], b"PAR1");
    let html = invoice("html");
    for id in [
        "chart-gas-per-day",
        "chart-cost-per-day",
        "chart-burn-down",
        "chart-plugins",
    ] {
        assert!(html.contains(&format!("id=\"{id}\"")), "{id} missing");
    }
    assert!(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"));
    let table = invoice("table");
    assert!(
        table.contains("invoice acme") && table.contains("EUR"),
        "{table}"
    );

    let verified = cli.ok(&["gas", "verify", "--period", &month, "--tenant", "acme"]);
    assert!(verified.starts_with("OK acme"), "{verified}");
    let err = cli.fails(&["invoice", "--tenant", "acme", "--period", "2026-13"]);
    assert!(err.contains("not a billing period"), "{err}");
    let err = cli.fails(&["invoice", "--tenant", "acme", "--period", "9998-01"]);
    assert!(err.contains("has not begun"), "{err}");
    let err = cli.fails(&["--format", "parquet", "tenant", "list"]);
    assert!(err.contains("only for `invoice`"), "{err}");

    // A monthly budget counts this month's gas only: all of it, here.
    let out = cli.ok(&[
        "tenant",
        "set",
        "acme",
        "--budget-renewal",
        "monthly",
        "--time-zone",
        "UTC",
    ]);
    assert!(out.contains("budget renews monthly"), "{out}");
    let budget = json(&cli.ok(&["--format", "json", "gas", "budget", "--tenant", "acme"]));
    assert_eq!(budget["spent"].as_u64(), Some(ledger_gas));
    let err = cli.fails(&["tenant", "set", "acme", "--time-zone", "Mars/Olympus"]);
    assert!(err.contains("not a time zone"), "{err}");

    // Over HTTP: the same document, each format's type, and only the key's tenant.
    let admin = new_key(&cli, &["--admin"]);
    let acme = new_key(&cli, &["acme", "--scopes", "gas:read"]);
    let server = Server::start(&cli.db, &[]);
    let r = server.get_ok(&format!("/v1/invoices/{month}"), &acme);
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(json(&r.text()), doc, "the HTTP invoice is the CLI's");
    for (format, content_type) in [
        ("csv", "text/csv"),
        ("parquet", "application/vnd.apache.parquet"),
        ("html", "text/html"),
    ] {
        let r = server.get_ok(&format!("/v1/invoices/{month}?format={format}"), &acme);
        assert_eq!(r.status, 200, "{format}: {}", r.text());
        let got = r.header("content-type").unwrap_or("");
        assert!(got.starts_with(content_type), "{format}: {got}");
    }
    server
        .get_ok(&format!("/v1/invoices/{month}?format=pdf"), &acme)
        .expect(400);
    server.get_ok("/v1/invoices/2026-13", &acme).expect(400);
    let all = server
        .get_ok(&format!("/v1/admin/invoices?period={month}"), &admin)
        .expect(200);
    let tenants: Vec<&str> = all["invoices"]
        .as_array()
        .expect("invoices")
        .iter()
        .filter_map(|i| i["tenant"].as_str())
        .collect();
    assert_eq!(tenants, ["acme", "other"]);
    assert_eq!(
        all["invoices"][1]["currency"],
        serde_json::Value::Null,
        "other has no plan"
    );
    let verified = server
        .get_ok(&format!("/v1/admin/invoices/verify?period={month}"), &admin)
        .expect(200);
    assert_eq!(verified["ok"], true, "{verified}");
    server.get_ok("/v1/admin/invoices", &admin).expect(400);
    server
        .get_ok(&format!("/v1/admin/invoices?period={month}"), &acme)
        .expect(403);
    let set = server
        .call(
            "PUT",
            "/v1/admin/tenants/acme/billing",
            &admin,
            br#"{"time_zone":"Asia/Tokyo","grid_intensity":"deployment"}"#,
        )
        .expect(200);
    assert_eq!(set["time_zone"], "Asia/Tokyo");
    assert_eq!(set["budget_renewal"], "monthly");
    server
        .call(
            "PUT",
            "/v1/admin/tenants/acme/billing",
            &admin,
            br#"{"time_zone":"Nowhere"}"#,
        )
        .expect(400);
}
