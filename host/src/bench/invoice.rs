//! `traceguard bench --only invoice`: one tenant's invoice over `--ledger-rows` ledger rows of a
//! month, beside the floor measured in the same run: a plain DuckDB `GROUP BY` over the same
//! rows summing what the invoice sums (gas per plugin and class, CPU time, count).
//!
//! The rows are written straight into the ledger table with one `INSERT … SELECT` (varied
//! plugins and gas, spread over November 2026), so the measurement is the invoice, not the
//! load. Peak RSS is reset before each step (`/proc/self/clear_refs`), so each figure is that
//! step's own.

use std::path::Path;
use std::time::Instant;

use anyhow::Context;

use crate::billing::{Month, Plan};
use crate::gas::GasClass;
use crate::state::State;

const PLAN: &str = r#"
name = "bench"
currency = "EUR"
included_gas = 1_000_000_000
minimum_charge = 10_000_000
[prices]
base = 100_000
instruction = 20_000
host_call = 30_000
byte_in = 6_000
row_written = 80_000
memory_page = 500
"#;

fn us(rfc3339: &str) -> anyhow::Result<i64> {
    Ok(chrono::DateTime::parse_from_rfc3339(rfc3339)?.timestamp_micros())
}

/// Resets the peak RSS the kernel reports (Linux), so the next reading is the next step's.
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn peak() -> String {
    super::peak_rss_mib().map_or("n/a".into(), |m| format!("{m:.0} MiB"))
}

/// Writes `rows` ledger rows of tenant `bench` over November 2026 into `db` (created).
fn load(db: &Path, rows: u64) -> anyhow::Result<()> {
    let state = State::open(db)?;
    state.create_tenant("bench", u64::MAX)?;
    state.add_plan(&Plan::from_toml(PLAN)?)?;
    state.set_tenant_plan("bench", "bench", "2026-10-01")?;
    drop(state);
    let conn = duckdb::Connection::open(db)?;
    let start = us("2026-11-01T00:00:00Z")?;
    // One step per row, whole microseconds, so the rows spread over the month.
    let step = (us("2026-12-01T00:00:00Z")? - start) / i64::try_from(rows.max(1))?;
    // Deterministic variety from hash(i): five plugins, gas per class, CPU time.
    conn.execute_batch(&format!(
        "INSERT INTO invocations
         SELECT id, 'bench', pid, plugin, 'sbom-parser', 50000000,
                b + ins + hc + bi + bo + rw + rr + mp, b, ins, hc, bi, bo, rw, rr, mp,
                outcome, NULL, 'bench', make_timestamp(t), make_timestamp(t + 900), cpu, NULL
         FROM (
             SELECT i + 1 AS id, repeat(chr(97 + (i % 5)::INTEGER), 64) AS pid,
                    ['cyclonedx', 'spdx', 'swid', 'license-policy', 'rego'][1 + (i % 5)::INTEGER]
                        AS plugin,
                    5000::UBIGINT AS b, hash(i) % 3000000 AS ins, (hash(i) >> 8) % 20000 AS hc,
                    (hash(i) >> 16) % 900000 AS bi, (hash(i) >> 24) % 4000 AS bo,
                    (hash(i) >> 32) % 200000 AS rw, (hash(i) >> 40) % 1000 AS rr,
                    1024 * ((hash(i) >> 48) % 20) AS mp,
                    CASE WHEN i % 17 = 0 THEN 'trap' ELSE 'ok' END AS outcome,
                    {start} + i * {step} AS t, 500 + hash(i) % 40000 AS cpu
             FROM range({rows}) r(i)
         )"
    ))
    .context("loading the ledger rows")?;
    Ok(())
}

/// Runs the measurement and prints it.
pub fn run(rows: u64, dir: &Path) -> anyhow::Result<()> {
    let db = dir.join("invoice.duckdb");
    let t = Instant::now();
    load(&db, rows)?;
    println!(
        "invoice: {rows} ledger rows loaded in {:.1} s",
        t.elapsed().as_secs_f64()
    );

    // The floor: DuckDB summing the same rows per plugin and class, three times, fastest kept.
    let sums: Vec<String> = GasClass::ALL
        .iter()
        .map(|c| format!("sum(gas_{})", c.name()))
        .collect();
    let floor_sql = format!(
        "SELECT plugin_name, count(*), sum(cpu_us), {} FROM invocations
         WHERE tenant = 'bench' AND finished_at >= TIMESTAMP '2026-11-01'
           AND finished_at < TIMESTAMP '2026-12-01'
         GROUP BY plugin_name ORDER BY plugin_name",
        sums.join(", ")
    );
    reset_peak();
    let conn = duckdb::Connection::open(&db)?;
    let mut floor = f64::MAX;
    for _ in 0..3 {
        let t = Instant::now();
        let mut stmt = conn.prepare(&floor_sql)?;
        let n = stmt.query_map([], |r| r.get::<_, String>(0))?.count();
        anyhow::ensure!(n == 5, "the floor query saw {n} plugins");
        floor = floor.min(t.elapsed().as_secs_f64());
    }
    drop(conn);
    let floor_rss = peak();

    let state = State::open(&db)?;
    let november = Month::parse("2026-11")?;
    // The open month on the 30th: the first derivation hashes every day's rows (and stores the
    // digests of the days that have ended); later ones reuse them.
    let during = us("2026-11-30T12:00:00Z")?;
    reset_peak();
    let t = Instant::now();
    let doc = state.invoice("bench", november, during)?;
    let cold = t.elapsed().as_secs_f64();
    let cold_rss = peak();
    anyhow::ensure!(
        doc.invoice.ledger.rows == rows,
        "the invoice covers {} rows",
        doc.invoice.ledger.rows
    );
    reset_peak();
    let mut open = f64::MAX;
    for _ in 0..3 {
        let t = Instant::now();
        let again = state.invoice("bench", november, during)?;
        open = open.min(t.elapsed().as_secs_f64());
        anyhow::ensure!(again.json == doc.json, "two derivations differ");
    }
    let open_rss = peak();

    reset_peak();
    let t = Instant::now();
    let sealed = state.invoice("bench", november, us("2026-12-05T00:00:00Z")?)?;
    let seal = t.elapsed().as_secs_f64();
    let seal_rss = peak();
    let t = Instant::now();
    let verified = state.verify_invoice("bench", november, us("2026-12-05T00:00:00Z")?)?;
    let verify = t.elapsed().as_secs_f64();
    anyhow::ensure!(verified.ok, "verify: {:?}", verified.difference);
    let t = Instant::now();
    let again = state.invoice("bench", november, us("2026-12-05T00:00:00Z")?)?;
    let stored = t.elapsed().as_secs_f64();
    anyhow::ensure!(again.json == sealed.json, "the sealed invoice changed");

    println!("invoice floor: DuckDB GROUP BY over the rows   {floor:.3} s  peak RSS {floor_rss}");
    println!(
        "invoice, open month, first (hashes every day) {cold:.3} s  peak RSS {cold_rss}  ({:.2}x the floor)",
        cold / floor
    );
    println!(
        "invoice, open month, again (stored digests)  {open:.3} s  peak RSS {open_rss}  ({:.2}x the floor)",
        open / floor
    );
    println!("invoice, seal (record rows, derive, store)   {seal:.3} s  peak RSS {seal_rss}");
    println!("invoice, verify (derive from recorded rows)  {verify:.3} s");
    println!("invoice, sealed again (stored bytes)         {stored:.3} s");
    println!(
        "invoice total {} micro-units {}, {} rows, blake3 {}",
        sealed.invoice.total,
        sealed.invoice.currency.as_deref().unwrap_or("-"),
        sealed.invoice.ledger.rows,
        &sealed.invoice.ledger.blake3[..16]
    );
    Ok(())
}
