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
