//! The sandbox's compiled-code cache and the tenant scoping of state a plugin can reach.

use traceguard::gas::GasSchedule;
use traceguard::runtime::{Sandbox, SandboxConfig};
use traceguard::service::ServiceError;

use crate::common::*;

fn cached_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for version_dir in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        for f in std::fs::read_dir(version_dir.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            files.push(f.path());
        }
    }
    files
}

#[test]
fn compiled_plugins_are_cached_on_disk_by_content_and_engine() {
    let dir = tempdir();
    let cache = dir.path().join("compiled");
    let config = SandboxConfig {
        cache_dir: Some(cache.clone()),
        ..test_config()
    };
    let bytes = traceguard::plugins::builtin("license-policy")
        .expect("built-in")
        .bytes;
    let id = traceguard::runtime::plugin_id(bytes);

    let first = Sandbox::new(config.clone(), GasSchedule::default_schedule()).expect("sandbox");
    first.load(bytes).expect("compile");
    let files = cached_files(&cache);
    assert_eq!(files.len(), 1, "one artifact: {files:?}");
    let name = files[0]
        .file_name()
        .and_then(|n| n.to_str())
        .expect("name")
        .to_string();
    assert!(
        name.starts_with(&id) && name.ends_with(".cwasm"),
        "keyed by the plugin's blake3: {name}"
    );
    let modified = std::fs::metadata(&files[0])
        .and_then(|m| m.modified())
        .expect("mtime");

    // A second engine with the same configuration reuses the artifact without rewriting it.
    let second = Sandbox::new(config.clone(), GasSchedule::default_schedule()).expect("sandbox");
    second.load(bytes).expect("load from cache");
    assert_eq!(
        std::fs::metadata(&files[0])
            .and_then(|m| m.modified())
            .expect("mtime"),
        modified
    );

    // An unmetered engine compiles different code: it gets its own entry.
    let unmetered = Sandbox::new(
        SandboxConfig {
            metered: false,
            ..config.clone()
        },
        GasSchedule::default_schedule(),
    )
    .expect("sandbox");
    unmetered.load(bytes).expect("compile unmetered");
    assert_eq!(
        cached_files(&cache).len(),
        2,
        "the engine configuration is part of the key"
    );

    // A damaged artifact costs a recompile, never an error.
    std::fs::write(&files[0], b"garbage").expect("corrupt");
    let third = Sandbox::new(config, GasSchedule::default_schedule()).expect("sandbox");
    third
        .load(bytes)
        .expect("recompiles over a damaged artifact");
    assert!(
        std::fs::read(&files[0]).expect("read").len() > 1000,
        "the artifact was rewritten"
    );
}

#[test]
fn a_tenant_cannot_evaluate_another_tenants_sbom() {
    let dir = tempdir();
    let service = service_in(dir.path(), test_config());
    service
        .create_tenant("alice", 10_000_000_000)
        .expect("tenant");
    service
        .create_tenant("bob", 10_000_000_000)
        .expect("tenant");
    let alices = ingest_sample(&service, "alice");
    let error = service
        .evaluate("bob", "license-policy", Some(&alices), &opts(100_000_000))
        .expect_err("refused");
    assert!(
        matches!(error, ServiceError::UnknownSbom { ref tenant, .. } if tenant == "bob"),
        "{error}"
    );
    assert!(matches!(
        service.evaluate("bob", "license-policy", None, &opts(1)),
        Err(ServiceError::NoSbom(_))
    ));
    assert_eq!(
        count(
            &service,
            "SELECT count(*) FROM invocations WHERE tenant = 'bob'"
        ),
        0,
        "bob was not charged"
    );
    let wrong_kind = service
        .parse("alice", "license-policy", SAMPLE, &opts(1))
        .expect_err("a policy cannot parse");
    assert!(
        wrong_kind
            .to_string()
            .contains("needs a sbom-parser plugin"),
        "{wrong_kind}"
    );
}

#[test]
fn a_panicking_plugin_reports_its_panic_message() {
    let wasm = build_guest(&root().join("tests/guests/panicky"), "panicky");
    let dir = tempdir();
    let service = service_in(dir.path(), test_config());
    service.create_tenant("p", 10_000_000_000).expect("tenant");
    ingest_sample(&service, "p");
    service
        .install_plugin(None, &std::fs::read(&wasm).expect("read"), "panicky")
        .expect("install");
    let report = service
        .evaluate("p", "panicky", None, &opts(500_000_000))
        .expect("served");
    assert_failed_cleanly(&service, &report, "trap");
    let error = report.error.as_deref().unwrap_or_default();
    assert!(
        error.contains("panicky gave up after 329 components"),
        "the guest's panic message is reported: {error}"
    );
    let again = service
        .evaluate("p", "license-policy", None, &opts(500_000_000))
        .expect("served");
    assert!(again.ok(), "the host keeps serving");
}

#[test]
fn parsers_detect_their_format_from_the_first_bytes() {
    let sandbox = Sandbox::new(test_config(), GasSchedule::default_schedule()).expect("sandbox");
    let parser = load_builtin(&sandbox, "cyclonedx");
    let spec = call_spec(10_000_000);
    let sample = sandbox.detect(&parser, SAMPLE, &spec);
    let detection = sample.result.expect("detect runs");
    assert_eq!(
        (detection.confidence, detection.format.as_str()),
        (95, "cyclonedx")
    );
    // The sample's keys are sorted, so `specVersion` lies beyond the 4 KiB head: unknown.
    assert_eq!(detection.spec_version, None);
    let spec_file = std::fs::read(root().join("tests/corpora/cyclonedx/1.6/valid-bom-1.6.json"))
        .expect("corpus");
    let detected = sandbox
        .detect(&parser, &spec_file, &spec)
        .result
        .expect("detect runs");
    assert_eq!(
        (detected.confidence, detected.spec_version.as_deref()),
        (95, Some("1.6"))
    );
    let spdx = br#"{"spdxVersion": "SPDX-2.3", "SPDXID": "SPDXRef-DOCUMENT"}"#;
    assert_eq!(
        sandbox
            .detect(&parser, spdx, &spec)
            .result
            .expect("detect runs")
            .confidence,
        0
    );
    assert!(
        sample.usage.units(traceguard::gas::GasClass::ByteIn) == 4096,
        "only the first 4 KiB are shown and charged"
    );
    let policy = sandbox
        .load(
            traceguard::plugins::builtin("noop")
                .expect("built-in")
                .bytes,
        )
        .expect("load");
    assert!(
        sandbox.detect(&policy, SAMPLE, &spec).result.is_err(),
        "a policy has no detect"
    );
}

/// The built-in `rego` policy runs a tenant's Rego through regorus inside the sandbox, metered
/// like any plugin, and its `deny` set becomes stored findings.
#[test]
fn the_builtin_rego_policy_evaluates_rego_in_the_sandbox() {
    let dir = tempdir();
    let service = service_in(dir.path(), test_config());
    service.create_tenant("r", u64::MAX / 4).expect("tenant");
    let sbom = ingest_sample(&service, "r");
    let policy = r#"
package traceguard
import rego.v1

deny contains {"rule_id": "provenance/no-hash", "severity": "warning",
               "component_ref": c.bom_ref, "message": sprintf("%s has no hash", [c.name])} if {
    some c in input.components
    count(object.get(c, "hashes", [])) == 0
}

deny contains {"rule_id": "banned/openssl", "component_ref": c.bom_ref,
               "message": sprintf("%s is banned", [c.name])} if {
    some c in input.components
    c.name == "openssl-sys"
}
"#;
    let mut options = opts(2_000_000_000);
    options.config.insert("policy".into(), policy.into());
    let report = service
        .evaluate("r", "rego", Some(&sbom), &options)
        .expect("served");
    assert!(report.ok(), "{:?}", report.error);
    let doc: serde_json::Value = serde_json::from_slice(SAMPLE).expect("sample");
    let components = doc["components"].as_array().expect("components");
    let unhashed = components
        .iter()
        .filter(|c| c["hashes"].as_array().is_none_or(Vec::is_empty))
        .count();
    let banned = components
        .iter()
        .filter(|c| c["name"] == "openssl-sys")
        .count();
    let Some(traceguard::service::Output::Policy {
        passed, findings, ..
    }) = &report.output
    else {
        panic!("no policy output: {:?}", report.output)
    };
    assert_eq!(findings.len(), unhashed + banned, "{findings:?}");
    assert_eq!(*passed, banned == 0, "only error findings fail the policy");
    assert!(report.gas.get(traceguard::gas::GasClass::Instruction) > 0);
    let stored = service
        .state()
        .findings("r", None, None)
        .expect("findings")
        .len();
    assert_eq!(stored, findings.len());

    // A syntax error is reported with its position, charged, and stores nothing.
    options.config.insert(
        "policy".into(),
        "package traceguard\ndeny contains x if {\n".into(),
    );
    let broken = service
        .evaluate("r", "rego", Some(&sbom), &options)
        .expect("served");
    assert!(!broken.ok());
    assert!(
        broken
            .error_diagnostics
            .iter()
            .any(|d| d.path.starts_with("line ")),
        "{:?}",
        broken.error_diagnostics
    );
}

#[test]
fn instantiating_without_a_call_gives_its_pool_slot_back() {
    // A pool of one instance: every instantiation must release its slot and permit, or the
    // second one fails (pool exhausted) or waits forever.
    let config = SandboxConfig {
        concurrency: 1,
        ..test_config()
    };
    let sandbox = Sandbox::new(config, GasSchedule::default_schedule()).expect("sandbox");
    let spec = call_spec(1_000_000);
    for name in ["noop", "cyclonedx"] {
        let plugin = load_builtin(&sandbox, name);
        for _ in 0..20 {
            sandbox
                .instantiate(&plugin, &spec)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
        }
    }
    // The slot is still usable for a real call afterwards.
    let noop = sandbox
        .load(traceguard::plugins::builtin("noop").expect("noop").bytes)
        .expect("load");
    let evaluated = sandbox.evaluate(&noop, traceguard::runtime::SbomSnapshot::empty(), &spec);
    assert!(evaluated.result.is_ok(), "{:?}", evaluated.result.err());
}
