//! SBOM commands: `ingest`, `sbom show`, `sbom diff` and `components`.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use anyhow::Context;
use serde::Serialize;

use crate::gas::GasBreakdown;
use crate::runtime::DETECT_HEAD;
use crate::service::{
    DiagnosticOut, Document, InvokeOptions, InvokeReport, Output, Service, parse_gas_limit,
};
use crate::state::sboms::DiagnosticFilter;
use crate::state::{Validation, sboms};

use super::output::{self, Format};

/// Options of `traceguard ingest`.
#[derive(clap::Args, Debug)]
pub struct IngestArgs {
    /// Tenant that owns the SBOMs (and is charged).
    #[arg(long)]
    pub tenant: String,
    /// SBOM documents (CycloneDX JSON/XML, SPDX, SWID, or any format an installed parser reads).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Parser to use instead of detecting the format from the content (a format or plugin name,
    /// e.g. `cyclonedx`). Named `--sbom-format` because `--format` chooses the output format.
    #[arg(long = "sbom-format", alias = "parser")]
    pub sbom_format: Option<String>,
    /// Most gas each file's parse may use (reserved from the budget first). Default: 50 M
    /// plus 2,000 per byte of the file.
    #[arg(long)]
    pub gas_limit: Option<u64>,
    /// How strictly to judge each document: strict (any spec error rejects it), standard (only
    /// a document that cannot be interpreted is refused; spec errors are stored as diagnostics)
    /// or none (no checks). Default: the tenant's level (`tenant set --validation`), else standard.
    #[arg(long, value_parser = crate::service::parse_validation)]
    pub validation: Option<Validation>,
}

/// What `ingest --format json` prints for each file: one JSON object per line.
#[derive(Serialize)]
struct Ingested<'a> {
    file: String,
    ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    sbom_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    spec_version: Option<&'a str>,
    components: u64,
    dependencies: u64,
    duplicate: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    validation: Option<&'static str>,
    diagnostics: &'a [DiagnosticOut],
    gas: Gas<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    invocation_id: Option<u64>,
}

#[derive(Serialize)]
struct Gas<'a> {
    used: u64,
    limit: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    classes: Option<&'a GasBreakdown>,
}

/// Files smaller than this get no progress bar.
const PROGRESS_FROM: u64 = 4 << 20;

/// `traceguard ingest`: parses every file for the tenant; exit code 1 if any was rejected.
pub fn ingest(service: &Service, args: &IngestArgs, format: Format) -> anyhow::Result<ExitCode> {
    service.balance(&args.tenant)?;
    let mut all_ok = true;
    for file in &args.files {
        let outcome = ingest_one(service, args, file);
        let printed = match &outcome {
            Ok(report) => print_ingested(file, report, format),
            Err(e) => print_unread(file, &format!("{e:#}"), format),
        };
        printed?;
        all_ok &= outcome.as_ref().is_ok_and(InvokeReport::ok);
    }
    Ok(if all_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn ingest_one(service: &Service, args: &IngestArgs, file: &Path) -> anyhow::Result<InvokeReport> {
    let size = std::fs::metadata(file)
        .with_context(|| format!("cannot read {}", file.display()))?
        .len();
    let opts = &InvokeOptions {
        gas_limit: args.gas_limit.unwrap_or(parse_gas_limit(size)),
        validation: args.validation,
        ..InvokeOptions::default()
    };
    let plugin = match &args.sbom_format {
        Some(name) => name.clone(),
        None => detect(service, file)?,
    };
    let progress = Arc::new(AtomicU64::new(0));
    let bar = (size >= PROGRESS_FROM).then(|| progress_bar(file, size));
    let report = std::thread::scope(|s| {
        let worker = s.spawn(|| {
            service.ingest(
                &args.tenant,
                &plugin,
                Document::File(file),
                opts,
                Some(progress.clone()),
            )
        });
        if let Some(bar) = &bar {
            while !worker.is_finished() {
                bar.set_position(progress.load(Ordering::Relaxed));
                std::thread::sleep(Duration::from_millis(100));
            }
        }
        worker
            .join()
            .unwrap_or_else(|_| panic!("the ingest of {} panicked", file.display()))
    });
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    Ok(report?)
}

fn progress_bar(file: &Path, size: u64) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new(size);
    let style = indicatif::ProgressStyle::with_template(
        "{msg} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} eta {eta}",
    )
    .map(|s| s.progress_chars("=> "))
    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
    bar.set_style(style);
    bar.set_message(format!("parsing {}", file.display()));
    bar
}

/// The id of the parser plugin for `file`, from its first bytes.
fn detect(service: &Service, file: &Path) -> anyhow::Result<String> {
    let mut head = Vec::with_capacity(DETECT_HEAD);
    std::fs::File::open(file)
        .and_then(|f| f.take(DETECT_HEAD as u64).read_to_end(&mut head))
        .with_context(|| format!("cannot read {}", file.display()))?;
    match service.detect(&head)? {
        Some((plugin, _)) => Ok(plugin.id),
        None => anyhow::bail!(
            "{}: no parser recognises this document; name one with --sbom-format \
             (`traceguard plugin list` shows the parsers)",
            file.display()
        ),
    }
}

fn print_ingested(file: &Path, report: &InvokeReport, format: Format) -> anyhow::Result<()> {
    let sbom = match &report.output {
        Some(Output::Sbom {
            sbom_id,
            format,
            spec_version,
            components,
            dependencies,
            duplicate,
            validation,
            ..
        }) => Some((
            sbom_id,
            format,
            spec_version,
            *components,
            *dependencies,
            *duplicate,
            validation.name(),
        )),
        _ => None,
    };
    let diagnostics = report.diagnostics();
    if format == Format::Json {
        let line = Ingested {
            file: file.display().to_string(),
            ok: report.ok(),
            sbom_id: sbom.map(|s| s.0.as_str()),
            format: sbom.map(|s| s.1.as_str()),
            spec_version: sbom.map(|s| s.2.as_str()),
            components: sbom.map_or(0, |s| s.3),
            dependencies: sbom.map_or(0, |s| s.4),
            duplicate: sbom.is_some_and(|s| s.5),
            validation: sbom.map(|s| s.6),
            diagnostics,
            gas: Gas {
                used: report.gas_used,
                limit: report.gas_limit,
                classes: Some(&report.gas),
            },
            error: report.error.as_deref(),
            invocation_id: Some(report.invocation_id),
        };
        println!("{}", serde_json::to_string(&line)?);
        return Ok(());
    }
    match sbom {
        Some((id, fmt, version, components, dependencies, duplicate, level)) => println!(
            "{}: sbom {id}\n  {fmt} {version}, {components} components, {dependencies} dependencies, {} diagnostics ({}), validation {level}, gas {}{}",
            file.display(),
            diagnostics.len(),
            severity_counts(diagnostics),
            report.gas_used,
            if duplicate {
                " (already stored: nothing new written)"
            } else {
                ""
            }
        ),
        None => println!(
            "{}: REJECTED ({}), gas {}\n  {}",
            file.display(),
            report.outcome,
            report.gas_used,
            report.error.as_deref().unwrap_or("")
        ),
    }
    for d in diagnostics.iter().take(SHOWN_DIAGNOSTICS) {
        println!("  {} {}: {}", d.severity, d.path, d.message);
    }
    if diagnostics.len() > SHOWN_DIAGNOSTICS {
        let more = diagnostics.len() - SHOWN_DIAGNOSTICS;
        match sbom {
            Some((id, ..)) => println!(
                "  … {more} more: traceguard sbom diagnostics --tenant TENANT {}",
                &id[..16]
            ),
            None => println!("  … {more} more (--format json lists them all)"),
        }
    }
    Ok(())
}

/// Diagnostics an ingest prints as text; the rest are stored (or, refused, in `--format json`).
const SHOWN_DIAGNOSTICS: usize = 10;

/// `3 errors, 1 warning`-style counts of `diagnostics` by severity (`none` when empty).
fn severity_counts(diagnostics: &[DiagnosticOut]) -> String {
    let kinds = [
        ("error", "errors"),
        ("warning", "warnings"),
        ("info", "notes"),
    ];
    let counts: Vec<String> = kinds
        .iter()
        .filter_map(|(severity, plural)| {
            let n = diagnostics
                .iter()
                .filter(|d| d.severity == *severity)
                .count();
            (n > 0).then(|| format!("{n} {}", if n == 1 { severity } else { plural }))
        })
        .collect();
    if counts.is_empty() {
        "none".into()
    } else {
        counts.join(", ")
    }
}

/// A file that never reached a plugin (unreadable, unknown format, no such parser).
fn print_unread(file: &Path, error: &str, format: Format) -> anyhow::Result<()> {
    if format == Format::Json {
        let line = Ingested {
            file: file.display().to_string(),
            ok: false,
            sbom_id: None,
            format: None,
            spec_version: None,
            components: 0,
            dependencies: 0,
            duplicate: false,
            validation: None,
            diagnostics: &[],
            gas: Gas {
                used: 0,
                limit: 0,
                classes: None,
            },
            error: Some(error),
            invocation_id: None,
        };
        println!("{}", serde_json::to_string(&line)?);
    } else {
        eprintln!("{}: {error}", file.display());
    }
    Ok(())
}

fn resolve(service: &Service, tenant: &str, id: &str) -> anyhow::Result<String> {
    service.balance(tenant)?;
    service.state().resolve_sbom(tenant, id)?.with_context(|| {
        format!(
            "tenant `{tenant}` has no SBOM `{id}` (or the prefix is ambiguous); \
             list them with `traceguard sbom list --tenant {tenant}`"
        )
    })
}

/// `traceguard sbom show`.
pub fn show(service: &Service, tenant: &str, id: &str, format: Format) -> anyhow::Result<()> {
    let id = resolve(service, tenant, id)?;
    let detail = service
        .state()
        .sbom_detail(tenant, &id)?
        .with_context(|| format!("SBOM {id} vanished"))?;
    if format == Format::Json {
        return output::json(&detail);
    }
    let d = &detail;
    println!("sbom {}", d.id);
    println!("  format        {} {}", d.format, d.spec_version);
    println!("  name          {}", output::opt(&d.name));
    println!("  created       {}", output::opt(&d.created));
    println!("  supplier      {}", output::opt(&d.supplier));
    println!("  tools         {}", d.tools.join(", "));
    println!("  components    {}", d.components);
    println!("  dependencies  {}", d.dependencies);
    println!(
        "  ingested      {} (invocation {})",
        d.ingested_at, d.invocation_id
    );
    let c = d.diagnostic_counts;
    println!("  validation    {}", d.validation);
    println!(
        "  diagnostics   {} errors, {} warnings, {} notes",
        c.error, c.warning, c.info
    );
    for diag in &d.diagnostics {
        println!(
            "  {} [{}] {}: {}",
            diag.severity, diag.rule, diag.path, diag.message
        );
    }
    let total = c.error + c.warning + c.info;
    if total > d.diagnostics.len() as u64 {
        println!(
            "  … {} more: traceguard sbom diagnostics --tenant {tenant} {} --offset {}",
            total - d.diagnostics.len() as u64,
            &d.id[..16],
            d.diagnostics.len()
        );
    }
    Ok(())
}

/// `traceguard sbom diagnostics`.
pub fn diagnostics(
    service: &Service,
    tenant: &str,
    id: &str,
    filter: DiagnosticFilter<'_>,
    offset: u64,
    limit: u64,
    format: Format,
) -> anyhow::Result<()> {
    let id = resolve(service, tenant, id)?;
    let page = service
        .state()
        .diagnostic_page(tenant, &id, filter, offset, limit)?
        .with_context(|| format!("SBOM {id} vanished"))?;
    if format == Format::Json {
        return output::json(&page);
    }
    let rows: Vec<Vec<String>> = page
        .diagnostics
        .iter()
        .map(|d| {
            vec![
                d.severity.clone(),
                d.rule.clone(),
                d.path.clone(),
                d.message.clone(),
            ]
        })
        .collect();
    output::table(&["SEVERITY", "RULE", "PATH", "MESSAGE"], &rows);
    let shown = page.offset + page.diagnostics.len() as u64;
    println!(
        "{} of {} diagnostics (validation {}){}",
        page.diagnostics.len(),
        page.total,
        page.validation,
        if shown < page.total {
            format!("; next page: --offset {shown}")
        } else {
            String::new()
        }
    );
    Ok(())
}

/// `traceguard sbom diff`.
pub fn diff(
    service: &Service,
    tenant: &str,
    a: &str,
    b: &str,
    format: Format,
) -> anyhow::Result<()> {
    let (a, b) = (resolve(service, tenant, a)?, resolve(service, tenant, b)?);
    let state = service.state();
    let d = sboms::diff(
        &state.component_versions(tenant, &a)?,
        &state.component_versions(tenant, &b)?,
    );
    if format == Format::Json {
        return output::json(&d);
    }
    let versions = |v: &[String]| v.join(", ");
    let mut rows = Vec::new();
    for k in &d.added {
        rows.push(vec![
            "+".into(),
            k.component.clone(),
            String::new(),
            versions(&k.versions),
        ]);
    }
    for k in &d.removed {
        rows.push(vec![
            "-".into(),
            k.component.clone(),
            versions(&k.versions),
            String::new(),
        ]);
    }
    for c in &d.changed {
        rows.push(vec![
            "~".into(),
            c.component.clone(),
            versions(&c.from),
            versions(&c.to),
        ]);
    }
    output::table(&["", "COMPONENT", "FROM", "TO"], &rows);
    println!(
        "{} added, {} removed, {} changed",
        d.added.len(),
        d.removed.len(),
        d.changed.len()
    );
    Ok(())
}

/// `traceguard components`.
pub fn components(
    service: &Service,
    tenant: &str,
    purl: Option<&str>,
    name: Option<&str>,
    format: Format,
) -> anyhow::Result<()> {
    service.balance(tenant)?;
    anyhow::ensure!(
        purl.is_some() || name.is_some(),
        "say what to look for: --purl PURL (any version when it has none) or --name NAME"
    );
    let purl = purl
        .map(|p| {
            traceguard_purl::Purl::parse(p)
                .map_err(|e| anyhow::anyhow!("--purl {p:?} is not a package URL: {e}"))
        })
        .transpose()?;
    let hits = service
        .state()
        .find_components(tenant, purl.as_ref(), name)?;
    if format == Format::Json {
        return output::json(&hits);
    }
    let rows: Vec<Vec<String>> = hits
        .iter()
        .map(|h| {
            vec![
                h.sbom_id[..16].to_string(),
                output::opt(&h.sbom_name),
                h.name.clone(),
                output::opt(&h.version),
                output::opt(&h.purl),
            ]
        })
        .collect();
    output::table(&["SBOM", "SBOM NAME", "NAME", "VERSION", "PURL"], &rows);
    Ok(())
}
