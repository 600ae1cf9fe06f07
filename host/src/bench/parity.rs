//! SPDX and CycloneDX at parity: the same generated components written as SPDX 2.3 JSON and as
//! CycloneDX 1.6 JSON, each ingested end to end in a process of its own (so peak RSS is that
//! ingest's), compared by time, peak memory and gas.

use std::io::Write;
use std::path::Path;
use std::time::Instant;

use anyhow::Context;
use serde::{Deserialize, Serialize};

use crate::runtime::SandboxConfig;
use crate::service::{Document, InvokeOptions, Output, Service};

/// The format of a generated SBOM.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Shape {
    /// CycloneDX 1.6 JSON.
    Cyclonedx,
    /// SPDX 2.3 JSON.
    Spdx,
}

impl Shape {
    /// The built-in parser that reads it.
    pub fn parser(self) -> &'static str {
        match self {
            Shape::Cyclonedx => "cyclonedx",
            Shape::Spdx => "spdx",
        }
    }

    /// Writes a document of this shape with `n` components to `path`; returns its size.
    pub fn generate(self, path: &Path, n: usize) -> anyhow::Result<u64> {
        match self {
            Shape::Cyclonedx => super::generate_sbom(path, n),
            Shape::Spdx => generate_spdx(path, n),
        }
    }
}

/// The components of [`super::generate_sbom`] (same names, versions, purls, licence, hash and
/// supplier, and the same dependency chain) written as an SPDX 2.3 JSON document.
fn generate_spdx(path: &Path, n: usize) -> anyhow::Result<u64> {
    let file =
        std::fs::File::create(path).with_context(|| format!("cannot create {}", path.display()))?;
    let mut out = std::io::BufWriter::new(file);
    write!(
        out,
        r#"{{"spdxVersion":"SPDX-2.3","dataLicense":"CC0-1.0","SPDXID":"SPDXRef-DOCUMENT","name":"bench-app@1.0.0","documentNamespace":"https://example.com/traceguard/bench","creationInfo":{{"created":"2026-11-23T00:00:00Z","creators":["Tool: traceguard-bench"]}},"packages":["#
    )?;
    for i in 0..n {
        let sep = if i + 1 < n { "," } else { "" };
        write!(
            out,
            r#"{{"SPDXID":"SPDXRef-bench-{i}","name":"bench-{i}","versionInfo":"1.{m}.{i}","supplier":"Organization: Supplier {m}","downloadLocation":"NOASSERTION","filesAnalyzed":false,"licenseConcluded":"MIT","checksums":[{{"algorithm":"SHA256","checksumValue":"{h}"}}],"externalRefs":[{{"referenceCategory":"PACKAGE-MANAGER","referenceType":"purl","referenceLocator":"pkg:npm/bench-{i}@1.{m}.{i}"}}]}}{sep}"#,
            m = i % 7,
            h = blake3::hash(&(i as u64).to_le_bytes()).to_hex(),
        )?;
    }
    write!(out, r#"],"relationships":["#)?;
    for i in 0..n.saturating_sub(1) {
        let sep = if i + 2 < n { "," } else { "" };
        write!(
            out,
            r#"{{"spdxElementId":"SPDXRef-bench-{i}","relationshipType":"DEPENDS_ON","relatedSpdxElement":"SPDXRef-bench-{}"}}{sep}"#,
            i + 1
        )?;
    }
    write!(out, "]}}")?;
    out.flush()?;
    Ok(std::fs::metadata(path)?.len())
}

/// One end-to-end ingest, as measured in its own process.
#[derive(Debug, Serialize, Deserialize)]
pub struct E2e {
    /// The document's format.
    pub shape: Shape,
    /// Its size in bytes.
    pub bytes: u64,
    /// Components stored.
    pub components: u64,
    /// Wall time of the ingest (after a warm-up ingest), seconds.
    pub seconds: f64,
    /// Peak RSS of the process, MiB.
    pub peak_rss_mib: Option<f64>,
    /// Gas charged.
    pub gas: u64,
}

/// Where [`ingest_once`] writes its `shape` document of `n` components in `dir`.
pub fn document_path(dir: &Path, shape: Shape, n: usize) -> std::path::PathBuf {
    dir.join(format!("bench-{n}.{}.json", shape.parser()))
}

/// Generates a `shape` document with `n` components in `dir` and ingests it end to end (after
/// a small warm-up ingest that compiles or loads the parser).
pub fn ingest_once(shape: Shape, n: usize, dir: &Path) -> anyhow::Result<E2e> {
    let path = document_path(dir, shape, n);
    let bytes = shape.generate(&path, n)?;
    let service = Service::open(
        &dir.join(format!("ingest-{}.duckdb", shape.parser())),
        SandboxConfig::default(),
    )?;
    service.create_tenant("bench", u64::MAX / 2)?;
    let opts = InvokeOptions {
        gas_limit: u64::MAX / 4,
        ..InvokeOptions::default()
    };
    let ingest = |file: &Path| -> anyhow::Result<(u64, u64)> {
        let report = service.ingest("bench", shape.parser(), Document::File(file), &opts, None)?;
        match &report.output {
            Some(Output::Sbom { components, .. }) if report.ok() => {
                Ok((*components, report.gas_used))
            }
            _ => anyhow::bail!("ingest of {} failed: {:?}", file.display(), report.error),
        }
    };
    let warm = dir.join(format!("warm.{}.json", shape.parser()));
    shape.generate(&warm, 10)?;
    ingest(&warm)?;
    let t = Instant::now();
    let (components, gas) = ingest(&path)?;
    let seconds = t.elapsed().as_secs_f64();
    anyhow::ensure!(
        components == n as u64,
        "{components} components stored, {n} generated"
    );
    Ok(E2e {
        shape,
        bytes,
        components,
        seconds,
        peak_rss_mib: super::peak_rss_mib(),
        gas,
    })
}

/// One figure read off an [`E2e`].
type Measure = &'static dyn Fn(&E2e) -> f64;

/// `bench --only parity`: each shape ingested in a child process (`bench --only ingest-e2e`),
/// `repeat` times alternately; medians compared.
pub fn run(n: usize, repeat: usize) -> anyhow::Result<()> {
    let exe = std::env::current_exe().context("cannot find this program to run its children")?;
    let mut runs: Vec<E2e> = Vec::new();
    for round in 0..repeat.max(1) {
        let order = if round % 2 == 0 {
            [Shape::Cyclonedx, Shape::Spdx]
        } else {
            [Shape::Spdx, Shape::Cyclonedx]
        };
        for shape in order {
            eprintln!(
                "bench: parity round {}: {n} components as {}",
                round + 1,
                shape.parser()
            );
            let out = std::process::Command::new(&exe)
                .args(["--format", "json", "bench", "--only", "ingest-e2e"])
                .args(["--components", &n.to_string(), "--shape", shape.parser()])
                .output()
                .context("cannot run the child ingest")?;
            anyhow::ensure!(
                out.status.success(),
                "child ingest failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            runs.push(
                serde_json::from_slice(&out.stdout).context("child ingest printed no result")?,
            );
        }
    }
    let median = |shape: Shape, f: Measure| {
        let mut v: Vec<f64> = runs.iter().filter(|r| r.shape == shape).map(f).collect();
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let rows: [(&str, Measure); 4] = [
        ("document MiB", &|r| r.bytes as f64 / (1 << 20) as f64),
        ("ingest s", &|r| r.seconds),
        ("peak RSS MiB", &|r| r.peak_rss_mib.unwrap_or(f64::NAN)),
        ("gas (G)", &|r| r.gas as f64 / 1e9),
    ];
    println!("{n} components, medians of {}", repeat.max(1));
    println!(
        "{:<14} {:>12} {:>12} {:>8}",
        "", "CycloneDX", "SPDX", "SPDX/CDX"
    );
    for (what, f) in rows {
        let (c, s) = (median(Shape::Cyclonedx, f), median(Shape::Spdx, f));
        println!("{what:<14} {c:>12.3} {s:>12.3} {:>7.2}x", s / c);
    }
    Ok(())
}
