//! Smaller holes found in review, each pinned by a test that failed before its fix.

use traceguard::service::ServiceError;
use traceguard::state::{MAX_TENANT_PLUGINS, StateError};

use crate::common::*;

#[test]
fn a_tenant_at_its_plugin_cap_is_refused_before_anything_is_compiled() {
    let dir = tempdir();
    let service = service_in(dir.path(), test_config());
    service.create_tenant("t", 1_000_000_000).expect("tenant");
    for i in 0..MAX_TENANT_PLUGINS {
        let bytes = component(
            "policy",
            &policy_wat(&format!("(i32.const {i}) (drop) (i32.const 0)")),
            None,
        );
        service
            .install_plugin(Some("t"), &bytes, &format!("p{i}"))
            .expect("under the cap");
    }
    // Not even a component: had it been compiled first, this would be a load error.
    let error = service
        .install_plugin(Some("t"), b"not wasm at all", "one-too-many")
        .expect_err("over the cap");
    assert!(
        matches!(
            error,
            ServiceError::State(StateError::TooManyPlugins { .. })
        ),
        "{error}"
    );
}

#[test]
fn a_rego_source_over_the_limit_is_refused_however_it_is_passed_and_costs_nothing() {
    use std::collections::BTreeMap;
    use traceguard::service::MAX_REGO_BYTES;
    let dir = tempdir();
    let service = service_in(dir.path(), test_config());
    service
        .create_tenant("t", 1_000_000_000_000)
        .expect("tenant");
    ingest_sample(&service, "t");
    let spent = service.balance("t").expect("balance").spent;
    let huge = format!("package p\n# {}\n", "x".repeat(MAX_REGO_BYTES));
    let config = BTreeMap::from([("policy".to_string(), huge)]);
    // As a policy's configuration (not its file or body)...
    let error = service
        .add_policy("t", "big", "rego", config.clone(), false)
        .expect_err("too large");
    assert!(error.to_string().contains("at most"), "{error}");
    // ...and straight to the plugin.
    let opts = traceguard::service::InvokeOptions {
        gas_limit: 10_000_000_000,
        config,
        ..Default::default()
    };
    let error = service
        .evaluate("t", "rego", None, &opts)
        .expect_err("too large");
    assert!(error.to_string().contains("at most"), "{error}");
    assert_eq!(
        service.balance("t").expect("balance").spent,
        spent,
        "nothing charged"
    );
}

#[test]
fn a_bad_policy_name_is_refused_before_the_billed_check() {
    use std::collections::BTreeMap;
    let dir = tempdir();
    let service = service_in(dir.path(), test_config());
    service.create_tenant("t", 1_000_000_000).expect("tenant");
    let error = service
        .add_policy(
            "t",
            "no spaces/allowed",
            "license-policy",
            BTreeMap::new(),
            false,
        )
        .expect_err("bad name");
    assert!(error.to_string().contains("invalid policy name"), "{error}");
    assert_eq!(
        service.balance("t").expect("balance").spent,
        0,
        "the check never ran"
    );
    assert_eq!(count(&service, "SELECT count(*) FROM invocations"), 0);
}
