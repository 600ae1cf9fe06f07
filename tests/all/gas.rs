//! Gas: deterministic charges and budgets that hold under concurrent invocations (the golden
//! vectors pinned to the schedule version are in `gas_vectors`).

use std::sync::Arc;

use traceguard::gas::{GasClass, GasSchedule};
use traceguard::service::{InvokeOptions, Service, ServiceError};

use crate::common::*;

#[test]
fn the_same_plugin_and_input_always_cost_the_same_gas() {
    let mut parse_costs = Vec::new();
    let mut policy_costs = Vec::new();
    for _ in 0..2 {
        let dir = tempdir();
        let service = service_in(dir.path(), test_config());
        service.create_tenant("a", 10_000_000_000).expect("tenant");
        for _ in 0..2 {
            let report = service
                .parse("a", "cyclonedx", SAMPLE, &opts(500_000_000))
                .expect("parse");
            assert!(report.ok(), "{:?}", report.error);
            parse_costs.push(report.gas);
            let report = service
                .evaluate("a", "license-policy", None, &opts(500_000_000))
                .expect("evaluate");
            assert!(report.ok(), "{:?}", report.error);
            policy_costs.push(report.gas);
        }
    }
    assert!(
        parse_costs.iter().all(|g| *g == parse_costs[0]),
        "parse gas varies: {parse_costs:?}"
    );
    assert!(
        policy_costs.iter().all(|g| *g == policy_costs[0]),
        "policy gas varies: {policy_costs:?}"
    );
    let parse = parse_costs[0];
    assert!(parse.get(GasClass::Instruction) > 0 && parse.get(GasClass::RowWritten) > 0);
    // 329 components and one document-info row (plus dependency edges) were written.
    let schedule = GasSchedule::default_schedule();
    assert!(parse.get(GasClass::RowWritten) >= 330 * schedule.price(GasClass::RowWritten));
    // Every input byte is read once; the validation level the parser reads from its
    // configuration (`standard`) crosses too.
    assert_eq!(
        parse.get(GasClass::ByteIn),
        (SAMPLE.len() + "standard".len()) as u64 * schedule.price(GasClass::ByteIn),
        "every input byte is read once"
    );
}

/// What one contender of [`never_overspends`] saw: the gas of each call charged, and how many
/// calls the budget refused.
type Tally = (Vec<u64>, u64);

/// Adds one call's result to a contender's tally; any failure but a budget refusal fails the test.
fn tally(result: Result<traceguard::service::InvokeReport, ServiceError>, into: &mut Tally) {
    match result {
        Ok(r) => {
            assert!(r.ok(), "{:?}", r.error);
            into.0.push(r.gas_used);
        }
        Err(ServiceError::Budget(_)) => into.1 += 1,
        Err(e) => panic!("unexpected error: {e}"),
    }
}

/// Gives a tenant room for about 150 no-op calls, has `contend` make 8 × 50 of them at once
/// (each contender returning its [`Tally`]), and checks that the budget was used but never
/// overspent, and that balance, ledger and reports agree, also after a restart.
fn never_overspends(contend: impl FnOnce(Arc<Service>, InvokeOptions) -> Vec<Tally>) {
    let dir = tempdir();
    let service = Arc::new(service_in(dir.path(), test_config()));
    service.create_tenant("c", 1_000_000_000).expect("tenant");
    ingest_sample(&service, "c");
    let probe = service
        .evaluate("c", "noop", None, &opts(1_000_000))
        .expect("probe");
    assert!(probe.ok());
    let cost = probe.gas_used;
    let spent = service.balance("c").expect("balance").spent;
    let budget = spent + 150 * cost + cost / 2;
    service.set_budget("c", budget).expect("set budget");
    let tallies = contend(service.clone(), opts(2 * cost));
    let charged: Vec<u64> = tallies.iter().flat_map(|t| t.0.iter().copied()).collect();
    let refused: u64 = tallies.iter().map(|t| t.1).sum();
    assert_eq!(
        charged.len() as u64 + refused,
        400,
        "every call was answered"
    );
    assert!(refused > 0, "the budget was sized to run out");
    assert!(
        charged.len() >= 140,
        "most of the budget is usable: {} calls",
        charged.len()
    );
    let balance = service.balance("c").expect("balance");
    let ledger = count(
        &service,
        "SELECT sum(gas_used)::UBIGINT FROM invocations WHERE tenant = 'c'",
    );
    assert_eq!(balance.spent, ledger, "in-memory balance equals the ledger");
    assert_eq!(
        ledger,
        spent + charged.iter().sum::<u64>(),
        "ledger equals the sum of what calls reported"
    );
    assert!(ledger <= budget, "spent {ledger} exceeds budget {budget}");
    assert_eq!(balance.reserved, 0);
    drop(service);
    let reopened = service_in(dir.path(), test_config());
    assert_eq!(
        reopened.balance("c").expect("balance").spent,
        ledger,
        "balances are rebuilt from the ledger"
    );
}

#[test]
fn concurrent_invocations_never_overspend_one_budget() {
    never_overspends(|service, opts| {
        std::thread::scope(|s| {
            let threads: Vec<_> = (0..8)
                .map(|_| {
                    s.spawn(|| {
                        let mut seen = Tally::default();
                        for _ in 0..50 {
                            tally(service.evaluate("c", "noop", None, &opts), &mut seen);
                        }
                        seen
                    })
                })
                .collect();
            threads
                .into_iter()
                .map(|t| t.join().expect("caller thread"))
                .collect()
        })
    });
}

/// The async API: run the call, then await the durable ledger row without holding a thread
/// (`evaluate_queued` + `durable`, as `serve` does), many calls in flight on two worker threads.
#[test]
fn async_invocations_awaiting_their_ledger_rows_never_overspend_one_budget() {
    never_overspends(|service, opts| {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .build()
            .expect("runtime");
        runtime.block_on(async {
            let tasks: Vec<_> = (0..8)
                .map(|_| {
                    let (service, opts) = (service.clone(), opts.clone());
                    tokio::spawn(async move {
                        let mut seen = Tally::default();
                        for _ in 0..50 {
                            let result = match service.evaluate_queued("c", "noop", None, &opts) {
                                Ok(queued) => queued.durable().await,
                                Err(e) => Err(e),
                            };
                            tally(result, &mut seen);
                        }
                        seen
                    })
                })
                .collect();
            let mut tallies = Vec::new();
            for task in tasks {
                tallies.push(task.await.expect("caller task"));
            }
            tallies
        })
    });
}

#[test]
fn a_queued_invocation_dropped_unwaited_still_settles_its_gas() {
    let dir = tempdir();
    let service = service_in(dir.path(), test_config());
    service.create_tenant("d", 1_000_000_000).expect("tenant");
    ingest_sample(&service, "d");
    let before = service.balance("d").expect("balance");
    let queued = service
        .evaluate_queued("d", "noop", None, &opts(1_000_000))
        .expect("queued");
    let held = service.balance("d").expect("balance");
    assert_eq!(
        held.reserved, 1_000_000,
        "the limit stays reserved while the ledger row is queued"
    );
    assert_eq!(
        held.spent, before.spent,
        "nothing is charged before the row is durable"
    );
    drop(queued);
    let after = service.balance("d").expect("balance");
    assert_eq!(after.reserved, 0, "dropping it released the reservation");
    assert!(after.spent > before.spent, "and charged the call");
    let ledger = count(
        &service,
        "SELECT sum(gas_used)::UBIGINT FROM invocations WHERE tenant = 'd'",
    );
    assert_eq!(after.spent, ledger, "the balance agrees with the ledger");
}

#[test]
fn a_budget_that_cannot_cover_the_limit_is_refused_before_running() {
    let dir = tempdir();
    let service = service_in(dir.path(), test_config());
    service.create_tenant("poor", 1000).expect("tenant");
    let error = service
        .parse("poor", "cyclonedx", SAMPLE, &opts(1_000_000))
        .expect_err("refused");
    let text = error.to_string();
    assert!(
        text.contains("cannot reserve 1000000 gas") && text.contains("1000 of its budget"),
        "{text}"
    );
    assert_eq!(
        count(&service, "SELECT count(*) FROM invocations"),
        0,
        "nothing ran, nothing recorded"
    );
    let unknown = service
        .parse("nobody", "cyclonedx", SAMPLE, &opts(1))
        .expect_err("unknown tenant");
    assert!(unknown.to_string().contains("unknown tenant `nobody`"));
}
