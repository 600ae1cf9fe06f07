//! Billing plans through the CLI: added, versioned and content-addressed; refused with a clear
//! error when wrong (nothing stored); a tenant put on one from a date, its changes kept.

use crate::common::*;
use crate::http::Server;

const TEAM: &str = r#"
name = "team"
currency = "EUR"
period = "monthly"
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
        "name = \"p\"\ncurrency = \"EUR\"\nperiod = \"monthly\"\nincluded_gas = {parse_gas}\n\
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
