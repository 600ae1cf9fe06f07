//! Every way out of the sandbox is bounded and priced: sleeps, clocks, randomness, the console,
//! instantiation, the component's shape, and calls that could not pay for themselves.

use std::collections::BTreeMap;

use traceguard::gas::{BudgetError, GasClass, GasSchedule};
use traceguard::service::{InvokeOptions, Output, Service, ServiceError};

use crate::common::*;

const TENANT: &str = "t";

fn setup() -> (tempfile::TempDir, Service) {
    let dir = tempdir();
    let service = service_in(dir.path(), test_config());
    service
        .create_tenant(TENANT, 100_000_000_000)
        .expect("tenant");
    ingest_sample(&service, TENANT);
    (dir, service)
}

/// The `sleepy` test guest, installed for every tenant.
fn install_sleepy(service: &Service) {
    let wasm = build_guest(&root().join("tests/guests/sleepy"), "sleepy");
    service
        .install_plugin(None, &std::fs::read(&wasm).expect("read"), "sleepy")
        .expect("install");
}

fn with_mode(gas_limit: u64, mode: &str) -> InvokeOptions {
    InvokeOptions {
        gas_limit,
        config: BTreeMap::from([("mode".to_string(), mode.to_string())]),
        ..InvokeOptions::default()
    }
}

fn ledger_rows(service: &Service) -> u64 {
    count(service, "SELECT count(*) FROM invocations")
}

#[test]
fn a_plugin_that_sleeps_for_ten_minutes_is_stopped_as_timed_out_at_once() {
    let (_dir, service) = setup();
    install_sleepy(&service);
    let report = service
        .evaluate(TENANT, "sleepy", None, &with_mode(50_000_000, "sleep"))
        .expect("served");
    assert_failed_cleanly(&service, &report, "timeout");
    assert_eq!(
        report.gas_used, 50_000_000,
        "a timeout is charged its limit"
    );
    let error = report.error.as_deref().unwrap_or_default();
    assert!(error.contains("plugins cannot sleep"), "{error}");
    assert!(error.contains("600s"), "names the sleep asked for: {error}");
    assert_still_serving(&service, TENANT);
}

#[test]
fn clocks_are_virtual_and_sleeps_only_move_them() {
    let (_dir, service) = setup();
    install_sleepy(&service);
    let before = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs();
    let mut seen = Vec::new();
    for _ in 0..2 {
        let report = service
            .evaluate(TENANT, "sleepy", None, &with_mode(50_000_000, "clock"))
            .expect("served");
        assert!(report.ok(), "{:?}", report.error);
        let Some(Output::Policy { findings, .. }) = &report.output else {
            panic!("a policy output: {:?}", report.output);
        };
        seen.push((findings[0].message.clone(), report.gas));
    }
    let after = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs();
    let (message, gas) = &seen[0];
    let fields: BTreeMap<&str, u64> = message
        .split(' ')
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (k, v.parse().expect("a number")))
        .collect();
    // Three 1 ms sleeps move the monotonic clock by exactly 3 ms, and nothing else moves it.
    assert_eq!(fields["slept_ns"], 3_000_000, "{message}");
    // The wall clock is the invocation's own time.
    assert!(
        (before..=after).contains(&fields["wall"]),
        "{message} not in {before}..={after}"
    );
    assert!(gas.get(GasClass::HostCall) > 0, "WASI calls are priced");
    assert_eq!(seen[0].1, seen[1].1, "the same call costs the same gas");
}

#[test]
fn console_output_is_charged_per_byte_and_kept_bounded() {
    let (_dir, service) = setup();
    install_sleepy(&service);
    let schedule = GasSchedule::default_schedule();
    let report = service
        .evaluate(TENANT, "sleepy", None, &with_mode(500_000_000, "print"))
        .expect("served");
    assert!(
        report.ok(),
        "writing 2 MiB to the console is allowed: {:?}",
        report.error
    );
    let out = report.gas.get(GasClass::ByteOut);
    assert!(
        out >= 2 * 1024 * 1024 * schedule.price(GasClass::ByteOut),
        "every console byte is charged: {out}"
    );
    // Each 1 KiB write is at least one WASI call.
    assert!(report.gas.get(GasClass::HostCall) >= 2048 * schedule.price(GasClass::HostCall));
    // The same flood costs the same gas.
    let again = service
        .evaluate(TENANT, "sleepy", None, &with_mode(500_000_000, "print"))
        .expect("served");
    assert_eq!(report.gas, again.gas);
}

/// A policy that imports `wasi:random/random` and calls `get-random-bytes(len)` `times` times.
fn random_policy(len: u64, times: u32) -> Vec<u8> {
    let extra = "package test:extra;
        package wasi:random@0.2.0 {
            interface random { get-random-bytes: func(len: u64) -> list<u8>; }
        }
        world w { import wasi:random/random@0.2.0; include traceguard:plugin/policy@0.1.0; }";
    let body = format!(
        "(local $i i32)
        (loop $l
            (call $random (i64.const {len}) (i32.const 1024))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br_if $l (i32.lt_u (local.get $i) (i32.const {times}))))
        (i32.store8 (i32.const 0) (i32.const 0))
        (i32.store8 (i32.const 4) (i32.const 1))
        (i32.store (i32.const 8) (i32.const 0))
        (i32.store (i32.const 12) (i32.const 0))
        (i32.const 0)"
    );
    let wat = policy_wat(&body).replace(
        "(memory (export \"memory\") 1)",
        r#"(import "wasi:random/random@0.2.0" "get-random-bytes" (func $random (param i64 i32)))
               (memory (export "memory") 4)"#,
    );
    component("policy", &wat, Some(extra))
}

#[test]
fn random_bytes_are_priced_per_byte_and_a_flood_is_refused() {
    let (_dir, service) = setup();
    let schedule = GasSchedule::default_schedule();
    service
        .install_plugin(None, &random_policy(1000, 10), "dice")
        .expect("install");
    let report = service
        .evaluate(TENANT, "dice", None, &opts(50_000_000))
        .expect("served");
    assert!(report.ok(), "{:?}", report.error);
    assert_eq!(
        report.gas.get(GasClass::ByteIn),
        10_000 * schedule.price(GasClass::ByteIn)
    );
    assert_eq!(
        report.gas.get(GasClass::HostCall),
        10 * schedule.price(GasClass::HostCall)
    );

    service
        .install_plugin(None, &random_policy(1 << 30, 1), "flood")
        .expect("install");
    let report = service
        .evaluate(TENANT, "flood", None, &opts(50_000_000))
        .expect("served");
    assert_failed_cleanly(&service, &report, "resource_limit");
    let error = report.error.as_deref().unwrap_or_default();
    assert!(
        error.contains("1073741824 random bytes") && error.contains("65536"),
        "{error}"
    );
}

/// A policy whose core module runs `iterations` loop iterations in its start function.
fn starting_policy(iterations: &str) -> Vec<u8> {
    let wat = policy_wat(
        "(i32.store8 (i32.const 0) (i32.const 0))
        (i32.store8 (i32.const 4) (i32.const 1))
        (i32.store (i32.const 8) (i32.const 0))
        (i32.store (i32.const 12) (i32.const 0))
        (i32.const 0)",
    )
    .replace(
        "(memory (export \"memory\") 1)",
        &format!(
            r#"(memory (export "memory") 1)
            (func $warm_up (local $i i32)
                (loop $l
                    (local.set $i (i32.add (local.get $i) (i32.const 1)))
                    (br_if $l (i32.lt_u (local.get $i) (i32.const {iterations})))))
            (start $warm_up)"#
        ),
    );
    component("policy", &wat, None)
}

#[test]
fn instantiation_is_metered_and_charged() {
    let (_dir, service) = setup();
    service
        .install_plugin(None, &starting_policy("1000000"), "warm")
        .expect("install");
    let report = service
        .evaluate(TENANT, "warm", None, &opts(50_000_000))
        .expect("served");
    assert!(report.ok(), "{:?}", report.error);
    // Five operators an iteration (local.get, i32.const, i32.add, local.set, and the loop's
    // test) over a million iterations: the start function's work is charged.
    assert!(
        report.gas.get(GasClass::Instruction) > 4_000_000,
        "{:?}",
        report.gas
    );

    // A start function that never ends is stopped by the call's own gas and charged the limit.
    service
        .install_plugin(None, &starting_policy("-1"), "spin")
        .expect("install");
    let report = service
        .evaluate(TENANT, "spin", None, &opts(20_000_000))
        .expect("served");
    assert_failed_cleanly(&service, &report, "out_of_gas");
    assert_eq!(report.gas_used, 20_000_000);
}

#[test]
fn a_component_cannot_take_more_memories_than_its_share_of_the_pool() {
    let (_dir, service) = setup();
    let wat = policy_wat("(i32.const 0)").replace(
        "(memory (export \"memory\") 1)",
        r#"(memory (export "memory") 1) (memory $b 1) (memory $c 1)"#,
    );
    let bytes = component("policy", &wat, None);
    // Refused when it is installed (if the engine can tell) or when it is instantiated.
    match service.install_plugin(None, &bytes, "hoarder") {
        Err(e) => {
            let text = format!("{e:#}");
            assert!(text.contains("memor"), "{text}");
        }
        Ok(_) => {
            let report = service
                .evaluate(TENANT, "hoarder", None, &opts(50_000_000))
                .expect("served");
            assert!(!report.ok());
            let error = report.error.as_deref().unwrap_or_default();
            assert!(error.contains("memor"), "the error names memories: {error}");
            assert_eq!(
                count(
                    &service,
                    "SELECT count(*) FROM policy_results WHERE error IS NULL AND plugin_name = 'hoarder'"
                ),
                0
            );
        }
    }
    assert_still_serving(&service, TENANT);
}

#[test]
fn a_call_that_cannot_pay_its_base_cost_is_refused_without_a_ledger_row() {
    let (_dir, service) = setup();
    let base = GasSchedule::default_schedule().price(GasClass::Base);
    let before = ledger_rows(&service);
    for limit in [0, base - 1] {
        let error = service
            .evaluate(TENANT, "license-policy", None, &opts(limit))
            .expect_err("refused");
        assert!(
            matches!(error, ServiceError::Budget(BudgetError::BelowBase { .. })),
            "{error}"
        );
        assert!(error.to_string().contains("base cost"), "{error}");
    }
    assert_eq!(
        ledger_rows(&service),
        before,
        "no ledger row for a refused call"
    );
    // A tenant with less than the base cost left cannot even try.
    service
        .create_tenant("poor", 1_000_000_000)
        .expect("tenant");
    ingest_sample(&service, "poor");
    let spent = service.balance("poor").expect("balance").spent;
    service
        .set_budget("poor", spent + base - 1)
        .expect("budget");
    let rows = ledger_rows(&service);
    let error = service
        .evaluate("poor", "license-policy", None, &opts(base))
        .expect_err("refused");
    assert!(
        matches!(
            error,
            ServiceError::Budget(BudgetError::Insufficient { .. })
        ),
        "{error}"
    );
    // Nor can it ingest: nothing is staged, nothing is recorded.
    let error = service
        .parse("poor", "cyclonedx", SAMPLE, &opts(500_000_000))
        .expect_err("refused");
    assert!(
        matches!(
            error,
            ServiceError::Budget(BudgetError::Insufficient { .. })
        ),
        "{error}"
    );
    assert_eq!(
        ledger_rows(&service),
        rows,
        "no ledger row for a refused call"
    );
    assert_eq!(
        service.balance("poor").expect("balance").available,
        base - 1
    );
}
