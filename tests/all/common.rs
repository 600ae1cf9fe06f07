//! Shared helpers: a service on a fresh database, hostile components built from WAT, the binary.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use traceguard::runtime::{Limits, SandboxConfig};
use traceguard::service::{InvokeOptions, InvokeReport, Output, Service};

/// The bundled sample SBOM (CycloneDX 1.5, 329 components).
pub const SAMPLE: &[u8] = include_bytes!("../../examples/sboms/traceguard-host.cdx.json");

/// Repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("host/ has a parent")
        .to_path_buf()
}

/// Compiled-plugin cache shared by every test, so each plugin compiles once per test run.
pub fn cache_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("compiled")
}

/// Limits small enough that hostile plugins hit them quickly.
pub fn test_config() -> SandboxConfig {
    SandboxConfig {
        metered: true,
        concurrency: 4,
        timeout: Duration::from_secs(20),
        limits: Limits {
            memory_bytes: 64 << 20,
            output_rows: 50_000,
            ..Limits::default()
        },
        cache_dir: Some(cache_dir()),
    }
}

/// A service on a fresh database in `dir`.
pub fn service_in(dir: &Path, config: SandboxConfig) -> Service {
    Service::open(&dir.join("test.duckdb"), config).expect("open service")
}

/// A fresh temporary directory.
pub fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("create temp dir")
}

/// Options with a gas limit.
/// A call with `gas_limit`, no plugin configuration and the clock at 0, for driving a
/// [`traceguard::runtime::Sandbox`] directly.
pub fn call_spec(gas_limit: u64) -> traceguard::runtime::CallSpec {
    traceguard::runtime::CallSpec {
        gas_limit,
        config: Default::default(),
        now: 0,
    }
}

/// The built-in plugin `name`, loaded into `sandbox`.
pub fn load_builtin(
    sandbox: &traceguard::runtime::Sandbox,
    name: &str,
) -> traceguard::runtime::LoadedPlugin {
    let bytes = traceguard::plugins::builtin(name)
        .unwrap_or_else(|| panic!("built-in plugin {name}"))
        .bytes;
    sandbox.load(bytes).expect("load")
}

pub fn opts(gas_limit: u64) -> InvokeOptions {
    InvokeOptions {
        gas_limit,
        ..InvokeOptions::default()
    }
}

/// [`opts`] at validation level `strict`: any spec error rejects the document.
pub fn strict(gas_limit: u64) -> InvokeOptions {
    InvokeOptions {
        validation: Some(traceguard::state::Validation::Strict),
        ..opts(gas_limit)
    }
}

/// Ingests the sample SBOM for `tenant`; returns its id.
pub fn ingest_sample(service: &Service, tenant: &str) -> String {
    let report = service
        .parse(tenant, "cyclonedx", SAMPLE, &opts(500_000_000))
        .expect("parse sample");
    assert!(report.ok(), "sample ingest failed: {:?}", report.error);
    match report.output {
        Some(Output::Sbom { sbom_id, .. }) => sbom_id,
        other => panic!("expected an SBOM, got {other:?}"),
    }
}

/// Builds a component for `world` of the plugin contract from a core module in WAT.
/// `extra_wit` may define a package `test:extra` whose world `w` extends the contract.
pub fn component(world: &str, wat: &str, extra_wit: Option<&str>) -> Vec<u8> {
    encode(world, wat, extra_wit, wit_component::StringEncoding::UTF8)
}

/// [`component`] whose strings cross the boundary as UTF-16.
pub fn utf16_component(world: &str, wat: &str) -> Vec<u8> {
    encode(world, wat, None, wit_component::StringEncoding::UTF16)
}

fn encode(
    world: &str,
    wat: &str,
    extra_wit: Option<&str>,
    encoding: wit_component::StringEncoding,
) -> Vec<u8> {
    // Test WAT and WIT name the contract's items at 0.1.0, where they were written; they are
    // built against the contract in use (its WIT is the only one in the resolve).
    let current = format!("@{}", traceguard_sdk::CONTRACT_VERSION);
    let wat = wat.replace("@0.1.0", &current);
    let extra_wit = extra_wit.map(|text| text.replace("@0.1.0", &current));
    let extra_wit = extra_wit.as_deref();
    let mut module = wat::parse_str(&wat).expect("valid WAT");
    let mut resolve = wit_parser::Resolve::default();
    let (contract, _) = resolve
        .push_dir(root().join("sdk/wit/0.1"))
        .expect("contract WIT parses");
    let world_id = match extra_wit {
        Some(text) => {
            let pkg = resolve
                .push_str("extra.wit", text)
                .expect("extra WIT parses");
            resolve.select_world(&[pkg], Some("w")).expect("world w")
        }
        None => resolve
            .select_world(&[contract], Some(world))
            .expect("contract world"),
    };
    wit_component::embed_component_metadata(&mut module, &resolve, world_id, encoding)
        .expect("embed metadata");
    wit_component::ComponentEncoder::default()
        .module(&module)
        .expect("module accepted")
        .validate(true)
        .encode()
        .expect("component encodes")
}

/// WAT of a `cabi_realloc` export that hands out memory from `heap` upwards and never frees:
/// all a test component needs to receive strings and lists from the host.
pub fn bump_realloc(heap: u32) -> String {
    format!(
        r#"(global $heap (mut i32) (i32.const {heap}))
            (func (export "cabi_realloc") (param i32 i32 i32 i32) (result i32)
                (local $p i32)
                (local.set $p (global.get $heap))
                (global.set $heap (i32.add (global.get $heap) (local.get 3)))
                (local.get $p))"#
    )
}

/// A policy component whose `evaluate` export runs `body` as function `$inner` (param 0 =
/// the reader handle), then drops the borrowed reader as the canonical ABI requires.
pub fn policy_wat(body: &str) -> String {
    let realloc = bump_realloc(65536);
    format!(
        r#"(module
            (import "traceguard:plugin/sbom-state@0.1.0" "[resource-drop]sbom-reader" (func $drop_reader (param i32)))
            (memory (export "memory") 1)
            {realloc}
            (func $inner (param i32) (result i32)
                {body})
            (func (export "traceguard:plugin/evaluator@0.1.0#evaluate") (param i32) (result i32)
                (local $result i32)
                (local.set $result (call $inner (local.get 0)))
                (call $drop_reader (local.get 0))
                (local.get $result)))"#
    )
}

/// The real `traceguard` binary.
pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_traceguard"))
}

/// Count of rows matching a SQL query.
pub fn count(service: &Service, sql: &str) -> u64 {
    service.state().count(sql).expect("count query")
}

/// Asserts that a failed invocation was charged, recorded and left no state.
pub fn assert_failed_cleanly(service: &Service, report: &InvokeReport, outcome: &str) {
    assert_eq!(
        report.outcome, outcome,
        "unexpected outcome; error: {:?}",
        report.error
    );
    assert!(report.output.is_none());
    assert!(report.gas_used > 0, "a failed invocation is still charged");
    let id = report.invocation_id;
    assert_eq!(
        count(
            service,
            &format!("SELECT count(*) FROM invocations WHERE id = {id} AND outcome = '{outcome}'")
        ),
        1
    );
    // A failed evaluation is recorded as an `error` result with no findings, nothing more.
    assert_eq!(
        count(
            service,
            &format!(
                "SELECT count(*) FROM policy_results WHERE invocation_id = {id} \
                 AND (status <> 'error' OR findings > 0 OR error IS NULL)"
            )
        ),
        0
    );
    assert_eq!(
        count(
            service,
            &format!("SELECT count(*) FROM findings WHERE invocation_id = {id}")
        ),
        0
    );
    assert_eq!(
        count(
            service,
            &format!("SELECT count(*) FROM sboms WHERE invocation_id = {id}")
        ),
        0
    );
}

/// Builds a guest crate for wasm32-wasip2 (offline: the set-up script fetched its deps) and
/// returns the component path.
pub fn build_guest(crate_dir: &Path, artifact: &str) -> PathBuf {
    let target_dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("guests");
    let status =
        std::process::Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
            .args([
                "build",
                "--release",
                "--offline",
                "--target",
                "wasm32-wasip2",
                "--manifest-path",
            ])
            .arg(crate_dir.join("Cargo.toml"))
            .env("CARGO_TARGET_DIR", &target_dir)
            .env_remove("CARGO_ENCODED_RUSTFLAGS")
            .env("RUSTFLAGS", "")
            .status()
            .expect("run cargo");
    assert!(status.success(), "building {} failed", crate_dir.display());
    let path = target_dir
        .join("wasm32-wasip2/release")
        .join(format!("{artifact}.wasm"));
    assert!(path.exists(), "{} missing", path.display());
    path
}

/// The real binary on a database of its own.
pub struct Cli {
    /// Keeps the database directory alive.
    pub dir: tempfile::TempDir,
    /// The database file.
    pub db: std::path::PathBuf,
}

impl Cli {
    /// A fresh database in a temporary directory.
    pub fn new() -> Self {
        let dir = tempdir();
        let db = dir.path().join("cli.duckdb");
        Cli { dir, db }
    }

    /// Runs the binary with `--db` and `args`.
    pub fn run(&self, args: &[&str]) -> std::process::Output {
        bin()
            .arg("--db")
            .arg(&self.db)
            .args(args)
            .env("TRACEGUARD_CACHE_DIR", cache_dir())
            .output()
            .expect("run traceguard")
    }

    /// Runs and asserts success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?} failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 stdout")
    }

    /// Runs and asserts failure; returns stderr.
    pub fn fails(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            !out.status.success(),
            "{args:?} should fail but printed:\n{}",
            String::from_utf8_lossy(&out.stdout)
        );
        String::from_utf8(out.stderr).expect("utf-8 stderr")
    }
}

/// A CycloneDX 1.5 JSON document with `n` library components (`lib-0` … `lib-{n-1}`, version
/// `1.0.{i}`), each depending on the next.
pub fn generated_sbom(n: usize, name: &str) -> Vec<u8> {
    let components: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            serde_json::json!({
                "type": "library",
                "bom-ref": format!("c{i}"),
                "name": format!("lib-{i}"),
                "version": format!("1.0.{i}"),
                "purl": format!("pkg:cargo/lib-{i}@1.0.{i}"),
                "licenses": [{"license": {"id": "MIT"}}],
            })
        })
        .collect();
    let dependencies: Vec<serde_json::Value> = (0..n.saturating_sub(1))
        .map(|i| serde_json::json!({"ref": format!("c{i}"), "dependsOn": [format!("c{}", i + 1)]}))
        .collect();
    serde_json::to_vec(&serde_json::json!({
        "bomFormat": "CycloneDX",
        "specVersion": "1.5",
        "version": 1,
        "metadata": {"component": {"type": "application", "name": name, "bom-ref": "root"}},
        "components": components,
        "dependencies": dependencies,
    }))
    .expect("json")
}

/// After a hostile call, a well-behaved plugin still runs for `tenant` and its result is stored.
pub fn assert_still_serving(service: &Service, tenant: &str) {
    let report = service
        .evaluate(tenant, "license-policy", None, &opts(100_000_000))
        .expect("license-policy runs");
    assert_eq!(report.outcome, "ok", "{:?}", report.error);
    assert_eq!(
        count(
            service,
            &format!(
                "SELECT count(*) FROM policy_results WHERE invocation_id = {}",
                report.invocation_id
            )
        ),
        1
    );
}

/// Creates an API key with the CLI (`tenant key create ARGS…`) and returns it.
pub fn new_key(cli: &Cli, args: &[&str]) -> String {
    let mut all = vec!["tenant", "key", "create", "--format", "json"];
    all.extend_from_slice(args);
    let out: serde_json::Value = serde_json::from_str(&cli.ok(&all)).expect("key JSON");
    out["key"].as_str().expect("key field").to_string()
}
