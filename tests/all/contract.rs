//! Plugins already in users' hands keep working: components frozen at an older contract
//! version (`tests/contract/<version>/`) are loaded and run after every contract change.

use traceguard::service::Output;

use crate::common::*;

#[test]
fn a_policy_built_against_contract_0_1_0_still_installs_and_runs() {
    let bytes = std::fs::read(root().join("tests/contract/0.1.0/noop-policy.wasm"))
        .expect("the frozen 0.1.0 component is checked in");
    let shape = traceguard::plugins::shape(&bytes).expect("a component");
    assert!(
        shape
            .imports
            .iter()
            .any(|i| i == "traceguard:plugin/sbom-state@0.1.0"),
        "it speaks 0.1.0: {:?}",
        shape.imports
    );
    let dir = tempdir();
    let service = service_in(dir.path(), test_config());
    service
        .create_tenant("old", 10_000_000_000)
        .expect("tenant");
    ingest_sample(&service, "old");
    service
        .install_plugin(None, &bytes, "noop-0.1.0")
        .expect("a 0.1.0 component links against this host");
    let report = service
        .evaluate("old", "noop-0.1.0", None, &opts(50_000_000))
        .expect("served");
    assert!(report.ok(), "{:?}", report.error);
    assert!(matches!(
        report.output,
        Some(Output::Policy { passed: true, .. })
    ));
}
