//! `bench --only rego`: evaluations per second of the example Rego rule sets over a
//! 1,000-component SBOM, sandboxed (the built-in `rego` plugin, metered) against the same
//! plugin code with regorus compiled natively, in one run.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::{BenchArgs, builtin, sandbox};
use crate::bindings::{Component, ComponentKind, Dependency, DocumentInfo, Hash};
use crate::runtime::{CallSpec, Sandbox, SbomSnapshot};

/// Components in the benchmark SBOM (the "realistic" size).
const COMPONENTS: usize = 1_000;

/// The policies measured: the rule sets in `examples/policies/`.
const POLICIES: &[(&str, &str)] = &[
    (
        "licences",
        include_str!("../../../examples/policies/licences.rego"),
    ),
    (
        "provenance",
        include_str!("../../../examples/policies/provenance.rego"),
    ),
    (
        "banned",
        include_str!("../../../examples/policies/banned.rego"),
    ),
];

/// A 1,000-component SBOM shaped like a real service's: npm, Maven and Cargo packages, mixed
/// licences (some copyleft), SHA-256 or SHA-1 hashes, suppliers on most.
fn sbom() -> SbomSnapshot {
    let licences = [
        "MIT",
        "Apache-2.0",
        "BSD-3-Clause",
        "LGPL-2.1-only",
        "MIT OR Apache-2.0",
        "GPL-3.0-only",
    ];
    let components: Vec<Component> = (0..COMPONENTS)
        .map(|i| {
            let (ty, ns) = match i % 3 {
                0 => ("npm", None),
                1 => ("maven", Some("org.example.group")),
                _ => ("cargo", None),
            };
            let name = if i == 7 {
                "log4j-core".to_string()
            } else {
                format!("pkg-{i}")
            };
            let ns = if i == 7 {
                Some("org.apache.logging.log4j")
            } else {
                ns
            };
            let version = format!("{}.{}.{}", 1 + i % 4, i % 17, i % 5);
            let purl = match ns {
                Some(ns) => format!("pkg:{ty}/{ns}/{name}@{version}"),
                None => format!("pkg:{ty}/{name}@{version}"),
            };
            Component {
                bom_ref: purl.clone(),
                name,
                version: Some(version),
                purl: Some(purl),
                cpe: None,
                licenses: vec![licences[i % licences.len()].to_string()],
                hashes: vec![Hash {
                    algorithm: if i % 10 == 0 { "SHA-1" } else { "SHA-256" }.into(),
                    value: format!("{i:064x}"),
                }],
                supplier: (i % 4 != 0).then(|| format!("Supplier {}", i % 23)),
                kind: ComponentKind::Library,
            }
        })
        .collect();
    let dependencies: Vec<Dependency> = components
        .windows(2)
        .map(|w| Dependency {
            ref_: w[0].bom_ref.clone(),
            depends_on: vec![w[1].bom_ref.clone()],
        })
        .collect();
    SbomSnapshot {
        info: DocumentInfo {
            format: "cyclonedx".into(),
            spec_version: "1.6".into(),
            name: Some("bench-service".into()),
            created: Some("2026-11-01T00:00:00Z".into()),
            tools: vec!["bench".into()],
            supplier: Some("Acme".into()),
        },
        components: components.into(),
        dependencies: dependencies.into(),
        diagnostics: std::sync::Arc::new([]),
    }
}

/// The same SBOM in the SDK's types, for the native run.
fn sdk_sbom(
    s: &SbomSnapshot,
) -> (
    traceguard_sdk::DocumentInfo,
    Vec<traceguard_sdk::Component>,
    Vec<traceguard_sdk::Dependency>,
) {
    let i = &s.info;
    let info = traceguard_sdk::DocumentInfo {
        format: i.format.clone(),
        spec_version: i.spec_version.clone(),
        name: i.name.clone(),
        created: i.created.clone(),
        tools: i.tools.clone(),
        supplier: i.supplier.clone(),
    };
    let components = s
        .components
        .iter()
        .map(|c| traceguard_sdk::Component {
            bom_ref: c.bom_ref.clone(),
            name: c.name.clone(),
            version: c.version.clone(),
            purl: c.purl.clone(),
            cpe: c.cpe.clone(),
            licenses: c.licenses.clone(),
            hashes: c
                .hashes
                .iter()
                .map(|h| traceguard_sdk::Hash {
                    algorithm: h.algorithm.clone(),
                    value: h.value.clone(),
                })
                .collect(),
            supplier: c.supplier.clone(),
            kind: traceguard_sdk::ComponentKind::Library,
        })
        .collect();
    let dependencies = s
        .dependencies
        .iter()
        .map(|d| traceguard_sdk::Dependency {
            ref_: d.ref_.clone(),
            depends_on: d.depends_on.clone(),
        })
        .collect();
    (info, components, dependencies)
}

/// Runs the measurement and prints one line per policy.
pub(super) fn run(args: &BenchArgs) -> anyhow::Result<()> {
    let rounds = args.parses.clamp(5, 1_000);
    eprintln!(
        "bench: Rego policies over a {COMPONENTS}-component SBOM, native vs sandboxed ({rounds} evaluations each)"
    );
    let snapshot = sbom();
    let (info, components, dependencies) = sdk_sbom(&snapshot);
    let metered = sandbox(true, 2)?;
    let unmetered = sandbox(false, 2)?;
    let (plugin, plugin_unmetered) = (builtin(&metered, "rego")?, builtin(&unmetered, "rego")?);
    for (name, source) in POLICIES {
        let config: BTreeMap<String, String> = [("policy".to_string(), source.to_string())].into();
        let spec = CallSpec {
            gas_limit: u64::MAX / 4,
            config: Arc::new(config),
            now: 0,
        };
        let sandboxed = |sandbox: &Sandbox, plugin| -> anyhow::Result<usize> {
            let evaluation = sandbox
                .evaluate(plugin, snapshot.clone(), &spec)
                .result
                .map_err(|e| anyhow::anyhow!("sandboxed {name} failed: {e}"))?;
            Ok(evaluation.findings.len())
        };
        let native = || -> anyhow::Result<usize> {
            let evaluation = traceguard_sdk::policy::evaluate_native::<rego::RegoPolicy>(
                &info,
                &components,
                &dependencies,
                &[("policy", source)],
            )
            .map_err(|e| anyhow::anyhow!("native {name} failed: {}", e.message))?;
            Ok(evaluation.findings.len())
        };
        let (s_found, n_found) = (sandboxed(&metered, &plugin)?, native()?);
        anyhow::ensure!(
            s_found == n_found,
            "{name}: sandboxed found {s_found}, native {n_found}"
        );
        // Interleaved, so machine noise hits all three alike.
        let (mut s, mut u, mut n) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
        for _ in 0..rounds {
            let t = Instant::now();
            sandboxed(&metered, &plugin)?;
            s += t.elapsed();
            let t = Instant::now();
            sandboxed(&unmetered, &plugin_unmetered)?;
            u += t.elapsed();
            let t = Instant::now();
            native()?;
            n += t.elapsed();
        }
        let per_s = |d: Duration| rounds as f64 / d.as_secs_f64();
        let ratio = |d: Duration| d.as_secs_f64() / n.as_secs_f64();
        println!(
            "rego {name:<11} {s_found:>4} findings  native {:>6.1}/s  sandboxed {:>6.1}/s (ratio {:.2}x)  unmetered {:>6.1}/s ({:.2}x)",
            per_s(n),
            per_s(s),
            ratio(s),
            per_s(u),
            ratio(u)
        );
    }
    Ok(())
}
