//! `traceguard policy …`: a tenant's policies: add (Rego or a policy plugin), list, evaluate
//! (a CI gate through `--enforce`), and report the latest results as a table, JSON or OSCAL.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Subcommand;
use serde::Serialize;

use super::commands::POLICY_FAILED;
use super::output::{self, Format};
use super::parse_key_value;
use crate::service::{
    MAX_REGO_BYTES, Output, PolicyOutcome, REGO_PLUGIN, Service, ServiceError, set_rego_source,
};
use crate::state::{PolicyChange, PolicyResultRow};

/// `policy …`
#[derive(Subcommand, Debug)]
pub enum PolicyCmd {
    /// Add a policy, or a new version of one: a Rego file, or a policy plugin with its
    /// configuration. The policy is checked first (a Rego syntax error is reported with its
    /// line and column); adding an unchanged definition again keeps the current version.
    Add(AddArgs),
    /// List a tenant's policies (the latest version of each).
    List {
        /// Tenant.
        #[arg(long)]
        tenant: String,
    },
    /// Evaluate a tenant's policies over an SBOM and store the results and findings. Exit
    /// code 2 when a policy added with --enforce fails or cannot be evaluated.
    Eval {
        /// Tenant charged.
        #[arg(long)]
        tenant: String,
        /// SBOM id or unique prefix (default: the tenant's newest SBOM).
        #[arg(long)]
        sbom: Option<String>,
        /// Only this policy (default: all of the tenant's policies).
        #[arg(long)]
        policy: Option<String>,
        /// Most gas each evaluation may use (reserved from the budget first). Default: 50 M
        /// plus 2 M per component of the SBOM.
        #[arg(long)]
        gas_limit: Option<u64>,
    },
    /// Report the latest result of each policy on an SBOM: `--format table` (default),
    /// `json`, or `oscal` (an OSCAL 1.1 assessment-results document).
    Report {
        /// Tenant.
        #[arg(long)]
        tenant: String,
        /// SBOM id or unique prefix.
        #[arg(long)]
        sbom: String,
    },
}

/// `policy add`
#[derive(clap::Args, Debug)]
pub struct AddArgs {
    /// Tenant that owns the policy.
    #[arg(long)]
    pub tenant: String,
    /// Policy name (1-64 of a-z, A-Z, 0-9, `-`, `_`, `.`).
    pub name: String,
    /// A Rego (v1) policy file, evaluated by the built-in `rego` plugin.
    #[arg(required_unless_present = "plugin")]
    pub file: Option<PathBuf>,
    /// The Rego query whose value lists the findings (default `data.traceguard.deny`).
    #[arg(long, requires = "file")]
    pub query: Option<String>,
    /// A policy plugin instead of a Rego file, e.g. `license-policy`, `required-fields`,
    /// `banned-packages`, `sbom-age`, or an installed one.
    #[arg(long, conflicts_with = "file")]
    pub plugin: Option<String>,
    /// Plugin configuration, KEY=VALUE (repeatable).
    #[arg(long = "config", value_parser = parse_key_value)]
    pub config: Vec<(String, String)>,
    /// Make this policy a gate: `policy eval` exits with code 2 when it fails.
    #[arg(long)]
    pub enforce: bool,
}

pub(super) fn run(service: &Service, cmd: PolicyCmd, format: Format) -> anyhow::Result<ExitCode> {
    match cmd {
        PolicyCmd::Add(args) => add(service, args, format),
        PolicyCmd::List { tenant } => {
            service.balance(&tenant)?;
            list(service, &tenant, format)
        }
        PolicyCmd::Eval {
            tenant,
            sbom,
            policy,
            gas_limit,
        } => eval(
            service,
            &tenant,
            sbom.as_deref(),
            policy.as_deref(),
            gas_limit,
            format,
        ),
        PolicyCmd::Report { tenant, sbom } => report(service, &tenant, &sbom, format),
    }
}

fn add(service: &Service, args: AddArgs, format: Format) -> anyhow::Result<ExitCode> {
    let mut config: BTreeMap<String, String> = args.config.into_iter().collect();
    let plugin = match (&args.file, &args.plugin) {
        (Some(file), _) => {
            let size = std::fs::metadata(file)
                .with_context(|| format!("cannot read {}", file.display()))?
                .len();
            anyhow::ensure!(
                size <= MAX_REGO_BYTES as u64,
                "{} is {size} bytes; a Rego policy may have at most {MAX_REGO_BYTES}",
                file.display()
            );
            let source = std::fs::read_to_string(file)
                .with_context(|| format!("cannot read {} as UTF-8 text", file.display()))?;
            set_rego_source(&mut config, source, args.query.clone());
            REGO_PLUGIN.to_string()
        }
        (None, Some(plugin)) => plugin.clone(),
        (None, None) => anyhow::bail!("give a Rego FILE or --plugin NAME"),
    };
    let (row, change, check) =
        match service.add_policy(&args.tenant, &args.name, &plugin, config, args.enforce) {
            Ok(added) => added,
            Err(ServiceError::InvalidPolicy {
                name,
                message,
                diagnostics,
            }) => {
                for d in &diagnostics {
                    eprintln!("  {}: {} {}", d.severity, d.path, d.message);
                }
                let source = args.file.map(|f| format!(" ({})", f.display()));
                anyhow::bail!(
                    "policy `{name}`{} is invalid: {message}",
                    source.unwrap_or_default()
                );
            }
            Err(e) => return Err(e.into()),
        };
    if format == Format::Json {
        #[derive(Serialize)]
        struct Added<'a> {
            name: &'a str,
            version: u64,
            id: &'a str,
            plugin: &'a str,
            enforce: bool,
            change: &'a PolicyChange,
            check_gas: u64,
        }
        output::json(&Added {
            name: &row.name,
            version: row.version,
            id: &row.id,
            plugin: &row.plugin,
            enforce: row.enforce,
            change: &change,
            check_gas: check.gas_used,
        })?;
    } else {
        let what = match change {
            PolicyChange::Created => "added",
            PolicyChange::Updated => "updated",
            PolicyChange::Unchanged => "unchanged",
        };
        println!(
            "{what} policy {} version {} ({} plugin{})\nid {}\nchecked for {} gas",
            row.name,
            row.version,
            row.plugin,
            if row.enforce { ", enforced" } else { "" },
            row.id,
            check.gas_used
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn list(service: &Service, tenant: &str, format: Format) -> anyhow::Result<ExitCode> {
    let policies = service.state().policies(tenant)?;
    if format == Format::Json {
        output::json(&policies)?;
    } else {
        let rows: Vec<Vec<String>> = policies
            .iter()
            .map(|p| {
                vec![
                    p.name.clone(),
                    p.version.to_string(),
                    p.plugin.clone(),
                    if p.enforce { "yes" } else { "no" }.into(),
                    p.added_at.clone(),
                    p.id[..16].to_string(),
                ]
            })
            .collect();
        output::table(
            &["NAME", "VERSION", "PLUGIN", "ENFORCE", "ADDED", "ID"],
            &rows,
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn eval(
    service: &Service,
    tenant: &str,
    sbom: Option<&str>,
    policy: Option<&str>,
    gas_limit: Option<u64>,
    format: Format,
) -> anyhow::Result<ExitCode> {
    let (sbom_id, outcomes) = service.evaluate_policies(tenant, sbom, policy, gas_limit)?;
    if format == Format::Json {
        #[derive(Serialize)]
        struct Evaluated<'a> {
            sbom_id: &'a str,
            policies: &'a [PolicyOutcome],
        }
        output::json(&Evaluated {
            sbom_id: &sbom_id,
            policies: &outcomes,
        })?;
    } else {
        print_outcomes(&sbom_id, &outcomes);
    }
    let blocked: Vec<&str> = outcomes
        .iter()
        .filter(|o| o.blocks())
        .map(|o| o.policy.as_str())
        .collect();
    if blocked.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        eprintln!("enforced policies not passed: {}", blocked.join(", "));
        Ok(ExitCode::from(POLICY_FAILED))
    }
}

fn print_outcomes(sbom_id: &str, outcomes: &[PolicyOutcome]) {
    println!("sbom {sbom_id}");
    let rows: Vec<Vec<String>> = outcomes
        .iter()
        .map(|o| {
            let findings = match &o.report.output {
                Some(Output::Policy { findings, .. }) => findings.len().to_string(),
                _ => "-".into(),
            };
            vec![
                o.policy.clone(),
                o.version.to_string(),
                if o.enforce { "yes" } else { "no" }.into(),
                o.status.to_uppercase(),
                findings,
                o.report.gas_used.to_string(),
            ]
        })
        .collect();
    output::table(
        &["POLICY", "VERSION", "ENFORCE", "STATUS", "FINDINGS", "GAS"],
        &rows,
    );
    let mut findings = Vec::new();
    for o in outcomes {
        if let Some(Output::Policy { findings: fs, .. }) = &o.report.output {
            findings.extend(fs.iter().map(|f| {
                finding_row(
                    &o.policy,
                    f.severity,
                    &f.rule_id,
                    &f.component_ref,
                    &f.message,
                )
            }));
        }
        if let Some(error) = &o.report.error {
            eprintln!("policy {}: {} ({})", o.policy, error, o.report.outcome);
        }
    }
    print_findings(&findings);
}

fn finding_row(
    policy: &str,
    severity: &str,
    rule: &str,
    component: &Option<String>,
    message: &str,
) -> Vec<String> {
    vec![
        policy.to_string(),
        severity.to_string(),
        rule.to_string(),
        output::opt(component),
        message.to_string(),
    ]
}

/// The findings of several policies as one table, after a blank line; nothing when empty.
fn print_findings(rows: &[Vec<String>]) {
    if !rows.is_empty() {
        println!();
        output::table(
            &["POLICY", "SEVERITY", "RULE", "COMPONENT", "MESSAGE"],
            rows,
        );
    }
}

fn report(service: &Service, tenant: &str, sbom: &str, format: Format) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(
        format != Format::Csv,
        "`policy report` writes --format table, json or oscal"
    );
    let (sbom_id, results) = service.policy_results(tenant, sbom)?;
    anyhow::ensure!(
        !results.is_empty(),
        "no policy results for sbom {sbom_id} of tenant `{tenant}` yet: run \
         `traceguard policy eval --tenant {tenant} --sbom {sbom_id}`"
    );
    match format {
        Format::Oscal => {
            let detail = service
                .state()
                .sbom_detail(tenant, &sbom_id)?
                .with_context(|| format!("sbom {sbom_id} vanished"))?;
            output::json(&crate::oscal::assessment_results(tenant, &detail, &results))?;
        }
        Format::Json => {
            #[derive(Serialize)]
            struct Report<'a> {
                tenant: &'a str,
                sbom_id: &'a str,
                results: &'a [PolicyResultRow],
            }
            output::json(&Report {
                tenant,
                sbom_id: &sbom_id,
                results: &results,
            })?;
        }
        Format::Table | Format::Csv | Format::Parquet | Format::Html => {
            print_results(&sbom_id, &results)
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn print_results(sbom_id: &str, results: &[PolicyResultRow]) {
    println!("sbom {sbom_id}");
    let rows: Vec<Vec<String>> = results
        .iter()
        .map(|r| {
            vec![
                r.policy.clone(),
                r.version.to_string(),
                if r.enforce { "yes" } else { "no" }.into(),
                r.status.to_uppercase(),
                r.findings.len().to_string(),
                r.gas_used.to_string(),
                r.finished_at.clone(),
            ]
        })
        .collect();
    output::table(
        &[
            "POLICY",
            "VERSION",
            "ENFORCE",
            "STATUS",
            "FINDINGS",
            "GAS",
            "EVALUATED",
        ],
        &rows,
    );
    let findings: Vec<Vec<String>> = results
        .iter()
        .flat_map(|r| {
            r.findings.iter().map(|f| {
                finding_row(
                    &r.policy,
                    &f.severity,
                    &f.rule_id,
                    &f.component_ref,
                    &f.message,
                )
            })
        })
        .collect();
    print_findings(&findings);
    for r in results {
        if let Some(error) = &r.error {
            println!("policy {}: {error}", r.policy);
        }
    }
}
