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

/// The ledger journal at start-up: complete rows missing from DuckDB are recovered, rows
/// already there are not duplicated, and a line torn by a crash is ignored.
#[test]
fn the_ledger_journal_recovers_missing_rows_once_and_ignores_a_torn_line() {
    use traceguard::gas::GasBreakdown;
    use traceguard::state::{LedgerRow, State, WriteJob, now_us};

    let dir = tempdir();
    let db = dir.path().join("journal.duckdb");
    let row = |id: u64| LedgerRow {
        id,
        tenant: "j".into(),
        plugin_id: "0".repeat(64),
        plugin_name: "noop".into(),
        kind: "policy".into(),
        gas_limit: 10,
        gas_used: 7,
        gas: GasBreakdown::default(),
        outcome: "ok".into(),
        error: None,
        schedule_version: "test".into(),
        started_at_us: now_us(),
        finished_at_us: now_us(),
        cpu_us: 1,
        subject: None,
    };
    {
        let state = State::open(&db).expect("open");
        for id in 1..=3 {
            state
                .commit(WriteJob {
                    ledger: row(id),
                    write: None,
                })
                .expect("commit");
        }
    } // closing moves the journal into DuckDB
    let segments = || -> Vec<std::path::PathBuf> {
        std::fs::read_dir(dir.path())
            .expect("dir")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.to_string_lossy().contains(".ledger-journal."))
            .collect()
    };
    assert!(
        segments()
            .iter()
            .all(|p| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0) == 0),
        "nothing left to replay after a clean close: {:?}",
        segments()
    );
    let journal = dir.path().join("journal.duckdb.ledger-journal.7");
    // As a crash would leave it: row 2 again (already in DuckDB), row 4 (not yet moved), and
    // row 5 cut off mid-line.
    let line = |id: u64| {
        format!(
            r#"{{"id":{id},"tenant":"j","plugin_id":"{}","plugin_name":"noop","kind":"policy","gas_limit":10,"gas_used":7,"gas":[0,0,0,0,0,0,0,0],"outcome":"ok","error":null,"schedule_version":"test","started_at_us":1,"finished_at_us":2,"cpu_us":1,"subject":null}}"#,
            "0".repeat(64)
        )
    };
    let torn = line(5);
    std::fs::write(
        &journal,
        format!("{}\n{}\n{}", line(2), line(4), &torn[..torn.len() / 2]),
    )
    .expect("write journal");
    let state = State::open(&db).expect("reopen");
    assert_eq!(state.invocation_ids().expect("ids"), vec![1, 2, 3, 4]);
    assert_eq!(
        state.next_invocation_id(),
        5,
        "ids continue after recovered rows"
    );
    assert!(!journal.exists(), "replayed segments are removed");
    drop(state);
    // A write that failed part-way and appends after it (on a line of their own): the torn
    // line is skipped, the rows after it are still recovered.
    let torn = line(6);
    std::fs::write(
        &journal,
        format!("{}\n{}\n{}\n", &torn[..torn.len() / 3], line(7), line(8)),
    )
    .expect("write journal");
    let state = State::open(&db).expect("reopen");
    assert_eq!(state.invocation_ids().expect("ids"), vec![1, 2, 3, 4, 7, 8]);
}
