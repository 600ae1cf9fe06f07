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

/// A sandbox whose compiled-code cache uses `config`'s directory and a fixed key, as every
/// sandbox of one database does.
fn keyed(config: SandboxConfig) -> Sandbox {
    Sandbox::with_cache_key(config, GasSchedule::default_schedule(), [7; 32]).expect("sandbox")
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

    let first = keyed(config.clone());
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
    let written = std::fs::read(&files[0]).expect("read");

    // A second engine with the same configuration and key reuses the artifact as it is.
    let second = keyed(config.clone());
    second.load(bytes).expect("load from cache");
    assert_eq!(std::fs::read(&files[0]).expect("read"), written);

    // An unmetered engine compiles different code: it gets its own entry.
    let unmetered = keyed(SandboxConfig {
        metered: false,
        ..config.clone()
    });
    unmetered.load(bytes).expect("compile unmetered");
    assert_eq!(
        cached_files(&cache).len(),
        2,
        "the engine configuration is part of the key"
    );

    // A damaged artifact costs a recompile, never an error.
    std::fs::write(&files[0], b"garbage").expect("corrupt");
    let third = keyed(config);
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
        .parse("alice", "license-policy", SAMPLE, &opts(100_000_000))
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

fn sandbox_caching_in(dir: &std::path::Path, key: [u8; 32]) -> Sandbox {
    let config = SandboxConfig {
        cache_dir: Some(dir.to_path_buf()),
        ..test_config()
    };
    Sandbox::with_cache_key(config, GasSchedule::default_schedule(), key).expect("sandbox")
}

#[test]
fn compiled_code_in_the_cache_is_used_only_with_the_databases_mac() {
    use traceguard::runtime::PluginKind;
    let cache = tempdir();
    let (policy, parser) = (
        traceguard::plugins::builtin("noop").expect("noop").bytes,
        traceguard::plugins::builtin("cyclonedx")
            .expect("cyclonedx")
            .bytes,
    );
    // A parser compiled under another key, planted where the policy's compiled code goes.
    let other = tempdir();
    sandbox_caching_in(other.path(), [2; 32])
        .load(parser)
        .expect("load");
    let planted = std::fs::read(&cached_files(other.path())[0]).expect("read");
    let sandbox = sandbox_caching_in(cache.path(), [1; 32]);
    assert_eq!(
        sandbox.load(policy).expect("load").kind(),
        PluginKind::Policy
    );
    let files = cached_files(cache.path());
    assert_eq!(files.len(), 1, "{files:?}");
    std::fs::write(&files[0], &planted).expect("plant");
    // A new sandbox (nothing in memory) with the database's key: the planted file is refused
    // and the policy compiled again, not the parser run under the policy's id.
    let sandbox = sandbox_caching_in(cache.path(), [1; 32]);
    assert_eq!(
        sandbox.load(policy).expect("load").kind(),
        PluginKind::Policy
    );
    assert_ne!(
        std::fs::read(&files[0]).expect("read"),
        planted,
        "rewritten"
    );
    // And with the right key, the file written is used as it is.
    let written = std::fs::read(&files[0]).expect("read");
    let sandbox = sandbox_caching_in(cache.path(), [1; 32]);
    assert_eq!(
        sandbox.load(policy).expect("load").kind(),
        PluginKind::Policy
    );
    assert_eq!(std::fs::read(&files[0]).expect("read"), written);
    // A valid file of another plugin, written with the same key, cannot stand in either: the
    // MAC names the plugin it is the code of.
    sandbox_caching_in(cache.path(), [1; 32])
        .load(parser)
        .expect("load");
    let parser_file = cached_files(cache.path())
        .into_iter()
        .find(|f| f != &files[0])
        .expect("the parser's file");
    std::fs::copy(&parser_file, &files[0]).expect("plant");
    let sandbox = sandbox_caching_in(cache.path(), [1; 32]);
    assert_eq!(
        sandbox.load(policy).expect("load").kind(),
        PluginKind::Policy
    );
}

#[cfg(unix)]
#[test]
fn a_cache_directory_others_can_write_is_not_used() {
    use std::os::unix::fs::PermissionsExt;
    let cache = tempdir();
    std::fs::set_permissions(cache.path(), std::fs::Permissions::from_mode(0o777)).expect("chmod");
    let sandbox = sandbox_caching_in(cache.path(), [1; 32]);
    let noop = traceguard::plugins::builtin("noop").expect("noop").bytes;
    sandbox
        .load(noop)
        .expect("plugins still load, compiled in memory");
    assert!(cached_files(cache.path()).is_empty());
    std::fs::set_permissions(cache.path(), std::fs::Permissions::from_mode(0o700)).expect("chmod");
    let sandbox = sandbox_caching_in(cache.path(), [1; 32]);
    sandbox.load(noop).expect("load");
    assert_eq!(cached_files(cache.path()).len(), 1);
}
