//! `traceguard serve` end to end: the real binary on a loopback port, driven over HTTP.
//!
//! One table ([`calls`]) names a concrete request for every route of the API. The OpenAPI walk
//! checks that it covers exactly the documented operations and that each answers as documented;
//! the isolation test replays it with another tenant's key.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crate::common::*;
use crate::http::{Request, Response, Server};

/// Scopes of a tenant key that may do everything a tenant can.
const ALL_TENANT_SCOPES: &str = "sbom:write,sbom:read,plugin:invoke,policy:write,gas:read";

/// A database with tenants `a` and `b`, an admin key and a full key for each tenant, made with
/// the CLI before the server starts (the server then holds the database).
struct Setup {
    cli: Cli,
    admin: String,
    a: String,
    b: String,
    /// Tenant a, `plugin:invoke` only.
    invoke_only: String,
}

fn setup() -> Setup {
    let cli = Cli::new();
    cli.ok(&["tenant", "create", "a", "--budget", "1000000000000"]);
    cli.ok(&["tenant", "create", "b", "--budget", "1000000000000"]);
    let admin = new_key(&cli, &["--admin"]);
    let a = new_key(&cli, &["a", "--scopes", ALL_TENANT_SCOPES]);
    let b = new_key(&cli, &["b", "--scopes", ALL_TENANT_SCOPES]);
    let invoke_only = new_key(&cli, &["a", "--scopes", "plugin:invoke"]);
    Setup {
        cli,
        admin,
        a,
        b,
        invoke_only,
    }
}

fn body_of(path: &str) -> Vec<u8> {
    std::fs::read(root().join(path)).unwrap_or_else(|e| panic!("read {path}: {e}"))
}

/// Uploads `doc` with `key`; returns the response (status checked by the caller).
fn upload(server: &Server, key: &str, doc: &[u8]) -> Response {
    server.call("POST", "/v1/sboms", key, doc)
}

fn sbom_id(r: &Response) -> String {
    let v = r.expect(201);
    v["sbom_id"].as_str().expect("sbom_id").to_string()
}

/// A tiny but valid policy component (its `evaluate` is never run here): what an admin installs.
fn small_plugin() -> Vec<u8> {
    component("policy", &policy_wat("(i32.const 0)"), None)
}

/// Tenant `a`'s data that the route table refers to.
struct Ids {
    /// The sample SBOM.
    sample: String,
    /// A second, generated SBOM.
    other: String,
    /// A key id for the revoke route.
    spare_key: String,
}

/// Who a route is for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Owner {
    /// A tenant key with the route's scope.
    Tenant,
    /// An admin key.
    Admin,
    /// Any valid key.
    AnyKey,
    /// No key at all (health checks and metrics).
    Public,
}

/// A concrete request for one documented operation.
struct Call {
    method: &'static str,
    template: &'static str,
    path: String,
    body: Vec<u8>,
    owner: Owner,
    /// The status a correct call by the owner gets.
    ok: u16,
}

fn calls(ids: &Ids) -> Vec<Call> {
    let s = &ids.sample;
    let o = &ids.other;
    // Tenants are in UTC unless set: this month is their open invoice.
    let month = chrono::Utc::now().format("%Y-%m").to_string();
    let call = |method, template, path: String, body: Vec<u8>, owner, ok| Call {
        method,
        template,
        path,
        body,
        owner,
        ok,
    };
    use Owner::*;
    vec![
        call(
            "GET",
            "/health/live",
            "/health/live".into(),
            vec![],
            Public,
            200,
        ),
        call(
            "GET",
            "/health/ready",
            "/health/ready".into(),
            vec![],
            Public,
            200,
        ),
        call("GET", "/metrics", "/metrics".into(), vec![], Admin, 200),
        call("GET", "/v1/me", "/v1/me".into(), vec![], AnyKey, 200),
        call("GET", "/v1/sboms", "/v1/sboms".into(), vec![], Tenant, 200),
        call(
            "POST",
            "/v1/sboms",
            "/v1/sboms".into(),
            generated_sbom(20, "walk"),
            Tenant,
            201,
        ),
        call(
            "GET",
            "/v1/sboms/{id}",
            format!("/v1/sboms/{s}"),
            vec![],
            Tenant,
            200,
        ),
        call(
            "GET",
            "/v1/sboms/{id}/components",
            format!("/v1/sboms/{s}/components?limit=5"),
            vec![],
            Tenant,
            200,
        ),
        call(
            "GET",
            "/v1/sboms/{id}/dependencies",
            format!("/v1/sboms/{s}/dependencies?offset=1"),
            vec![],
            Tenant,
            200,
        ),
        call(
            "GET",
            "/v1/sboms/{id}/diagnostics",
            format!("/v1/sboms/{s}/diagnostics?severity=warning&limit=5"),
            vec![],
            Tenant,
            200,
        ),
        call(
            "GET",
            "/v1/sboms/{id}/findings",
            format!("/v1/sboms/{s}/findings"),
            vec![],
            Tenant,
            200,
        ),
        call(
            "GET",
            "/v1/sboms/{id}/report",
            format!("/v1/sboms/{s}/report?format=oscal"),
            vec![],
            Tenant,
            200,
        ),
        call(
            "GET",
            "/v1/sboms/{id}/diff/{other}",
            format!("/v1/sboms/{s}/diff/{o}"),
            vec![],
            Tenant,
            200,
        ),
        call(
            "GET",
            "/v1/components",
            "/v1/components?name=lib-3".into(),
            vec![],
            Tenant,
            200,
        ),
        call(
            "GET",
            "/v1/plugins",
            "/v1/plugins".into(),
            vec![],
            AnyKey,
            200,
        ),
        call(
            "POST",
            "/v1/plugins",
            "/v1/plugins?name=walked".into(),
            small_plugin(),
            Admin,
            201,
        ),
        call(
            "GET",
            "/v1/plugins/{name}",
            "/v1/plugins/noop".into(),
            vec![],
            AnyKey,
            200,
        ),
        call(
            "POST",
            "/v1/invoke/{plugin}",
            "/v1/invoke/license-policy".into(),
            format!(r#"{{"sbom":"{s}"}}"#).into_bytes(),
            Tenant,
            200,
        ),
        call(
            "GET",
            "/v1/gas/usage",
            "/v1/gas/usage".into(),
            vec![],
            Tenant,
            200,
        ),
        call(
            "GET",
            "/v1/gas/report",
            "/v1/gas/report?format=csv".into(),
            vec![],
            Tenant,
            200,
        ),
        call(
            "GET",
            "/v1/budget",
            "/v1/budget".into(),
            vec![],
            Tenant,
            200,
        ),
        call(
            "GET",
            "/v1/policies",
            "/v1/policies".into(),
            vec![],
            Tenant,
            200,
        ),
        call(
            "POST",
            "/v1/policies",
            "/v1/policies?name=provenance".into(),
            body_of("examples/policies/provenance.rego"),
            Tenant,
            201,
        ),
        call(
            "POST",
            "/v1/policies/eval",
            "/v1/policies/eval".into(),
            format!(r#"{{"sbom":"{s}","policy":"licences"}}"#).into_bytes(),
            Tenant,
            200,
        ),
        call(
            "GET",
            "/v1/admin/tenants",
            "/v1/admin/tenants".into(),
            vec![],
            Admin,
            200,
        ),
        call(
            "POST",
            "/v1/admin/tenants",
            "/v1/admin/tenants".into(),
            br#"{"name":"walked","budget":5}"#.to_vec(),
            Admin,
            201,
        ),
        call(
            "PUT",
            "/v1/admin/tenants/{tenant}/budget",
            "/v1/admin/tenants/a/budget".into(),
            br#"{"budget":2000000000000}"#.to_vec(),
            Admin,
            200,
        ),
        call(
            "PUT",
            "/v1/admin/tenants/{tenant}/validation",
            "/v1/admin/tenants/a/validation".into(),
            br#"{"validation":"standard"}"#.to_vec(),
            Admin,
            200,
        ),
        call(
            "POST",
            "/v1/admin/plans",
            "/v1/admin/plans".into(),
            b"name = \"team\"\ncurrency = \"EUR\"\n[prices]\ninstruction = 20\n".to_vec(),
            Admin,
            201,
        ),
        call(
            "GET",
            "/v1/admin/plans",
            "/v1/admin/plans".into(),
            vec![],
            Admin,
            200,
        ),
        call(
            "GET",
            "/v1/admin/plans/{name}",
            "/v1/admin/plans/team".into(),
            vec![],
            Admin,
            200,
        ),
        call(
            "PUT",
            "/v1/admin/tenants/{tenant}/plan",
            "/v1/admin/tenants/a/plan".into(),
            br#"{"plan":"team","from":"2026-11-01"}"#.to_vec(),
            Admin,
            200,
        ),
        call(
            "PUT",
            "/v1/admin/tenants/{tenant}/billing",
            "/v1/admin/tenants/a/billing".into(),
            br#"{"time_zone":"UTC","grid_intensity":300}"#.to_vec(),
            Admin,
            200,
        ),
        call(
            "GET",
            "/v1/invoices/{period}",
            format!("/v1/invoices/{month}"),
            vec![],
            Tenant,
            200,
        ),
        call(
            "GET",
            "/v1/admin/invoices",
            format!("/v1/admin/invoices?period={month}"),
            vec![],
            Admin,
            200,
        ),
        call(
            "GET",
            "/v1/admin/invoices/verify",
            format!("/v1/admin/invoices/verify?period={month}&tenant=a"),
            vec![],
            Admin,
            200,
        ),
        call(
            "POST",
            "/v1/admin/tenants/{tenant}/keys",
            "/v1/admin/tenants/a/keys".into(),
            br#"{"scopes":["sbom:read"]}"#.to_vec(),
            Admin,
            201,
        ),
        call(
            "GET",
            "/v1/admin/keys",
            "/v1/admin/keys".into(),
            vec![],
            Admin,
            200,
        ),
        call(
            "DELETE",
            "/v1/admin/keys/{id}",
            format!("/v1/admin/keys/{}", ids.spare_key),
            vec![],
            Admin,
            204,
        ),
    ]
}

/// Tenant `a` with two SBOMs, a licence policy evaluated on the sample, and a spare key.
fn populate(server: &Server, setup: &Setup) -> Ids {
    let sample = sbom_id(&upload(server, &setup.a, SAMPLE));
    let other = sbom_id(&upload(server, &setup.a, &generated_sbom(12, "other")));
    server
        .call(
            "POST",
            "/v1/policies?name=licences",
            &setup.a,
            &body_of("examples/policies/licences.rego"),
        )
        .expect(201);
    server
        .call(
            "POST",
            "/v1/policies/eval",
            &setup.a,
            format!(r#"{{"sbom":"{sample}"}}"#).as_bytes(),
        )
        .expect(200);
    let spare = server
        .call(
            "POST",
            "/v1/admin/tenants/a/keys",
            &setup.admin,
            br#"{"scopes":["gas:read"]}"#,
        )
        .expect(201);
    Ids {
        sample,
        other,
        spare_key: spare["id"].as_str().expect("key id").to_string(),
    }
}

/// The documented operations: (METHOD, path template) → documented status codes.
fn documented(server: &Server) -> BTreeMap<(String, String), BTreeSet<u16>> {
    let doc = server
        .get("/v1/openapi.json", None)
        .expect("GET openapi")
        .expect(200);
    assert!(
        doc["openapi"].as_str().is_some_and(|v| v.starts_with('3')),
        "an OpenAPI 3 document: {}",
        doc["openapi"]
    );
    let mut ops = BTreeMap::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("path item") {
            let statuses = op["responses"]
                .as_object()
                .expect("responses")
                .keys()
                .map(|k| k.parse().expect("numeric status"))
                .collect();
            ops.insert((method.to_uppercase(), path.clone()), statuses);
        }
    }
    ops
}

#[test]
fn openapi_document_matches_the_routes() {
    let setup = setup();
    let server = Server::start(&setup.cli.db, &[]);
    let ids = populate(&server, &setup);
    let ops = documented(&server);
    let table = calls(&ids);
    let covered: BTreeSet<(String, String)> = table
        .iter()
        .map(|c| (c.method.to_string(), c.template.to_string()))
        .collect();
    let documented_ops: BTreeSet<(String, String)> = ops.keys().cloned().collect();
    assert_eq!(
        covered, documented_ops,
        "the route table and the OpenAPI document disagree (left: routes the tests call, right: documented)"
    );
    for c in &table {
        let key = match c.owner {
            Owner::Admin => Some(setup.admin.as_str()),
            Owner::Tenant | Owner::AnyKey => Some(setup.a.as_str()),
            Owner::Public => None,
        };
        let r = server
            .send(&Request {
                method: c.method,
                path: &c.path,
                key,
                body: &c.body,
                content_type: None,
            })
            .unwrap_or_else(|e| panic!("{} {}: {e}", c.method, c.path));
        assert_eq!(
            r.status,
            c.ok,
            "{} {} answered {}: {}",
            c.method,
            c.path,
            r.status,
            r.text()
        );
        let statuses = &ops[&(c.method.to_string(), c.template.to_string())];
        assert!(
            statuses.contains(&r.status),
            "{} {} answered {}, which its OpenAPI entry does not list ({statuses:?})",
            c.method,
            c.template,
            r.status
        );
        // Every documented operation is routed: an unrouted one gets the fallback's 404 or a
        // 405, and neither is a success status.
        assert!(r.status < 300);
    }
    // And an undocumented path is not served.
    let r = server.get_ok("/v1/nothing-here", &setup.a);
    assert_eq!(r.status, 404);
    assert!(
        r.json()["error"]
            .as_str()
            .is_some_and(|e| e.contains("no route"))
    );
}

#[test]
fn every_route_refuses_another_tenants_data_and_never_charges_it() {
    let setup = setup();
    let server = Server::start(&setup.cli.db, &[]);
    let ids = populate(&server, &setup);
    let b_own = sbom_id(&upload(&server, &setup.b, &generated_sbom(7, "b-own")));
    let a_budget_before = server.get_ok("/v1/budget", &setup.a).expect(200);
    let a_usage_before = server.get_ok("/v1/gas/usage", &setup.a).expect(200);
    let a_policies_before = server.get_ok("/v1/policies", &setup.a).expect(200);

    let short = &ids.sample[..8];
    let b = setup.b.as_str();
    for c in calls(&ids) {
        let r = server.call(c.method, &c.path, b, &c.body);
        let what = format!("{} {} with tenant b's key", c.method, c.path);
        match (c.owner, c.method, c.template) {
            (Owner::Admin, ..) => assert_eq!(r.status, 403, "{what}: {}", r.text()),
            (Owner::Public, ..) => assert_eq!(r.status, 200, "{what}: {}", r.text()),
            // Routes naming one of a's SBOMs: b cannot tell them from ids that do not exist.
            (_, _, t) if t.starts_with("/v1/sboms/{id}") => {
                assert_eq!(r.status, 404, "{what}: {}", r.text());
            }
            (_, "POST", "/v1/invoke/{plugin}") | (_, "POST", "/v1/policies/eval") => {
                assert_eq!(r.status, 404, "{what}: {}", r.text());
                assert!(r.header("x-gas-used").is_none(), "{what} ran something");
            }
            (_, "GET", "/v1/sboms") => {
                let listed = r.expect(200);
                let ids_listed: Vec<&str> = listed["sboms"]
                    .as_array()
                    .expect("sboms")
                    .iter()
                    .filter_map(|s| s["id"].as_str())
                    .collect();
                assert_eq!(ids_listed, vec![b_own.as_str()], "{what}");
            }
            (_, "GET", "/v1/components") => {
                // lib-3 is in a's "other" SBOM and in b's own; b sees only its own.
                let hits = r.expect(200)["components"].clone();
                let sboms: BTreeSet<&str> = hits
                    .as_array()
                    .expect("components")
                    .iter()
                    .filter_map(|h| h["sbom_id"].as_str())
                    .collect();
                assert!(sboms.contains(b_own.as_str()), "{what}: {hits}");
                assert!(
                    !sboms.contains(ids.sample.as_str()) && !sboms.contains(ids.other.as_str()),
                    "{what} found a's SBOMs: {hits}"
                );
            }
            (_, "GET", "/v1/me") => assert_eq!(r.expect(200)["tenant"], "b", "{what}"),
            (_, "GET", "/v1/budget") => assert_eq!(r.expect(200)["tenant"], "b", "{what}"),
            (_, "GET", "/v1/gas/usage") => {
                let usage = r.expect(200);
                assert_eq!(usage["tenant"], "b", "{what}");
                // Only what b itself ran: its upload and its policy's check, nothing of a's.
                let plugins: BTreeSet<&str> = usage["per_plugin"]
                    .as_array()
                    .expect("per_plugin")
                    .iter()
                    .filter_map(|p| p["plugin"].as_str())
                    .collect();
                assert!(
                    plugins.is_subset(&BTreeSet::from(["cyclonedx", "rego"])),
                    "{what}: {plugins:?}"
                );
                let total: u64 = usage["per_plugin"]
                    .as_array()
                    .expect("per_plugin")
                    .iter()
                    .map(|p| p["gas"]["total"].as_u64().expect("gas.total"))
                    .sum();
                assert_eq!(usage["budget"]["spent"], total, "{what}");
            }
            (_, "GET", "/v1/gas/report") => {
                let text = r.text();
                assert_eq!(r.status, 200, "{what}: {text}");
                assert!(
                    !text.contains("license-policy") && !text.contains("rego"),
                    "{what}: b's report shows a's plugins:\n{text}"
                );
            }
            (_, "GET", "/v1/policies") => {
                assert_eq!(r.expect(200)["policies"], serde_json::json!([]), "{what}");
            }
            (_, "POST", "/v1/policies") => {
                // b's own policy of the same name: version 1, not a's next version.
                assert_eq!(r.expect(201)["version"], 1, "{what}");
            }
            (_, "POST", "/v1/sboms") => {
                let v = r.expect(201);
                assert_eq!(v["duplicate"], false, "{what}");
            }
            (_, "GET", "/v1/invoices/{period}") => {
                let invoice = r.expect(200);
                assert_eq!(invoice["tenant"], "b", "{what}");
                let plugins: BTreeSet<&str> = invoice["energy"]["plugins"]
                    .as_array()
                    .expect("energy.plugins")
                    .iter()
                    .filter_map(|p| p["plugin"].as_str())
                    .collect();
                assert!(
                    plugins.is_subset(&BTreeSet::from(["cyclonedx", "rego"])),
                    "{what}: {plugins:?}"
                );
            }
            (_, "GET", "/v1/plugins") | (_, "GET", "/v1/plugins/{name}") => {
                assert_eq!(r.status, 200, "{what}: plugins are global");
            }
            other => panic!("no isolation expectation for {other:?}"),
        }
    }

    // Prefixes of a's ids, a's SBOM as the other side of b's diff, and a's policy by name.
    for path in [
        format!("/v1/sboms/{short}"),
        format!("/v1/sboms/{b_own}/diff/{}", ids.sample),
        format!("/v1/sboms/{}/diff/{b_own}", ids.sample),
    ] {
        assert_eq!(server.get_ok(&path, b).status, 404, "GET {path}");
    }
    let r = server.call("POST", "/v1/policies/eval", b, br#"{"policy":"licences"}"#);
    assert_eq!(r.status, 404, "b has no policy `licences`: {}", r.text());
    // b's own policy over a's SBOM: refused for the SBOM, and nothing runs.
    let r = server.call(
        "POST",
        "/v1/policies/eval",
        b,
        format!(r#"{{"sbom":"{}","policy":"provenance"}}"#, ids.sample).as_bytes(),
    );
    assert_eq!(r.status, 404, "{}", r.text());
    assert!(r.text().contains("SBOM"), "{}", r.text());
    assert!(r.header("x-gas-used").is_none());
    // A parser invoked by b stores b's SBOM, never a's.
    let r = server.call(
        "POST",
        "/v1/invoke/cyclonedx",
        b,
        &generated_sbom(2, "b-invoke"),
    );
    assert_eq!(r.expect(200)["tenant"], "b");
    // The body cannot name a tenant: the field is refused, not obeyed.
    for (path, body) in [
        ("/v1/policies/eval", r#"{"tenant":"a"}"#),
        ("/v1/invoke/noop", r#"{"tenant":"a"}"#),
    ] {
        let r = server.call("POST", path, b, body.as_bytes());
        assert_eq!(r.status, 400, "POST {path} {body}: {}", r.text());
    }
    // Nor can the query: `?tenant=a` is ignored.
    let listed = server.get_ok("/v1/sboms?tenant=a", b).expect(200);
    let listed: BTreeSet<&str> = listed["sboms"]
        .as_array()
        .expect("sboms")
        .iter()
        .filter_map(|s| s["id"].as_str())
        .collect();
    assert_eq!(
        listed.len(),
        3,
        "b's own upload, the table's and the parser call's"
    );
    assert!(!listed.contains(ids.sample.as_str()) && !listed.contains(ids.other.as_str()));
    // b uploading a's exact document stores b's own copy; a still sees only its own.
    let copy = upload(&server, b, SAMPLE);
    assert_eq!(copy.status, 201, "{}", copy.text());

    // Nothing b did was charged to a, or changed a's policies.
    assert_eq!(
        server.get_ok("/v1/budget", &setup.a).expect(200),
        a_budget_before
    );
    assert_eq!(
        server.get_ok("/v1/gas/usage", &setup.a).expect(200),
        a_usage_before
    );
    assert_eq!(
        server.get_ok("/v1/policies", &setup.a).expect(200),
        a_policies_before
    );
    let a_sboms = server.get_ok("/v1/sboms", &setup.a).expect(200);
    assert_eq!(a_sboms["sboms"].as_array().map(Vec::len), Some(2));

    let status = server.terminate();
    assert!(status.success(), "clean shutdown");
    let service = traceguard::service::Service::open(&setup.cli.db, test_config()).expect("reopen");
    // Every row of b's attempts is b's: a's ledger holds exactly a's own calls.
    let a_rows = count(
        &service,
        "SELECT count(*) FROM invocations WHERE tenant = 'a'",
    );
    let a_usage_calls: u64 = a_usage_before["per_plugin"]
        .as_array()
        .expect("per_plugin")
        .iter()
        .map(|p| p["invocations"].as_u64().expect("invocations"))
        .sum();
    assert_eq!(a_rows, a_usage_calls);
}

#[test]
fn impossible_dates_are_a_clear_400_naming_the_parameter() {
    let setup = setup();
    let server = Server::start(&setup.cli.db, &[]);
    for (path, param, date) in [
        ("/v1/gas/report?from=2024-02-31", "from", "2024-02-31"),
        (
            "/v1/gas/report?format=csv&to=2023-02-29",
            "to",
            "2023-02-29",
        ),
        ("/v1/gas/usage?from=2024-04-31", "from", "2024-04-31"),
        ("/v1/gas/usage?to=2024-00-10", "to", "2024-00-10"),
    ] {
        let r = server.get_ok(path, &setup.a);
        assert_eq!(r.status, 400, "{path}: {}", r.text());
        let error = r.json()["error"].as_str().unwrap_or_default().to_string();
        assert!(
            error.contains(&format!("`{param}`"))
                && error.contains(&format!("`{date}`"))
                && error.contains("not a calendar date"),
            "{path}: {error}"
        );
    }
    // A leap day is a date.
    server
        .get_ok("/v1/gas/report?from=2024-02-29&to=2024-03-01", &setup.a)
        .expect(200);
}

#[test]
fn auth_scopes_limits_errors_and_gas_headers() {
    let setup = setup();
    let read_only = new_key(&setup.cli, &["a", "--scopes", "sbom:read"]);
    let server = Server::start(&setup.cli.db, &["--rate", "1000/s", "--max-body-mib", "1"]);

    // 401: no key, a malformed key, a well-formed unknown key.
    let none = server.get("/v1/sboms", None).expect("GET");
    assert_eq!(none.status, 401);
    assert!(
        none.json()["error"]
            .as_str()
            .is_some_and(|e| e.contains("Bearer"))
    );
    assert_eq!(server.get_ok("/v1/sboms", "nonsense").status, 401);
    let unknown = format!("tg_{}", "0".repeat(64));
    assert_eq!(server.get_ok("/v1/sboms", &unknown).status, 401);

    // 403: a key without the scope; a tenant key on an admin route; an admin key on a tenant route.
    let r = upload(&server, &read_only, SAMPLE);
    assert_eq!(r.status, 403);
    assert!(r.text().contains("sbom:write"), "{}", r.text());
    assert_eq!(server.get_ok("/v1/admin/tenants", &setup.a).status, 403);
    assert_eq!(server.get_ok("/v1/sboms", &setup.admin).status, 403);
    assert_eq!(server.get_ok("/v1/sboms", &read_only).status, 200);

    // Upload: 201 with the gas in headers and body, then the same bytes: 200, duplicate, charged.
    let first = upload(&server, &setup.a, SAMPLE);
    let v = first.expect(201);
    let used = first.header_u64("x-gas-used");
    assert_eq!(v["gas_used"], used);
    assert_eq!(v["gas"]["total"], used);
    assert_eq!(v["components"], 329);
    let remaining = first.header_u64("x-gas-remaining");
    let budget = server.get_ok("/v1/budget", &setup.a).expect(200);
    assert_eq!(budget["available"], remaining);
    let again = upload(&server, &setup.a, SAMPLE);
    assert_eq!(again.expect(200)["duplicate"], true);
    assert!(again.header_u64("x-gas-used") > 0);

    // Multipart upload: the first file part is the document.
    let mut form = Vec::new();
    form.extend_from_slice(b"--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.json\"\r\nContent-Type: application/json\r\n\r\n");
    form.extend_from_slice(&generated_sbom(3, "multipart"));
    form.extend_from_slice(b"\r\n--XyZ--\r\n");
    let r = server
        .send(&Request {
            method: "POST",
            path: "/v1/sboms",
            key: Some(&setup.a),
            body: &form,
            content_type: Some("multipart/form-data; boundary=XyZ"),
        })
        .expect("multipart upload");
    assert_eq!(r.expect(201)["components"], 3);

    // 413 over --max-body-mib, as JSON, and nothing charged.
    let before = server.get_ok("/v1/budget", &setup.a).expect(200);
    let big = vec![b' '; (1 << 20) + 1];
    let r = upload(&server, &setup.a, &big);
    assert_eq!(r.status, 413, "{}", r.text());
    assert!(
        r.json()["error"]
            .as_str()
            .is_some_and(|e| e.contains("MiB") || e.contains("bytes"))
    );
    // 422: a document no parser recognises; a malformed one the parser rejects (charged).
    let r = upload(&server, &setup.a, b"hello, not an SBOM");
    assert_eq!(r.status, 422, "{}", r.text());
    let r = upload(
        &server,
        &setup.a,
        br#"{"bomFormat":"CycloneDX","specVersion":"1.5","components":[42]}"#,
    );
    assert_eq!(r.status, 422, "{}", r.text());
    assert!(r.header_u64("x-gas-used") > 0);
    assert!(
        !r.json()["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .is_empty()
    );
    let after = server.get_ok("/v1/budget", &setup.a).expect(200);
    assert_eq!(
        after["spent"].as_u64().expect("spent") - before["spent"].as_u64().expect("spent"),
        r.header_u64("x-gas-used"),
        "only the rejected parse was charged"
    );

    // 402: a gas limit the budget cannot cover; nothing runs.
    let before = server.get_ok("/v1/gas/usage", &setup.a).expect(200);
    let r = server.call(
        "POST",
        "/v1/invoke/noop?gas_limit=999999999999999",
        &setup.a,
        b"",
    );
    assert_eq!(r.status, 402, "{}", r.text());
    assert!(r.header("x-gas-used").is_none(), "nothing ran");
    assert_eq!(
        server.get_ok("/v1/gas/usage", &setup.a).expect(200),
        before,
        "no charge, no ledger row"
    );
    // Policy calls whose gas limit (query or body) is small and whose plugin and SBOM are in
    // memory run on the call workers instead of the blocking pool: the same reports, charges,
    // ledger rows and errors. Parsers never do.
    let spent = || {
        server.get_ok("/v1/budget", &setup.a).expect(200)["spent"]
            .as_u64()
            .expect("spent")
    };
    let lanes = || {
        let text = server.get_ok("/metrics", &setup.admin).text();
        ["blocking", "short"].map(|lane| {
            let prefix = format!("traceguard_invoke_lane_total{{lane=\"{lane}\"}} ");
            text.lines()
                .find_map(|l| l.strip_prefix(prefix.as_str()))
                .and_then(|n| n.parse::<u64>().ok())
                .unwrap_or_else(|| panic!("no {prefix} in /metrics:\n{text}"))
        })
    };
    // Loads the plugin and the newest SBOM's snapshot (a first call may run in either lane).
    let warm = server.call("POST", "/v1/invoke/noop?gas_limit=1000000", &setup.a, b"");
    assert_eq!(warm.status, 200, "{}", warm.text());
    let before = spent();
    let lanes_before = lanes();
    let ok = server.call("POST", "/v1/invoke/noop?gas_limit=1000000", &setup.a, b"");
    let ok_gas = ok.header_u64("x-gas-used");
    let report = ok.expect(200);
    assert_eq!(report["outcome"], "ok", "{report}");
    assert_eq!(report["gas_used"].as_u64(), Some(ok_gas));
    // A limit below the base cost of a call is refused before anything runs.
    let refused = server.call("POST", "/v1/invoke/noop", &setup.a, br#"{"gas_limit":100}"#);
    assert_eq!(refused.status, 400, "{}", refused.text());
    assert!(refused.text().contains("base cost"), "{}", refused.text());
    assert!(refused.header("x-gas-used").is_none(), "nothing is charged");
    // One gas above it leaves a single instruction's worth.
    let starved = server.call(
        "POST",
        "/v1/invoke/noop",
        &setup.a,
        br#"{"gas_limit":5001}"#,
    );
    assert_eq!(starved.status, 422, "{}", starved.text());
    assert_eq!(starved.json()["outcome"], "out_of_gas");
    assert_eq!(
        starved.header_u64("x-gas-used"),
        5001,
        "out of gas costs the limit"
    );
    let parsed = server.call(
        "POST",
        "/v1/invoke/cyclonedx?gas_limit=2000000",
        &setup.a,
        &generated_sbom(2, "short-lane"),
    );
    let parsed_gas = parsed.header_u64("x-gas-used");
    assert_eq!(parsed.expect(200)["output"]["components"], 2);
    assert_eq!(
        spent() - before,
        ok_gas + 5001 + parsed_gas,
        "each short call charged exactly what it reported"
    );
    let r = server.call(
        "POST",
        "/v1/invoke/noop?gas_limit=1000000",
        &setup.a,
        br#"{"sbom": 5}"#,
    );
    assert_eq!(r.status, 400, "{}", r.text());
    let lanes_after = lanes();
    assert_eq!(
        [
            lanes_after[0] - lanes_before[0],
            lanes_after[1] - lanes_before[1]
        ],
        [2, 3],
        "the three policy calls ran short; the parser and the bad body on the blocking pool"
    );
    // A policy call too large to be read when the lane is chosen still keeps the gas limit
    // its body names.
    let big = format!(
        r#"{{"config":{{"pad":"{}"}},"gas_limit":5001}}"#,
        "x".repeat(70 << 10)
    );
    let r = server.call("POST", "/v1/invoke/noop", &setup.a, big.as_bytes());
    assert_eq!(r.status, 422, "{}", r.text());
    assert_eq!(r.header_u64("x-gas-used"), 5001, "the body's gas limit");
    // A key that may invoke but not upload cannot store an SBOM through a parser plugin.
    let r = server.call("POST", "/v1/invoke/cyclonedx", &setup.invoke_only, SAMPLE);
    assert_eq!(r.status, 403, "{}", r.text());
    assert!(r.text().contains("sbom:write"), "{}", r.text());
    // 404s are JSON too.
    let r = server.get_ok("/v1/sboms/ffffffff", &setup.a);
    assert_eq!(r.status, 404);
    assert!(r.json()["error"].is_string());
    assert_eq!(
        server
            .call("POST", "/v1/invoke/no-such-plugin", &setup.a, b"")
            .status,
        404
    );
    // A bad query is a JSON 400.
    let r = server.get_ok("/v1/sboms/x/components?limit=many", &setup.a);
    assert_eq!(r.status, 400);
    assert!(r.json()["error"].is_string());

    // Gas report: CSV with the CLI's columns, a date range, and a bad date refused.
    let csv = server.get_ok("/v1/gas/report?format=csv", &setup.a);
    assert_eq!(csv.status, 200);
    assert!(
        csv.header("content-type")
            .is_some_and(|t| t.starts_with("text/csv"))
    );
    let text = csv.text();
    assert!(
        text.lines().any(|l| l.starts_with("a,cyclonedx,")),
        "{text}"
    );
    let today = server.get_ok("/v1/gas/usage", &setup.a).expect(200)["per_day"][0]["day"]
        .as_str()
        .expect("a day with usage")
        .to_string();
    let in_range = server
        .get_ok(&format!("/v1/gas/report?from={today}"), &setup.a)
        .expect(200);
    assert!(!in_range.as_array().expect("rows").is_empty());
    let before_range = server
        .get_ok("/v1/gas/report?from=2000-01-01&to=2000-01-02", &setup.a)
        .expect(200);
    assert_eq!(before_range, serde_json::json!([]));
    let r = server.get_ok("/v1/gas/usage?from=yesterday", &setup.a);
    assert_eq!(r.status, 400, "{}", r.text());

    // Revoking a key through the admin API takes effect at once.
    let list = server
        .get_ok("/v1/admin/keys?tenant=a", &setup.admin)
        .expect(200);
    let read_only_id = list["keys"]
        .as_array()
        .expect("keys")
        .iter()
        .find(|k| k["scopes"] == serde_json::json!(["sbom:read"]))
        .and_then(|k| k["id"].as_str())
        .expect("the read-only key is listed")
        .to_string();
    assert!(
        !list.to_string().contains(&read_only),
        "keys are never listed"
    );
    server
        .call(
            "DELETE",
            &format!("/v1/admin/keys/{read_only_id}"),
            &setup.admin,
            b"",
        )
        .expect(204);
    assert_eq!(server.get_ok("/v1/sboms", &read_only).status, 401);

    // Health checks need no key, metrics the operator's; each request has an id; the log is
    // JSON lines.
    assert_eq!(server.get("/health/live", None).expect("live").status, 200);
    assert_eq!(server.get("/metrics", None).expect("metrics").status, 401);
    assert_eq!(server.get_ok("/metrics", &setup.a).status, 403);
    let metrics = server.get_ok("/metrics", &setup.admin);
    let text = metrics.text();
    assert!(text.contains("traceguard_http_requests_total"), "{text}");
    assert!(
        text.contains("traceguard_gas_used_total{plugin=") && !text.contains("tenant=\""),
        "gas by plugin, no tenant names unless asked for: {text}"
    );
    let r = server.get_ok("/v1/me", &setup.a);
    assert!(
        r.header("x-request-id").is_some(),
        "every response has a request id"
    );
    // While the server holds the database, the CLI says so instead of a lock error.
    let err = setup.cli.fails(&["tenant", "list"]);
    assert!(err.contains("in use by another process"), "{err}");
    assert!(server.terminate().success());
}

#[test]
fn rate_limit_and_concurrency_cap_answer_429_with_retry_after() {
    let setup = setup();
    let server = Server::start(&setup.cli.db, &["--rate", "1/s", "--burst", "3"]);
    let mut statuses = Vec::new();
    let mut retry = None;
    for _ in 0..6 {
        let r = server.get_ok("/v1/me", &setup.a);
        if r.status == 429 {
            retry = r.header("retry-after").map(str::to_string);
            assert!(
                r.json()["error"]
                    .as_str()
                    .is_some_and(|e| e.contains("rate"))
            );
        }
        statuses.push(r.status);
    }
    assert_eq!(&statuses[..3], &[200, 200, 200], "the burst is served");
    assert!(statuses[3..].contains(&429), "then refused: {statuses:?}");
    let retry: u64 = retry.expect("Retry-After").parse().expect("seconds");
    assert!((1..=2).contains(&retry), "Retry-After {retry}");
    // The other tenant has its own bucket.
    assert_eq!(server.get_ok("/v1/me", &setup.b).status, 200);

    // The request log: one JSON line per request, with its id, route, status and tenant.
    let r = server.get_ok("/v1/budget", &setup.b);
    let id = r.header("x-request-id").expect("X-Request-Id").to_string();
    let log = server.log.clone();
    let status = server.terminate();
    assert!(status.success());
    let line = log
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .iter()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .find(|l| l["request_id"] == id.as_str())
        .expect("a log line for the request");
    assert_eq!(line["route"], "/v1/budget");
    assert_eq!(line["status"], 200);
    assert_eq!(line["tenant"], "b");
}

/// What one load client saw.
#[derive(Default)]
struct Seen {
    gas: u64,
    sboms: Vec<String>,
    invocations: Vec<u64>,
    throttled: u64,
}

/// `clients` threads alternating uploads of fresh SBOMs and no-op invocations until `stop`.
fn load(server: &Server, key: &str, clients: usize, stop: Arc<AtomicBool>) -> Vec<Seen> {
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..clients)
            .map(|c| {
                let stop = stop.clone();
                scope.spawn(move || {
                    let mut seen = Seen::default();
                    let mut i = 0usize;
                    while !stop.load(Ordering::Relaxed) {
                        i += 1;
                        let r = if i.is_multiple_of(2) {
                            let doc = generated_sbom(50 + i % 7, &format!("load-{c}-{i}"));
                            server.send(&Request {
                                method: "POST",
                                path: "/v1/sboms",
                                key: Some(key),
                                body: &doc,
                                content_type: Some("application/json"),
                            })
                        } else {
                            server.send(&Request {
                                method: "POST",
                                path: "/v1/invoke/noop",
                                key: Some(key),
                                body: b"",
                                content_type: None,
                            })
                        };
                        // A connection error ends this client (the server was killed).
                        let Ok(r) = r else { break };
                        match r.status {
                            429 => {
                                assert!(r.header("retry-after").is_some());
                                seen.throttled += 1;
                                // Back off a little, as a client honouring Retry-After would.
                                std::thread::sleep(Duration::from_millis(10));
                                continue;
                            }
                            200 | 201 => {}
                            other => panic!("unexpected {other} under load: {}", r.text()),
                        }
                        seen.gas += r.header_u64("x-gas-used");
                        let v = r.json();
                        seen.invocations
                            .push(v["invocation_id"].as_u64().expect("invocation_id"));
                        if let Some(id) = v["sbom_id"].as_str() {
                            seen.sboms.push(id.to_string());
                        }
                    }
                    seen
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("load client"))
            .collect()
    })
}

#[test]
fn concurrent_load_charges_exactly_the_reported_gas_and_kill_9_loses_nothing_acknowledged() {
    let setup = setup();
    // Four slots for six clients: some requests are refused with 429 on purpose.
    let args = ["--rate", "10000/s", "--max-concurrent", "4"];

    // Phase 1: load for a fixed time, then a graceful shutdown.
    let server = Server::start(&setup.cli.db, &args);
    // The no-op policy evaluates the tenant's newest SBOM.
    let first = upload(&server, &setup.a, &generated_sbom(5, "first"));
    let mut gas = first.header_u64("x-gas-used");
    let mut calls = 1;
    sbom_id(&first);
    let stop = Arc::new(AtomicBool::new(false));
    let timer = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_secs(4));
            stop.store(true, Ordering::Relaxed);
        })
    };
    let seen = load(&server, &setup.a, 6, stop);
    timer.join().expect("timer");
    gas += seen.iter().map(|s| s.gas).sum::<u64>();
    calls += seen.iter().map(|s| s.invocations.len()).sum::<usize>();
    let throttled: u64 = seen.iter().map(|s| s.throttled).sum();
    assert!(calls >= 7, "load made progress ({calls} calls)");
    assert!(
        throttled > 0,
        "six clients over four slots met the concurrency cap"
    );
    let budget = server.get_ok("/v1/budget", &setup.a).expect(200);
    assert_eq!(budget["spent"], gas, "budget spent = sum of X-Gas-Used");
    assert_eq!(budget["reserved"], 0);
    eprintln!("load: {calls} calls, {throttled} refused with 429, {gas} gas");
    assert!(server.terminate().success(), "graceful shutdown");
    {
        let service =
            traceguard::service::Service::open(&setup.cli.db, test_config()).expect("reopen");
        let ledger = count(
            &service,
            "SELECT coalesce(sum(gas_used), 0)::UBIGINT FROM invocations WHERE tenant = 'a'",
        );
        assert_eq!(ledger, gas, "ledger total = sum of X-Gas-Used");
        let rows = count(
            &service,
            "SELECT count(*) FROM invocations WHERE tenant = 'a'",
        );
        assert_eq!(rows, calls as u64, "one ledger row per acknowledged call");
    }

    // Phase 2: kill -9 in the middle of the load.
    let server = Server::start(&setup.cli.db, &args);
    let stop = Arc::new(AtomicBool::new(false));
    // Kill while the clients are still sending: the clients stop on the connection errors.
    let server_pid = server.child.id();
    let kill_at = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(2500));
            let _ = std::process::Command::new("kill")
                .args(["-KILL", &server_pid.to_string()])
                .status();
            stop.store(true, Ordering::Relaxed);
        })
    };
    let seen = load(&server, &setup.a, 6, stop);
    kill_at.join().expect("kill thread");
    server.kill9();
    let acknowledged: Vec<u64> = seen.iter().flat_map(|s| s.invocations.clone()).collect();
    let sboms: Vec<String> = seen.iter().flat_map(|s| s.sboms.clone()).collect();
    assert!(
        !acknowledged.is_empty(),
        "calls were acknowledged before the kill"
    );

    // Restart on the same database: every acknowledged SBOM and ledger row is there.
    let server = Server::start(&setup.cli.db, &args);
    for id in &sboms {
        let r = server.get_ok(&format!("/v1/sboms/{id}"), &setup.a);
        assert_eq!(r.status, 200, "acknowledged SBOM {id} lost: {}", r.text());
    }
    let r = server.get_ok("/v1/me", &setup.a);
    assert_eq!(r.status, 200, "serves after the restart");
    assert!(server.terminate().success());
    let service = traceguard::service::Service::open(&setup.cli.db, test_config()).expect("reopen");
    let stored: BTreeSet<u64> = service
        .state()
        .invocation_ids()
        .expect("ids")
        .into_iter()
        .collect();
    for id in &acknowledged {
        assert!(stored.contains(id), "acknowledged invocation {id} lost");
    }
    // The budget derived at start-up agrees with the ledger.
    let spent = count(
        &service,
        "SELECT coalesce(sum(gas_used), 0)::UBIGINT FROM invocations WHERE tenant = 'a'",
    );
    assert_eq!(service.balance("a").expect("balance").spent, spent);
}

#[test]
fn web_ui_in_headless_chromium() {
    let ui = root().join("tests/ui");
    assert!(
        ui.join("node_modules/playwright-core").is_dir(),
        "tests/ui/node_modules is missing: run examples/scripts/test.sh, which installs Chromium \
         and runs `npm ci` in tests/ui"
    );
    let setup = setup();
    // Tenant `a` on a plan from the first of this month, so the billing card shows a cost (the
    // minimum charge at least); done with the CLI before the server holds the database.
    let plan = setup.cli.dir.path().join("team.toml");
    std::fs::write(
        &plan,
        "name = \"team\"\ncurrency = \"EUR\"\nminimum_charge = 1_000_000\n\
         [prices]\ninstruction = 20000\nbase = 100000\n",
    )
    .expect("write the plan");
    setup
        .cli
        .ok(&["plan", "add", plan.to_str().expect("utf-8 path")]);
    let first = chrono::Utc::now().format("%Y-%m-01").to_string();
    setup
        .cli
        .ok(&["tenant", "set", "a", "--plan", "team", "--from", &first]);
    let server = Server::start(&setup.cli.db, &[]);
    let shots = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("ui-shots");
    let out = std::process::Command::new("node")
        .arg(ui.join("e2e.mjs"))
        .env("BASE_URL", format!("http://{}/", server.addr))
        .env("API_KEY", &setup.a)
        .env(
            "SBOM_FILE",
            root().join("examples/sboms/traceguard-host.cdx.json"),
        )
        .env(
            "DIAG_SBOM_FILE",
            root().join("tests/data/validation/spdx-2.2-generator-shape.json"),
        )
        .env("SCREENSHOT_DIR", &shots)
        .env("EXPECT_PLAN", "team")
        .output()
        .expect("run node tests/ui/e2e.mjs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "the browser test failed:\n{stdout}\n{}\nserver log:\n{}",
        String::from_utf8_lossy(&out.stderr),
        server.log_text()
    );
    assert!(
        stdout.contains("gas dashboard shows the upload"),
        "{stdout}"
    );
    assert!(
        stdout.contains("the HTML invoice renders with its charts"),
        "{stdout}"
    );
    // What the browser did is real: the upload is in the tenant's data and ledger.
    let listed = server.get_ok("/v1/sboms", &setup.a).expect(200);
    assert_eq!(listed["sboms"].as_array().map(Vec::len), Some(2));
}

#[test]
fn sigterm_finishes_the_upload_in_flight_and_flushes_its_ledger_row() {
    let setup = setup();
    let server = Server::start(&setup.cli.db, &[]);
    // Large enough that its parse and store are still running when the signal arrives.
    let doc = generated_sbom(20_000, "in-flight");
    let addr = server.addr;
    let key = setup.a.clone();
    let upload = std::thread::spawn(move || {
        crate::http::send(
            addr,
            &Request {
                method: "POST",
                path: "/v1/sboms",
                key: Some(&key),
                body: &doc,
                content_type: Some("application/json"),
            },
        )
    });
    // Wait until the server has the whole body (its parse starts), then ask it to stop.
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while !server
        .get("/metrics", Some(&setup.admin))
        .map(|m| m.text().contains("traceguard_api_requests_in_flight 1"))
        .unwrap_or(false)
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the upload never started"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    let log = server.log.clone();
    let status = server.terminate();
    let response = upload
        .join()
        .expect("upload thread")
        .expect("the in-flight upload got its response");
    let v = response.expect(201);
    assert_eq!(v["components"], 20_000);
    assert!(status.success(), "graceful exit");
    let lines = log.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let at = |needle: &str| {
        lines
            .iter()
            .position(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("no log line with {needle}:\n{}", lines.join("\n")))
    };
    assert!(
        at(r#""event":"stopping""#) < at(r#""route":"/v1/sboms""#),
        "the upload finished after the signal"
    );
    assert!(at(r#""event":"stopped""#) > at(r#""route":"/v1/sboms""#));
    // After the restart the SBOM and its ledger row are there.
    let service = traceguard::service::Service::open(&setup.cli.db, test_config()).expect("reopen");
    let id = v["invocation_id"].as_u64().expect("invocation_id");
    assert!(service.state().invocation_ids().expect("ids").contains(&id));
    assert_eq!(
        count(
            &service,
            &format!(
                "SELECT count(*) FROM sboms WHERE id = '{}'",
                v["sbom_id"].as_str().expect("sbom_id")
            )
        ),
        1
    );
}

#[test]
fn a_tenant_installs_a_plugin_only_it_can_see_and_run() {
    let setup = setup();
    let installer = new_key(
        &setup.cli,
        &["a", "--scopes", "plugin:install,plugin:invoke,sbom:write"],
    );
    let server = Server::start(&setup.cli.db, &[]);
    let noop = traceguard::plugins::builtin("noop")
        .expect("noop built-in")
        .bytes;

    // Without the scope: refused. With it: installed for tenant a alone.
    let r = server.call("POST", "/v1/plugins?name=mine", &setup.a, noop);
    assert_eq!(r.status, 403, "{}", r.text());
    assert!(r.text().contains("plugin:install"), "{}", r.text());
    let row = server
        .call("POST", "/v1/plugins?name=mine", &installer, noop)
        .expect(201);
    assert_eq!(row["owner"], "a");
    assert_eq!(row["name"], "mine");

    let names = |key: &str| -> Vec<String> {
        server.get_ok("/v1/plugins", key).expect(200)["plugins"]
            .as_array()
            .expect("plugins")
            .iter()
            .map(|p| p["name"].as_str().expect("name").to_string())
            .collect()
    };
    assert!(names(&setup.a).contains(&"mine".to_string()));
    assert!(
        !names(&setup.b).contains(&"mine".to_string()),
        "b sees a's plugin"
    );
    assert!(!names(&setup.admin).contains(&"mine".to_string()));
    assert_eq!(server.get_ok("/v1/plugins/mine", &setup.b).status, 404);
    // A component no global plugin has: b reaches it neither by id nor by id prefix.
    let private = server
        .call(
            "POST",
            "/v1/plugins?name=private",
            &installer,
            &small_plugin(),
        )
        .expect(201);
    let private_id = private["id"].as_str().expect("id");
    for reference in [private_id, &private_id[..12]] {
        let r = server.get_ok(&format!("/v1/plugins/{reference}"), &setup.b);
        assert_eq!(r.status, 404, "{reference}: {}", r.text());
        let r = server.call("POST", &format!("/v1/invoke/{reference}"), &setup.b, b"");
        assert_eq!(r.status, 404, "{reference}: {}", r.text());
        let r = server.get_ok(&format!("/v1/plugins/{reference}"), &setup.a);
        assert_eq!(r.status, 200, "{reference}: {}", r.text());
    }
    assert_eq!(
        server.get_ok("/v1/plugins/mine", &setup.a).expect(200)["owner"],
        "a"
    );

    // a runs it (billed to a); b cannot, by name or by id, and is charged nothing.
    upload(&server, &installer, &generated_sbom(3, "for-mine")).expect(201);
    let ran = server.call("POST", "/v1/invoke/mine", &installer, b"");
    assert_eq!(ran.expect(200)["plugin"], "mine");
    upload(&server, &setup.b, &generated_sbom(3, "b")).expect(201);
    let b_before = server.get_ok("/v1/budget", &setup.b).expect(200);
    assert_eq!(
        server.call("POST", "/v1/invoke/mine", &setup.b, b"").status,
        404
    );
    let id = row["id"].as_str().expect("id");
    // The same bytes are the global `noop` too, so by id b reaches that one, never a's row.
    let by_id = server.call("POST", &format!("/v1/invoke/{id}"), &setup.b, b"");
    assert_eq!(by_id.expect(200)["plugin"], "noop");
    let b_after = server.get_ok("/v1/budget", &setup.b).expect(200);
    assert_eq!(
        b_after["spent"].as_u64().expect("spent") - b_before["spent"].as_u64().expect("spent"),
        by_id.header_u64("x-gas-used"),
        "b paid only for its own call"
    );
    assert!(server.terminate().success());
}
