//! Misbehaving plugins: each is stopped, charged, reported clearly, leaves no state, and the
//! host keeps serving afterwards.

use std::time::Duration;

use traceguard::service::Service;

use crate::common::*;

const TENANT: &str = "t";

fn setup(config: traceguard::runtime::SandboxConfig) -> (tempfile::TempDir, Service) {
    let dir = tempdir();
    let service = service_in(dir.path(), config);
    service
        .create_tenant(TENANT, 100_000_000_000)
        .expect("tenant");
    ingest_sample(&service, TENANT);
    (dir, service)
}

/// After hostile parses, no component but the sample's 329 was stored, and the host still
/// serves (see [`assert_still_serving`]).
fn assert_still_serving_with_only_the_sample(service: &Service) {
    assert_eq!(
        count(service, "SELECT count(*) FROM components"),
        329,
        "only the sample's"
    );
    assert_still_serving(service, TENANT);
}

fn run_policy(
    service: &Service,
    name: &str,
    body: &str,
    gas_limit: u64,
) -> traceguard::service::InvokeReport {
    let bytes = component("policy", &policy_wat(body), None);
    service
        .install_plugin(None, &bytes, name)
        .expect("hostile component installs (it is well-formed)");
    service
        .evaluate(TENANT, name, None, &opts(gas_limit))
        .expect("the call itself is served")
}

#[test]
fn infinite_loop_runs_out_of_gas_and_is_charged_the_limit() {
    let (_dir, service) = setup(test_config());
    let before = service.balance(TENANT).expect("balance");
    let report = run_policy(&service, "spin", "(loop (br 0)) (unreachable)", 3_000_000);
    assert_failed_cleanly(&service, &report, "out_of_gas");
    assert_eq!(
        report.gas_used, 3_000_000,
        "out of gas charges exactly the limit"
    );
    assert!(
        report
            .error
            .as_deref()
            .unwrap_or_default()
            .contains("out of gas")
    );
    let after = service.balance(TENANT).expect("balance");
    assert_eq!(after.spent - before.spent, 3_000_000);
    assert_eq!(after.reserved, 0, "the reservation is released");
    assert_still_serving(&service, TENANT);
}

#[test]
fn infinite_loop_with_ample_gas_hits_the_deadline() {
    let config = traceguard::runtime::SandboxConfig {
        timeout: Duration::from_millis(300),
        ..test_config()
    };
    let (_dir, service) = setup(config);
    let report = run_policy(
        &service,
        "spin",
        "(loop (br 0)) (unreachable)",
        50_000_000_000,
    );
    assert_failed_cleanly(&service, &report, "timeout");
    assert!(
        report
            .error
            .as_deref()
            .unwrap_or_default()
            .contains("deadline exceeded")
    );
    assert_eq!(
        report.gas_used, 50_000_000_000,
        "a timeout is charged the whole limit"
    );
    assert_still_serving(&service, TENANT);
}

#[test]
fn unbounded_memory_growth_hits_the_memory_limit() {
    let (_dir, service) = setup(test_config());
    let report = run_policy(
        &service,
        "bomb",
        "(loop (br_if 0 (i32.ne (memory.grow (i32.const 16)) (i32.const -1)))) (unreachable)",
        1_000_000_000,
    );
    assert_failed_cleanly(&service, &report, "resource_limit");
    let error = report.error.as_deref().unwrap_or_default();
    assert!(
        error.contains("grow its memory") && error.contains(&(64u64 << 20).to_string()),
        "{error}"
    );
    assert!(
        report.gas.get(traceguard::gas::GasClass::MemoryPage) > 0,
        "growth is charged"
    );
    assert_still_serving(&service, TENANT);
}

#[test]
fn unbounded_recursion_overflows_the_stack() {
    let (_dir, service) = setup(test_config());
    let report = run_policy(
        &service,
        "recurse",
        "(call $inner (local.get 0))",
        1_000_000_000,
    );
    assert_failed_cleanly(&service, &report, "stack_overflow");
    assert!(
        report
            .error
            .as_deref()
            .unwrap_or_default()
            .contains("recursion")
    );
    assert_still_serving(&service, TENANT);
}

#[test]
fn a_trap_is_reported_with_its_cause() {
    let (_dir, service) = setup(test_config());
    let report = run_policy(&service, "crash", "(unreachable)", 10_000_000);
    assert_failed_cleanly(&service, &report, "trap");
    assert!(
        report
            .error
            .as_deref()
            .unwrap_or_default()
            .contains("unreachable"),
        "{:?}",
        report.error
    );
    assert_still_serving(&service, TENANT);
}

#[test]
fn garbage_results_are_refused() {
    let (_dir, service) = setup(test_config());
    // Result discriminant 7 does not exist: lifting the return value fails.
    let report = run_policy(
        &service,
        "garbage",
        "(i32.store8 (i32.const 100) (i32.const 7)) (i32.const 100)",
        10_000_000,
    );
    assert_failed_cleanly(&service, &report, "trap");
    assert!(
        report
            .error
            .as_deref()
            .unwrap_or_default()
            .contains("discriminant"),
        "{:?}",
        report.error
    );
    assert_still_serving(&service, TENANT);
}

#[test]
fn a_huge_findings_list_exceeds_the_output_limit() {
    let (_dir, service) = setup(test_config());
    // ok(evaluation { passed: false, findings: 100_000 zeroed records at address 1024 }).
    // A zeroed finding is valid: empty strings, severity info, no options.
    let body = "(drop (memory.grow (i32.const 80)))
                (i32.store8 (i32.const 0) (i32.const 0))
                (i32.store8 (i32.const 4) (i32.const 0))
                (i32.store (i32.const 8) (i32.const 1024))
                (i32.store (i32.const 12) (i32.const 100000))
                (i32.const 0)";
    let report = run_policy(&service, "flood", body, 1_000_000_000);
    assert_failed_cleanly(&service, &report, "output_limit");
    assert!(
        report
            .error
            .as_deref()
            .unwrap_or_default()
            .contains("100000 findings")
    );
    assert_still_serving(&service, TENANT);
}

#[test]
fn a_parser_that_keeps_pushing_after_refusal_is_stopped() {
    let (_dir, service) = setup(test_config());
    // Pushes batches of 1024 zeroed components forever, ignoring the sink's refusal.
    let wat = pusher_wat(
        "(loop (call $push (local.get 1) (i32.const 1024) (i32.const 1024) (i32.const 64)) (br 0))",
    );
    let bytes = component("sbom-parser", &wat, None);
    service
        .install_plugin(None, &bytes, "pusher")
        .expect("installs");
    let report = service
        .parse(TENANT, "pusher", b"anything", &opts(10_000_000_000))
        .expect("served");
    assert_failed_cleanly(&service, &report, "output_limit");
    let error = report.error.as_deref().unwrap_or_default();
    assert!(
        error.contains("after the host refused") && error.contains("50000 output rows"),
        "{error}"
    );
    assert_eq!(
        count(&service, "SELECT count(*) FROM sboms"),
        1,
        "only the sample SBOM is stored"
    );
    assert_still_serving(&service, TENANT);
}

/// A parser whose one batch of 1024 components each lists two licences of `len` bytes (the
/// same bytes every time: 1024 × 2 × `len` bytes of strings from 128 KiB of memory). With
/// `again`, it pushes the batch forever, ignoring refusals; without, it traps after one push.
/// With `poison_last`, the last component's second licence is not UTF-8.
fn big_string_pusher(len: u32, then: &str, poison_last: bool) -> Vec<u8> {
    // A component record is 84 bytes (canonical ABI); `licenses` is the list at offset 52.
    // Records start at 1024 (the last at 86,956). Licence list A (two strings at address 0,
    // all bytes below 0x80 so valid UTF-8) is at 88,064, list B (the same, then one at 122,000
    // whose second byte is 0xFF) at 88,080. The push's result goes to 100,000, past the
    // strings (a refusal's message would not be UTF-8 inside them); the plugin's heap starts
    // at 120,000.
    assert!(len <= 8_192 || !poison_last);
    let poison = if poison_last {
        "(i32.store offset=52 (i32.const 86956) (i32.const 88080))
            (i32.store8 (i32.const 122001) (i32.const 255))"
    } else {
        ""
    };
    let wat = pusher_wat(&format!(
        r#"(i32.store (i32.const 88064) (i32.const 0))
            (i32.store (i32.const 88068) (i32.const {len}))
            (i32.store (i32.const 88072) (i32.const 0))
            (i32.store (i32.const 88076) (i32.const {len}))
            (i32.store (i32.const 88080) (i32.const 0))
            (i32.store (i32.const 88084) (i32.const {len}))
            (i32.store (i32.const 88088) (i32.const 122000))
            (i32.store (i32.const 88092) (i32.const {len}))
            (loop $fill
                (local.set $rec (i32.add (i32.const 1024) (i32.mul (local.get $i) (i32.const 84))))
                (i32.store offset=52 (local.get $rec) (i32.const 88064))
                (i32.store offset=56 (local.get $rec) (i32.const 2))
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (br_if $fill (i32.lt_u (local.get $i) (i32.const 1024))))
            {poison}
            (loop $push
                (call $push (local.get 1) (i32.const 1024) (i32.const 1024) (i32.const 100000))
                {then})"#
    ));
    component("sbom-parser", &wat, None)
}

/// A parser module (two pages of memory, the heap from 120,000) whose `parse` export runs
/// `body` with the sink's handle in local 1, locals `$i` and `$rec`, `$push` imported as
/// `sink.push-components` and `$drop_input`/`$drop_sink` to end the borrows of the input (local
/// 0) and sink before returning; it traps if `body` falls through.
fn pusher_wat(body: &str) -> String {
    sink_wat("push-components", body)
}

/// [`pusher_wat`] with `$push` imported as the sink's method `method` (`push-components`,
/// `report-batch`, …; each takes the handle, a list pointer and length, and a result pointer).
fn sink_wat(method: &str, body: &str) -> String {
    let realloc = bump_realloc(120_000);
    format!(
        r#"(module
        (import "traceguard:plugin/sbom-io@0.1.0" "[method]sink.{method}" (func $push (param i32 i32 i32 i32)))
        (import "traceguard:plugin/sbom-io@0.1.0" "[resource-drop]input" (func $drop_input (param i32)))
        (import "traceguard:plugin/sbom-io@0.1.0" "[resource-drop]sink" (func $drop_sink (param i32)))
        (memory (export "memory") 2)
        {realloc}
        (func (export "traceguard:plugin/parser@0.1.0#detect") (param i32 i32) (result i32) (i32.const 0))
        (func (export "traceguard:plugin/parser@0.1.0#parse") (param i32 i32) (result i32)
            (local $i i32) (local $rec i32)
            {body}
            (unreachable)))"#
    )
}

/// [`setup`] with output limited to 1 MiB per call (the sample's 206 KB still fits).
fn setup_output_limited() -> (tempfile::TempDir, Service) {
    let mut config = test_config();
    config.limits.output_bytes = 1 << 20;
    setup(config)
}

/// Installs and runs `plugin` as a parser; returns its report and error text.
fn run_parser(
    service: &Service,
    name: &str,
    plugin: &[u8],
) -> (traceguard::service::InvokeReport, String) {
    service
        .install_plugin(None, plugin, name)
        .expect("installs");
    let report = service
        .parse(TENANT, name, b"anything", &opts(10_000_000_000))
        .expect("served");
    let error = report.error.clone().unwrap_or_default();
    (report, error)
}

#[test]
fn a_push_of_more_than_a_call_may_copy_traps() {
    let (_dir, service) = setup(test_config());
    // 160 MiB of strings: past the most the host reads in one call (128 MiB).
    let (report, error) = run_parser(
        &service,
        "big-pusher",
        &big_string_pusher(81_920, "", false),
    );
    assert_failed_cleanly(&service, &report, "trap");
    assert!(
        error.contains("the most the host copies in one call"),
        "{error}"
    );
    assert_still_serving_with_only_the_sample(&service);
}

#[test]
fn a_push_over_the_output_byte_limit_is_refused() {
    let (_dir, service) = setup_output_limited();
    // 16 MiB of strings: within what a call may copy, past the output limit.
    let (report, error) = run_parser(
        &service,
        "big-pusher",
        &big_string_pusher(8_192, "(br $push)", false),
    );
    assert_failed_cleanly(&service, &report, "output_limit");
    assert!(
        error.contains("after the host refused") && error.contains("1048576 output bytes"),
        "{error}"
    );
    assert_still_serving(&service, TENANT);
}

#[test]
fn a_malformed_push_after_a_refusal_ends_the_call_over_its_output_limit() {
    let (_dir, service) = setup_output_limited();
    // The first push (16 MiB) is refused; the plugin then pushes one record whose bom-ref lies
    // outside its memory. That push cannot be read, so the lift fails before the host sees it
    // is a push after a refusal, but the call is still reported as over its output limit.
    let again = "(i32.store (i32.const 1024) (i32.const 0x7fff0000)) (i32.store (i32.const 1028) (i32.const 4))
        (call $push (local.get 1) (i32.const 1024) (i32.const 1) (i32.const 100000))";
    let (report, error) = run_parser(
        &service,
        "big-pusher",
        &big_string_pusher(8_192, again, false),
    );
    assert_failed_cleanly(&service, &report, "output_limit");
    assert!(
        error.contains("after the host refused")
            && error.contains("1048576 output bytes")
            && error.contains("out of bounds"),
        "{error}"
    );
    assert_still_serving(&service, TENANT);
}

#[test]
fn a_push_of_too_many_entries_is_refused_unread() {
    // 1,025 entries, the list pointer outside memory: the host refuses the push by its length
    // (sink-error `batch-too-large(1024)`) and reads none of it; the plugin then returns ok.
    let wat = pusher_wat(
        "(call $push (local.get 1) (i32.const 0x7fff0000) (i32.const 1025) (i32.const 100000))
         (if (i32.and (i32.and (i32.eq (i32.load8_u (i32.const 100000)) (i32.const 1))
                               (i32.eq (i32.load8_u (i32.const 100004)) (i32.const 0)))
                      (i32.eq (i32.load (i32.const 100008)) (i32.const 1024)))
             (then (call $drop_input (local.get 0)) (call $drop_sink (local.get 1))
                   (return (i32.const 100096))))",
    );
    let (_dir, service) = setup(test_config());
    let (report, error) = run_parser(&service, "too-many", &component("sbom-parser", &wat, None));
    assert!(report.ok(), "{error}");
}

#[test]
fn a_diagnostics_batch_of_too_many_entries_is_refused_unread() {
    // 1,025 diagnostic entries (28 bytes each, zeros: every string empty, severity info) at
    // 1024, entry 1,000 with a severity that does not exist (7): the host refuses the batch by
    // its length (`batch-too-large(1024)`) without lifting an entry (lifting would trap on the
    // bad severity); the plugin sees the refusal and returns ok, and nothing is stored.
    let wat = sink_wat(
        "report-batch",
        "(i32.store8 (i32.const 29032) (i32.const 7))
         (call $push (local.get 1) (i32.const 1024) (i32.const 1025) (i32.const 100000))
         (if (i32.and (i32.and (i32.eq (i32.load8_u (i32.const 100000)) (i32.const 1))
                               (i32.eq (i32.load8_u (i32.const 100004)) (i32.const 0)))
                      (i32.eq (i32.load (i32.const 100008)) (i32.const 1024)))
             (then (call $drop_input (local.get 0)) (call $drop_sink (local.get 1))
                   (return (i32.const 100096))))",
    );
    let (_dir, service) = setup(test_config());
    let (report, error) = run_parser(
        &service,
        "too-many-diagnostics",
        &component("sbom-parser", &wat, None),
    );
    assert!(report.ok(), "{error}");
    match report.output {
        Some(traceguard::service::Output::Sbom { diagnostics, .. }) => {
            assert!(diagnostics.is_empty(), "{diagnostics:?}")
        }
        other => panic!("expected an SBOM, got {other:?}"),
    }
}

#[test]
fn a_malformed_string_past_the_output_limit_still_traps() {
    let (_dir, service) = setup_output_limited();
    // Past the 1 MiB output limit the push is still read whole, and checked, before it is refused.
    let (report, error) = run_parser(&service, "big-pusher", &big_string_pusher(8_192, "", true));
    assert_failed_cleanly(&service, &report, "trap");
    assert!(error.contains("utf-8"), "{error}");
    assert_still_serving(&service, TENANT);
}

#[test]
fn a_malformed_push_traps_and_says_what_is_wrong() {
    // One component record at 1024 (84 bytes, zeros: every string empty, every option none,
    // every list empty, kind `application`), changed by each case before it is pushed.
    let cases = [
        ("", "unreachable"),
        (
            "(i32.store (i32.const 1024) (i32.const 0x7fff0000)) (i32.store (i32.const 1028) (i32.const 4))",
            "string pointer/length out of bounds of memory",
        ),
        (
            "(i32.store8 (i32.const 2000) (i32.const 255)) (i32.store (i32.const 1032) (i32.const 2000)) (i32.store (i32.const 1036) (i32.const 1))",
            "component 0 of the pushed batch: its `name` is not valid utf-8",
        ),
        (
            "(i32.store8 (i32.const 1040) (i32.const 2))",
            "invalid option discriminant",
        ),
        (
            "(i32.store8 (i32.const 1104) (i32.const 13))",
            "unexpected discriminant: 13",
        ),
        (
            "(i32.store (i32.const 1076) (i32.const 2002)) (i32.store (i32.const 1080) (i32.const 1))",
            "list pointer is not aligned",
        ),
        (
            "(i32.store (i32.const 1084) (i32.const 130000)) (i32.store (i32.const 1088) (i32.const 1000))",
            "list pointer/length out of bounds of memory",
        ),
    ];
    let (_dir, service) = setup(test_config());
    for (i, (change, expected)) in cases.into_iter().enumerate() {
        let wat = pusher_wat(&format!(
            "{change} (call $push (local.get 1) (i32.const 1024) (i32.const 1) (i32.const 100000))"
        ));
        let plugin = component("sbom-parser", &wat, None);
        let (report, error) = run_parser(&service, &format!("malformed-{i}"), &plugin);
        assert_failed_cleanly(&service, &report, "trap");
        assert!(error.contains(expected), "case {i}: {error}");
    }
    assert_still_serving_with_only_the_sample(&service);
}

#[test]
fn a_push_of_utf16_strings_is_stored_as_the_same_text() {
    // The host reads UTF-8 pushes itself; other encodings go through wasmtime's typed lift.
    // bom-ref "a" (UTF-16 at 3000) and name "aé" (at 3004) of one component record at 1024;
    // the parse then returns ok with a summary of one component (the result at 100,096).
    let wat = pusher_wat(
        "(i32.store16 (i32.const 3000) (i32.const 0x61))
         (i32.store16 (i32.const 3004) (i32.const 0x61)) (i32.store16 (i32.const 3006) (i32.const 0xe9))
         (i32.store (i32.const 1024) (i32.const 3000)) (i32.store (i32.const 1028) (i32.const 1))
         (i32.store (i32.const 1032) (i32.const 3004)) (i32.store (i32.const 1036) (i32.const 2))
         (call $push (local.get 1) (i32.const 1024) (i32.const 1) (i32.const 100000))
         (i64.store (i32.const 100104) (i64.const 1))
         (call $drop_input (local.get 0)) (call $drop_sink (local.get 1))
         (return (i32.const 100096))",
    );
    let (_dir, service) = setup(test_config());
    let (report, error) = run_parser(&service, "utf16", &utf16_component("sbom-parser", &wat));
    assert!(report.ok(), "{error}");
    assert_eq!(
        count(
            &service,
            "SELECT count(*) FROM components WHERE bom_ref = 'a' AND name = 'a\u{e9}'"
        ),
        1
    );
}

#[test]
fn an_import_the_host_does_not_provide_is_refused_at_install() {
    let (_dir, service) = setup(test_config());
    let extra = "package test:extra;
        interface net { connect: func(host: string) -> u32; }
        world w { import net; include traceguard:plugin/policy@0.1.0; }";
    let wat = policy_wat("(i32.const 0)").replace(
        "(memory",
        r#"(import "test:extra/net" "connect" (func $connect (param i32 i32) (result i32)))
           (memory"#,
    );
    let bytes = component("policy", &wat, Some(extra));
    let error = service
        .install_plugin(None, &bytes, "netty")
        .expect_err("must not install");
    let text = format!("{error:#}");
    assert!(
        text.contains("test:extra/net"),
        "error names the missing import: {text}"
    );
    assert!(
        text.contains("plugins may import only"),
        "error says what is allowed: {text}"
    );
    assert_eq!(
        count(
            &service,
            "SELECT count(*) FROM plugins WHERE name = 'netty'"
        ),
        0
    );
    assert_still_serving(&service, TENANT);
}

#[test]
fn a_core_module_is_not_a_plugin() {
    let (_dir, service) = setup(test_config());
    let module = wat::parse_str("(module)").expect("wat");
    let error = service
        .install_plugin(None, &module, "core")
        .expect_err("core modules are refused");
    assert!(
        format!("{error:#}").contains("wasm32-wasip2"),
        "the error says how to build a component: {error:#}"
    );
}
