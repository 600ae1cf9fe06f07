//! Plugins already in users' hands keep working: components frozen at an older contract
//! version (`tests/contract/<version>/`) are loaded and run after every contract change.

use traceguard::service::Output;

use crate::common::*;

/// The frozen component `file` of contract 0.1.0, checked to import `interface` at 0.1.0.
fn frozen(file: &str, interface: &str) -> Vec<u8> {
    let bytes = std::fs::read(root().join("tests/contract/0.1.0").join(file))
        .unwrap_or_else(|e| panic!("the frozen 0.1.0 component {file} is checked in: {e}"));
    let shape = traceguard::plugins::shape(&bytes).expect("a component");
    let name = format!("traceguard:plugin/{interface}@0.1.0");
    assert!(
        shape.imports.contains(&name),
        "it speaks 0.1.0: {:?}",
        shape.imports
    );
    bytes
}

#[test]
fn a_policy_built_against_contract_0_1_0_still_installs_and_runs() {
    let bytes = frozen("noop-policy.wasm", "sbom-state");
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

#[test]
fn a_parser_built_against_contract_0_1_0_still_ingests_with_its_diagnostics() {
    let bytes = frozen("swid-parser.wasm", "sbom-io");
    let dir = tempdir();
    let service = service_in(dir.path(), test_config());
    service
        .create_tenant("old", 10_000_000_000)
        .expect("tenant");
    service
        .create_tenant("new", 10_000_000_000)
        .expect("tenant");
    service
        .install_plugin(Some("old"), &bytes, "swid-0.1.0")
        .expect("a 0.1.0 parser links against this host");
    // A tag with guideline warnings (NISTIR 8060), so diagnostics cross the old `report`.
    let tag = std::fs::read(root().join("tests/corpora/swid/other/non-authoritative.swidtag"))
        .expect("read the tag");
    // Each tenant stores the tag once: the old parser for one, the built-in for the other.
    let diagnostics = |tenant: &str, plugin: &str| {
        let report = service
            .parse(tenant, plugin, &tag, &opts(2_000_000_000))
            .expect("served");
        assert!(report.ok(), "{plugin}: {:?}", report.error);
        match report.output {
            Some(Output::Sbom {
                components,
                diagnostics,
                ..
            }) => (components, diagnostics),
            other => panic!("{plugin}: expected an SBOM, got {other:?}"),
        }
    };
    let (old_components, old) = diagnostics("old", "swid-0.1.0");
    let (new_components, new) = diagnostics("new", "swid");
    assert_eq!(old_components, new_components);
    assert!(!old.is_empty(), "the tag has guideline warnings");
    // The same findings; only the current parser names their rules (0.1.0 had no codes).
    let plain = |d: &[traceguard::service::DiagnosticOut]| -> Vec<(String, String, String)> {
        d.iter()
            .map(|d| (d.severity.to_string(), d.path.clone(), d.message.clone()))
            .collect()
    };
    assert_eq!(plain(&old), plain(&new));
    assert!(old.iter().all(|d| d.rule.is_empty()), "{old:?}");
    assert!(new.iter().all(|d| d.rule.starts_with("swid/")), "{new:?}");
}
