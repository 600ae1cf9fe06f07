//! A process invoking in a loop is killed with SIGKILL: every invocation it reported as settled
//! has its ledger row, and the database reopens cleanly.

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use crate::common::*;

#[test]
fn every_settled_invocation_survives_sigkill() {
    let dir = tempdir();
    let db = dir.path().join("kill.duckdb");
    let run = |args: &[&str]| {
        let out = bin()
            .arg("--db")
            .arg(&db)
            .args(args)
            .env("TRACEGUARD_CACHE_DIR", cache_dir())
            .output()
            .expect("run");
        assert!(
            out.status.success(),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    run(&["tenant", "create", "k", "--budget", "100000000000"]);
    let sample = root().join("examples/sboms/traceguard-host.cdx.json");
    run(&[
        "invoke",
        "--tenant",
        "k",
        "cyclonedx",
        sample.to_str().expect("utf-8 path"),
    ]);

    let mut child = bin()
        .arg("--db")
        .arg(&db)
        .args([
            "invoke",
            "--tenant",
            "k",
            "noop",
            "--repeat",
            "10000000",
            "--gas-limit",
            "1000000",
        ])
        .env("TRACEGUARD_CACHE_DIR", cache_dir())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn invoke loop");
    let stdout = child.stdout.take().expect("stdout");
    let mut settled = Vec::new();
    for line in BufReader::new(stdout).lines() {
        let line = line.expect("read line");
        let id: u64 = line
            .strip_prefix("settled invocation ")
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|id| id.parse().ok())
            .unwrap_or_else(|| panic!("unexpected line {line:?}"));
        settled.push(id);
        if settled.len() == 300 {
            break;
        }
    }
    // SIGKILL: no destructors, no flush, no checkpoint.
    child.kill().expect("kill");
    let _ = child.wait();
    assert_eq!(
        settled.len(),
        300,
        "the loop reported settled invocations before the kill"
    );

    let service = service_in_db(&db);
    let ids = service.state().invocation_ids().expect("ids");
    for id in &settled {
        assert!(
            ids.contains(id),
            "settled invocation {id} lost after SIGKILL"
        );
    }
    let balance = service.balance("k").expect("tenant survives");
    assert_eq!(
        balance.spent,
        count(&service, "SELECT sum(gas_used)::UBIGINT FROM invocations")
    );
    // The reopened database keeps serving.
    let report = service
        .evaluate("k", "noop", None, &opts(1_000_000))
        .expect("invoke after restart");
    assert!(report.ok());
    assert!(
        report.invocation_id > *settled.iter().max().expect("non-empty"),
        "ids keep increasing after restart"
    );
}

fn service_in_db(db: &std::path::Path) -> traceguard::service::Service {
    traceguard::service::Service::open(db, test_config()).expect("reopen after SIGKILL")
}
