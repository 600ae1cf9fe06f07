//! A hostile tenant against `traceguard serve` on loopback: plugins that sleep or spin while
//! another tenant is served, a shutdown with such calls in flight, and metrics that need the
//! operator and never grow a label per request.

use std::time::Duration;

use crate::common::*;
use crate::http::{Request, Server};

/// Tenants `a` (hostile) and `b`, a full key each, an admin key; nothing served yet.
struct Siege {
    cli: Cli,
    admin: String,
    a: String,
    b: String,
    /// Tenant `b`, `sbom:read` only.
    reader: String,
}

fn siege() -> Siege {
    let cli = Cli::new();
    cli.ok(&["tenant", "create", "a", "--budget", "1000000000000"]);
    cli.ok(&["tenant", "create", "b", "--budget", "1000000000000"]);
    let scopes = "sbom:write,sbom:read,plugin:invoke,gas:read";
    Siege {
        admin: new_key(&cli, &["--admin"]),
        a: new_key(&cli, &["a", "--scopes", scopes]),
        b: new_key(&cli, &["b", "--scopes", scopes]),
        reader: new_key(&cli, &["b", "--scopes", "sbom:read"]),
        cli,
    }
}

/// Starts `n` concurrent `POST path` calls with `key`; returns their threads.
fn in_parallel(
    server: &Server,
    n: usize,
    path: &str,
    key: &str,
    body: &[u8],
) -> Vec<std::thread::JoinHandle<std::io::Result<crate::http::Response>>> {
    (0..n)
        .map(|_| {
            let (addr, path, key, body) = (
                server.addr,
                path.to_string(),
                key.to_string(),
                body.to_vec(),
            );
            std::thread::spawn(move || {
                crate::http::send(
                    addr,
                    &Request {
                        method: "POST",
                        path: &path,
                        key: Some(&key),
                        body: &body,
                        content_type: Some("application/json"),
                    },
                )
            })
        })
        .collect()
}

#[test]
fn sleeping_plugins_time_out_and_another_tenant_is_served_meanwhile() {
    let s = siege();
    let server = Server::start(&s.cli.db, &[]);
    let sleepy = std::fs::read(build_guest(&root().join("tests/guests/sleepy"), "sleepy"))
        .expect("read sleepy");
    server
        .call("POST", "/v1/plugins?name=sleepy", &s.admin, &sleepy)
        .expect(201);
    upload_sample(&server, &s.a);
    upload_sample(&server, &s.b);
    // Six ten-minute sleeps with a short call's gas limit, as the issue's hostile tenant sent.
    let sleepers = in_parallel(
        &server,
        6,
        "/v1/invoke/sleepy?gas_limit=1000000",
        &s.a,
        br#"{"config":{"mode":"sleep"}}"#,
    );
    let r = server.call("POST", "/v1/invoke/noop?gas_limit=1000000", &s.b, b"");
    let v = r.expect(200);
    assert_eq!(v["outcome"], "ok", "{v}");
    for sleeper in sleepers {
        let r = sleeper
            .join()
            .expect("thread")
            .expect("the sleeper got an answer");
        let v = r.expect(422);
        assert_eq!(v["outcome"], "timeout", "{v}");
        assert_eq!(v["gas_used"], 1_000_000, "{v}");
        assert!(
            v["error"]
                .as_str()
                .is_some_and(|e| e.contains("plugins cannot sleep")),
            "{v}"
        );
    }
}

/// Uploads the sample SBOM as `key`'s tenant.
fn upload_sample(server: &Server, key: &str) {
    server.call("POST", "/v1/sboms", key, SAMPLE).expect(201);
}

#[test]
fn sigterm_interrupts_calls_still_running_after_the_grace_period() {
    let s = siege();
    let server = Server::start(&s.cli.db, &["--shutdown-grace", "1"]);
    let spin = component("policy", &policy_wat("(loop (br 0)) (unreachable)"), None);
    server
        .call("POST", "/v1/plugins?name=spin", &s.admin, &spin)
        .expect(201);
    upload_sample(&server, &s.a);
    // Enough gas to spin for minutes: only the deadline (30 s) or the shutdown can stop them.
    let spinners = in_parallel(
        &server,
        2,
        "/v1/invoke/spin?gas_limit=400000000000",
        &s.a,
        b"{}",
    );
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while !server
        .get("/metrics", Some(&s.admin))
        .map(|m| m.text().contains("traceguard_api_requests_in_flight 2"))
        .unwrap_or(false)
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the calls never started"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    let log = server.log.clone();
    let status = server.terminate();
    assert!(status.success(), "a clean exit");
    let mut ids = Vec::new();
    for spinner in spinners {
        let r = spinner
            .join()
            .expect("thread")
            .expect("the call got an answer");
        let v = r.expect(422);
        assert_eq!(v["outcome"], "interrupted", "{v}");
        assert!(
            v["gas_used"].as_u64().expect("gas_used") < 400_000_000_000,
            "an interrupted call is charged what it used, not its limit: {v}"
        );
        ids.push(v["invocation_id"].as_u64().expect("invocation_id"));
    }
    let lines = log.lock().unwrap_or_else(|e| e.into_inner()).join("\n");
    assert!(lines.contains(r#""event":"interrupting""#), "{lines}");
    // Their ledger rows were flushed before the exit.
    let service = traceguard::service::Service::open(&s.cli.db, test_config()).expect("reopen");
    for id in ids {
        assert_eq!(
            count(
                &service,
                &format!(
                    "SELECT count(*) FROM invocations WHERE id = {id} AND outcome = 'interrupted'"
                )
            ),
            1
        );
    }
}

#[test]
fn metrics_need_the_operator_and_label_tenants_only_when_asked() {
    let s = siege();
    let server = Server::start(
        &s.cli.db,
        &["--metrics-addr", "127.0.0.1:0", "--metrics-tenant-labels"],
    );
    upload_sample(&server, &s.a);
    // Plugins are listed and inspected only by keys that run or install them.
    for path in ["/v1/plugins", "/v1/plugins/noop"] {
        let r = server.get_ok(path, &s.reader);
        assert_eq!(r.status, 403, "{path}: {}", r.text());
        assert!(r.text().contains("plugin:invoke"), "{}", r.text());
        assert_eq!(server.get_ok(path, &s.b).status, 200, "{path}");
    }
    // A flood of made-up methods (it uses up tenant b's request rate): each is counted under
    // one label.
    for i in 0..200 {
        let _ = server.send(&Request {
            method: &format!("BREW{i}"),
            path: "/v1/sboms",
            key: Some(&s.b),
            body: b"",
            content_type: None,
        });
    }
    assert_eq!(server.get("/metrics", None).expect("metrics").status, 401);
    assert_eq!(server.get_ok("/metrics", &s.a).status, 403);
    let text = server.get_ok("/metrics", &s.admin).text();
    assert!(
        text.contains(r#"tenant="a""#),
        "tenant labels were asked for: {text}"
    );
    assert!(!text.contains("BREW"), "{text}");
    assert!(text.contains(r#"method="OTHER""#), "{text}");
    // The private listener answers without a key.
    let line = server
        .log_text()
        .lines()
        .find(|l| l.contains(r#""event":"metrics""#))
        .map(str::to_string)
        .expect("the metrics listener's address is logged");
    let event: serde_json::Value = serde_json::from_str(&line).expect("JSON");
    let addr = event["message"]
        .as_str()
        .expect("message")
        .trim_start_matches("http://")
        .trim_end_matches("/metrics")
        .parse()
        .expect("address");
    let r = crate::http::send(
        addr,
        &Request {
            method: "GET",
            path: "/metrics",
            key: None,
            body: b"",
            content_type: None,
        },
    )
    .expect("private metrics");
    assert_eq!(r.status, 200);
    assert!(r.text().contains("traceguard_gas_used_total"));
}

/// Reads from `stream` until the server closes it; `true` if it did within `guard` (a bound
/// against hanging the test, not a measurement).
fn closed_by_server(stream: &mut std::net::TcpStream, guard: Duration) -> bool {
    use std::io::Read;
    stream.set_read_timeout(Some(guard)).expect("read timeout");
    let mut buf = [0u8; 1024];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => return true,
            Ok(_) => continue,
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => return true,
            Err(_) => return false,
        }
    }
}

#[test]
fn a_client_that_never_sends_its_headers_is_cut_off_and_one_address_has_a_connection_cap() {
    use std::io::Write;
    let s = siege();
    let server = Server::start(
        &s.cli.db,
        &["--header-timeout", "1", "--max-connections-per-client", "3"],
    );
    // Half a request line, then silence: the connection is closed by the server.
    let mut slow = std::net::TcpStream::connect(server.addr).expect("connect");
    slow.write_all(b"GET /health/live HT").expect("write");
    assert!(
        closed_by_server(&mut slow, Duration::from_secs(60)),
        "a client that never finishes its headers is disconnected"
    );
    // Three idle connections are allowed from one address; a fourth is closed at once, while
    // the three are still open.
    let held: Vec<std::net::TcpStream> = (0..3)
        .map(|_| std::net::TcpStream::connect(server.addr).expect("connect"))
        .collect();
    // The server accepts in order: a request on the last one proves all three were accepted.
    let mut last = held.last().expect("three").try_clone().expect("clone");
    last.write_all(b"GET /health/live HTTP/1.1\r\nHost: x\r\n\r\n")
        .expect("write");
    let mut answer = [0u8; 12];
    std::io::Read::read_exact(&mut last, &mut answer).expect("answered");
    assert_eq!(&answer, b"HTTP/1.1 200");
    let mut fourth = std::net::TcpStream::connect(server.addr).expect("the OS accepts the SYN");
    let _ = fourth.write_all(b"GET /health/live HTTP/1.1\r\nHost: x\r\n\r\n");
    assert!(
        closed_by_server(&mut fourth, Duration::from_secs(60)),
        "the fourth connection from one address is refused"
    );
    drop(held);
    // Once they are gone (the server notices the closes), the address may connect again.
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    loop {
        if let Ok(r) = server.get("/health/live", None) {
            assert_eq!(r.status, 200);
            break;
        }
        assert!(std::time::Instant::now() < deadline, "never served again");
        std::thread::sleep(Duration::from_millis(20));
    }
}
