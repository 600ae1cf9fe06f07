//! Golden gas vectors: every `tests/gas-vectors/*.toml` names a component built from
//! checked-in WAT, its world and input, the gas limit and the schedule version, and the exact
//! gas it costs per class. A change of cost without a schedule-version bump fails here.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use serde::Deserialize;
use traceguard::gas::{GasClass, GasSchedule};
use traceguard::service::{InvokeOptions, InvokeReport, Output};

use crate::common::*;

/// The tenant every vector runs as.
const TENANT: &str = "vectors";

/// One vector file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Vector {
    /// The schedule version the gas below was measured under (`2+wasmtime-48.0.8`).
    schedule: String,
    /// `policy` or `sbom-parser`.
    world: World,
    /// The core module, inline (exactly one of `wat` and `wat_file`).
    wat: Option<String>,
    /// The core module, a file next to the vector.
    wat_file: Option<String>,
    /// A parser's document, a file next to the vector.
    input: Option<String>,
    /// For a policy: the SBOM ingested (with the built-in `cyclonedx` parser) before it runs.
    sbom: Option<String>,
    /// Values the plugin reads with `host.config`.
    #[serde(default)]
    config: BTreeMap<String, String>,
    /// The call's gas limit.
    gas_limit: u64,
    /// The invocation's outcome (`ok`, `out_of_gas`, …).
    outcome: String,
    /// For a policy that succeeds: its verdict.
    passed: Option<bool>,
    /// Exact gas per class.
    gas: ClassGas,
}

/// The two worlds a vector can build.
#[derive(Deserialize, Clone, Copy, PartialEq, Eq)]
enum World {
    #[serde(rename = "policy")]
    Policy,
    #[serde(rename = "sbom-parser")]
    SbomParser,
}

impl World {
    /// The world's name in the contract (wit/worlds.wit).
    fn name(self) -> &'static str {
        match self {
            World::Policy => "policy",
            World::SbomParser => "sbom-parser",
        }
    }
}

/// Gas per class, as written in a vector (every class required).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClassGas {
    base: u64,
    instruction: u64,
    host_call: u64,
    byte_in: u64,
    byte_out: u64,
    row_written: u64,
    row_read: u64,
    memory_page: u64,
}

impl ClassGas {
    fn get(&self, class: GasClass) -> u64 {
        match class {
            GasClass::Base => self.base,
            GasClass::Instruction => self.instruction,
            GasClass::HostCall => self.host_call,
            GasClass::ByteIn => self.byte_in,
            GasClass::ByteOut => self.byte_out,
            GasClass::RowWritten => self.row_written,
            GasClass::RowRead => self.row_read,
            GasClass::MemoryPage => self.memory_page,
        }
    }
}

/// (world, class) pairs no plugin of that world can be charged, whatever it does: a parser
/// holds no `sbom-reader` (only `evaluate` is handed one), and `row_read` is charged only by its
/// `next-components` and `next-dependencies`. Every other pair must be covered by a vector.
const UNCHARGEABLE: [(World, GasClass); 1] = [(World::SbomParser, GasClass::RowRead)];

/// The vector directory.
fn vectors_dir() -> PathBuf {
    root().join("tests/gas-vectors")
}

/// A file next to the vectors, named by vector `file`.
fn read_beside(file: &str, name: &str) -> Vec<u8> {
    let path = vectors_dir().join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{file}: cannot read {}: {e}", path.display()))
}

/// Every vector, by file name, in name order.
fn load_vectors() -> Vec<(String, Vector)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(vectors_dir())
        .expect("tests/gas-vectors exists")
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|path| {
            let file = path
                .file_name()
                .expect("a file name")
                .to_string_lossy()
                .into_owned();
            let text = std::fs::read_to_string(path).expect("vector is UTF-8");
            let vector = toml::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
            (file, vector)
        })
        .collect()
}

/// Builds the vector's component, runs it through a service on a fresh database, and returns
/// the report.
fn run(file: &str, vector: &Vector) -> InvokeReport {
    let wat = match (&vector.wat, &vector.wat_file) {
        (Some(inline), None) => inline.clone(),
        (None, Some(name)) => String::from_utf8(read_beside(file, name))
            .unwrap_or_else(|e| panic!("{file}: {name} is not UTF-8: {e}")),
        _ => panic!("{file}: give exactly one of `wat` and `wat_file`"),
    };
    let bytes = component(vector.world.name(), &wat, None);
    let dir = tempdir();
    let service = service_in(dir.path(), test_config());
    service
        .create_tenant(TENANT, 1_000_000_000_000)
        .expect("tenant");
    let plugin = file.trim_end_matches(".toml");
    service
        .install_plugin(None, &bytes, plugin)
        .unwrap_or_else(|e| panic!("{file}: the component does not install: {e}"));
    let call = InvokeOptions {
        gas_limit: vector.gas_limit,
        config: vector.config.clone(),
        ..Default::default()
    };
    let report = match vector.world {
        World::Policy => {
            assert!(vector.input.is_none(), "{file}: a policy has no `input`");
            let name = vector.sbom.as_deref().unwrap_or_else(|| {
                panic!("{file}: a policy vector names the `sbom` ingested before it runs")
            });
            let ingest = service
                .parse(
                    TENANT,
                    "cyclonedx",
                    &read_beside(file, name),
                    &opts(500_000_000),
                )
                .expect("ingest served");
            assert!(
                ingest.ok(),
                "{file}: ingesting {name} failed: {:?}",
                ingest.error
            );
            service.evaluate(TENANT, plugin, None, &call)
        }
        World::SbomParser => {
            assert!(vector.sbom.is_none(), "{file}: a parser has no `sbom`");
            let name = vector
                .input
                .as_deref()
                .unwrap_or_else(|| panic!("{file}: a parser vector names its `input` document"));
            service.parse(TENANT, plugin, &read_beside(file, name), &call)
        }
    };
    report.unwrap_or_else(|e| panic!("{file}: the call was not served: {e}"))
}

/// Everything about one report that differs from its vector, as (what, expected, got).
fn differences(vector: &Vector, report: &InvokeReport) -> Vec<(String, String, String)> {
    let mut found = Vec::new();
    for class in GasClass::ALL {
        let (expected, got) = (vector.gas.get(class), report.gas.get(class));
        if expected != got {
            found.push((
                class.name().to_string(),
                expected.to_string(),
                got.to_string(),
            ));
        }
    }
    if report.outcome != vector.outcome {
        let error = report.error.as_deref().unwrap_or("no error");
        found.push((
            "outcome".into(),
            vector.outcome.clone(),
            format!("{} ({error})", report.outcome),
        ));
    }
    if report.ok() && report.gas_used != report.gas.total() {
        found.push((
            "gas_used".into(),
            report.gas.total().to_string(),
            report.gas_used.to_string(),
        ));
    }
    if let Some(passed) = vector.passed {
        let got = match &report.output {
            Some(Output::Policy { passed, .. }) => passed.to_string(),
            other => format!("no verdict ({other:?})"),
        };
        if got != passed.to_string() {
            found.push(("passed".into(), passed.to_string(), got));
        }
    }
    if report.schedule_version != vector.schedule {
        found.push((
            "schedule charged".into(),
            vector.schedule.clone(),
            report.schedule_version.clone(),
        ));
    }
    found
}

/// The measured gas as a `[gas]` table, to review and paste into a vector.
fn measured_table(report: &InvokeReport) -> String {
    let mut table = String::from("[gas]\n");
    for class in GasClass::ALL {
        let _ = writeln!(table, "{} = {}", class.name(), report.gas.get(class));
    }
    table
}

#[test]
fn every_gas_vector_costs_exactly_its_gas_per_class() {
    let vectors = load_vectors();
    assert!(!vectors.is_empty(), "no vectors in tests/gas-vectors");
    let schedule = GasSchedule::default_schedule();

    // Coverage: every class a world can be charged is charged by at least one of its vectors;
    // the one it cannot be charged stays zero in all of them (or the exception is stale).
    let mut uncovered = Vec::new();
    for world in [World::Policy, World::SbomParser] {
        for class in GasClass::ALL {
            let mut charged = vectors
                .iter()
                .filter(|(_, v)| v.world == world && v.gas.get(class) > 0)
                .map(|(file, _)| file.as_str());
            match (UNCHARGEABLE.contains(&(world, class)), charged.next()) {
                (false, None) => uncovered.push(format!(
                    "no {} vector charges {}",
                    world.name(),
                    class.name()
                )),
                (true, Some(file)) => uncovered.push(format!(
                    "{file} charges {} to a {} plugin, which UNCHARGEABLE says cannot happen",
                    class.name(),
                    world.name()
                )),
                _ => {}
            }
        }
    }
    let mut diff = Vec::new();
    let mut measured = String::new();
    let mut stale = Vec::new();
    for (file, vector) in &vectors {
        if vector.schedule != schedule.version() {
            stale.push(format!("{file} (schedule {})", vector.schedule));
        }
        let report = run(file, vector);
        let found = differences(vector, &report);
        if !found.is_empty() {
            let _ = write!(
                measured,
                "\n# {file}, measured:\n{}",
                measured_table(&report)
            );
        }
        diff.extend(
            found
                .into_iter()
                .map(|(what, e, g)| (file.clone(), what, e, g)),
        );
    }

    let mut message = String::new();
    if !uncovered.is_empty() {
        let _ = writeln!(
            message,
            "coverage: {}; every class must be nonzero in at least one vector of each world \
             (see UNCHARGEABLE for the exception).",
            uncovered.join("; ")
        );
    }
    if !stale.is_empty() {
        let _ = writeln!(
            message,
            "the gas schedule is {}, but these vectors were measured under another: {}.\n\
             A change of price (or of wasmtime) needs a new schedule version: bump `version` in \
             host/gas-schedule.toml, then regenerate and review every vector's gas and set its \
             `schedule`.",
            schedule.version(),
            stale.join(", ")
        );
    }
    if !diff.is_empty() {
        let width = |pick: fn(&(String, String, String, String)) -> &String, title: &str| {
            diff.iter()
                .map(|d| pick(d).len())
                .chain([title.len()])
                .max()
                .unwrap_or(0)
        };
        let (wf, wc, we) = (
            width(|d| &d.0, "file"),
            width(|d| &d.1, "class"),
            width(|d| &d.2, "expected"),
        );
        let _ = writeln!(
            message,
            "gas differs from the vectors: if the cost changed on purpose, bump `version` in \
             host/gas-schedule.toml and regenerate and review the vectors; otherwise this is a \
             regression.\n\n{:wf$}  {:wc$}  {:>we$}  got",
            "file", "class", "expected"
        );
        for (file, what, expected, got) in &diff {
            let _ = writeln!(message, "{file:wf$}  {what:wc$}  {expected:>we$}  {got}");
        }
        message.push_str(&measured);
    }
    assert!(message.is_empty(), "{message}");
}
