//! What each CLI command does, on top of [`crate::service::Service`].

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;

use super::output::{self, Format};
use super::{Cli, Command, GasCmd, InvokeArgs, PluginCmd, SbomCmd, TenantCmd, sbom};
use crate::gas::GasClass;
use crate::runtime::SandboxConfig;
use crate::service::{
    CallInput, Document, InvokeOptions, InvokeReport, Output, Service, ServiceError,
    parse_gas_limit,
};
use crate::state::sboms::DiagnosticFilter;

/// The sample SBOM the demo ingests: CycloneDX 1.5 of the traceguard host's own dependencies.
const SAMPLE_SBOM: &[u8] = include_bytes!("../../../examples/sboms/traceguard-host.cdx.json");
const DEMO_TENANT: &str = "demo";
/// Exit code of `invoke` when a policy ran and failed (1 means the call itself failed).
pub(super) const POLICY_FAILED: u8 = 2;
const DEMO_BUDGET: u64 = 10_000_000_000;

pub(super) fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let format = cli.format;
    if format == Format::Oscal
        && !matches!(
            cli.command,
            Command::Policy(super::policy::PolicyCmd::Report { .. })
        )
    {
        anyhow::bail!("--format oscal is only for `policy report`; use table or json here");
    }
    if format == Format::Parquet && !matches!(cli.command, Command::Invoice(_)) {
        anyhow::bail!("--format parquet is only for `invoice`; use table, json or csv here");
    }
    if format == Format::Html
        && !matches!(
            cli.command,
            Command::Invoice(_) | Command::Gas(GasCmd::Report { .. })
        )
    {
        anyhow::bail!(
            "--format html is only for `invoice` and `gas report`; use table or json here"
        );
    }
    match cli.command {
        Command::Plugin(PluginCmd::New {
            name,
            kind,
            dir,
            sdk,
        }) => {
            let path = super::scaffold::scaffold(&name, &kind, dir.as_deref(), sdk.as_deref())?;
            println!("created {} ({kind} plugin)", path.display());
            println!(
                "build it:   cd {} && cargo build --release --target wasm32-wasip2",
                path.display()
            );
            println!(
                "install it: traceguard plugin install {}/target/wasm32-wasip2/release/{}.wasm",
                path.display(),
                name.replace('-', "_")
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Bench(args) => crate::bench::run(&args, format),
        Command::Serve(args) => super::serve::serve(open(&cli.db)?, &args),
        command => {
            let service = open(&cli.db)?;
            dispatch(&service, command, format)
        }
    }
}

/// Where compiled plugins are cached between runs.
pub fn cache_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("TRACEGUARD_CACHE_DIR") {
        return Some(PathBuf::from(dir));
    }
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    Some(base.join("traceguard").join("compiled"))
}

fn open(db: &Path) -> anyhow::Result<Service> {
    let config = SandboxConfig {
        cache_dir: cache_dir(),
        ..SandboxConfig::default()
    };
    Service::open(db, config).with_context(|| format!("cannot open database {}", db.display()))
}

fn dispatch(service: &Service, command: Command, format: Format) -> anyhow::Result<ExitCode> {
    match command {
        Command::Demo => demo(service, format),
        Command::Tenant(TenantCmd::Create { name, budget }) => {
            service.create_tenant(&name, budget)?;
            println!("created tenant {name} with a budget of {budget} gas");
            Ok(ExitCode::SUCCESS)
        }
        Command::Tenant(TenantCmd::List) => {
            let tenants = service.state().tenants()?;
            if format == Format::Json {
                output::json(&tenants)?;
            } else {
                let rows: Vec<Vec<String>> = tenants
                    .iter()
                    .map(|t| {
                        vec![
                            t.name.clone(),
                            t.budget.to_string(),
                            t.spent.to_string(),
                            t.invocations.to_string(),
                            t.validation.clone(),
                            t.plan.clone().unwrap_or_else(|| "-".into()),
                        ]
                    })
                    .collect();
                output::table(
                    &[
                        "TENANT",
                        "BUDGET",
                        "SPENT",
                        "INVOCATIONS",
                        "VALIDATION",
                        "PLAN",
                    ],
                    &rows,
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Tenant(TenantCmd::Set {
            name,
            validation,
            plan,
            from,
            time_zone,
            grid_intensity,
            budget_renewal,
        }) => {
            if validation.is_none()
                && plan.is_none()
                && time_zone.is_none()
                && grid_intensity.is_none()
                && budget_renewal.is_none()
            {
                anyhow::bail!(
                    "nothing to set: name a setting, e.g. --validation strict, --plan team, \
                     --time-zone Europe/Berlin, --grid-intensity 350 or --budget-renewal monthly"
                );
            }
            if time_zone.is_some() || grid_intensity.is_some() || budget_renewal.is_some() {
                let grid = grid_intensity.map(|g| g.0);
                service.set_tenant_billing(&name, time_zone.as_ref(), grid, budget_renewal)?;
                let b = service.state().tenant_billing(&name)?;
                println!(
                    "tenant {name}: time zone {}, grid intensity {}, budget renews {}",
                    b.zone,
                    b.grid.map_or("of the deployment".to_string(), |g| format!(
                        "{g} gCO2e/kWh"
                    )),
                    b.renewal.name()
                );
            }
            if let Some(level) = validation {
                service.set_tenant_validation(&name, Some(level))?;
                println!(
                    "tenant {name}: ingests are judged at validation level {} unless a call names one",
                    level.name()
                );
            }
            if let Some(plan) = plan {
                let from = from.unwrap_or_else(|| chrono::Utc::now().date_naive().to_string());
                let moved = service.state().set_tenant_plan(&name, &plan, &from)?;
                println!(
                    "tenant {name}: on plan {} version {} from {}",
                    moved.plan, moved.version, moved.effective_from
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Plugin(PluginCmd::Install { file, name, tenant }) => {
            let bytes =
                std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let name = name.unwrap_or_else(|| {
                file.file_stem()
                    .map_or("plugin".into(), |s| s.to_string_lossy().replace('_', "-"))
            });
            let row = service
                .install_plugin(tenant.as_deref(), &bytes, &name)
                .with_context(|| format!("cannot install {}", file.display()))?;
            if format == Format::Json {
                output::json(&row)?;
            } else {
                let scope = row
                    .owner
                    .as_deref()
                    .map_or("every tenant".to_string(), |t| format!("tenant {t} only"));
                println!(
                    "installed {} ({} plugin, {} bytes) for {scope}\nid {}",
                    row.name, row.kind, row.size, row.id
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Plugin(PluginCmd::List { tenant }) => {
            if let Some(t) = &tenant {
                service.balance(t)?;
            }
            let plugins = service.state().plugins_for(tenant.as_deref())?;
            if format == Format::Json {
                output::json(&plugins)?;
            } else {
                let rows: Vec<Vec<String>> = plugins
                    .iter()
                    .map(|p| {
                        let origin = match (&p.owner, p.builtin) {
                            (Some(t), _) => format!("tenant {t}"),
                            (None, true) => "built-in".into(),
                            (None, false) => "installed".into(),
                        };
                        vec![
                            p.name.clone(),
                            p.kind.clone(),
                            p.size.to_string(),
                            origin,
                            p.id[..16].to_string(),
                        ]
                    })
                    .collect();
                output::table(&["NAME", "KIND", "SIZE", "ORIGIN", "ID"], &rows);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Plugin(PluginCmd::Inspect { plugin, tenant }) => {
            let info = service.inspect(tenant.as_deref(), &plugin)?;
            if format == Format::Json {
                output::json(&info)?;
            } else {
                println!("name     {}", info.row.name);
                println!("id       {}", info.row.id);
                println!("world    {}", info.world);
                println!("size     {} bytes", info.row.size);
                println!(
                    "origin   {}",
                    if info.row.builtin {
                        "built-in"
                    } else {
                        "installed"
                    }
                );
                println!("imports");
                for i in &info.shape.imports {
                    println!("  {i}");
                }
                println!("exports");
                for e in &info.shape.exports {
                    println!("  {e}");
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Plugin(PluginCmd::New { .. }) | Command::Bench(_) | Command::Serve(_) => {
            unreachable!("handled before opening the database")
        }
        Command::Tenant(TenantCmd::Key(cmd)) => super::serve::key(service, cmd, format),
        Command::Invoke(args) => invoke(service, &args, format),
        Command::Ingest(args) => sbom::ingest(service, &args, format),
        Command::Components { tenant, purl, name } => {
            sbom::components(service, &tenant, purl.as_deref(), name.as_deref(), format)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Sbom(SbomCmd::Show { tenant, id }) => {
            sbom::show(service, &tenant, &id, format)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Sbom(SbomCmd::Diagnostics {
            tenant,
            id,
            severity,
            rule,
            offset,
            limit,
        }) => {
            sbom::diagnostics(
                service,
                &tenant,
                &id,
                DiagnosticFilter {
                    severity: severity.as_deref(),
                    rule: rule.as_deref(),
                },
                offset,
                limit,
                format,
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Sbom(SbomCmd::Diff { tenant, from, to }) => {
            sbom::diff(service, &tenant, &from, &to, format)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Gas(GasCmd::Report { tenant, from, to }) => {
            if let Some(t) = &tenant {
                service.balance(t)?;
            }
            gas_report(
                service,
                tenant.as_deref(),
                from.as_deref(),
                to.as_deref(),
                format,
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Gas(GasCmd::Verify { tenant, period }) => {
            let ok = super::billing::verify(service, tenant.as_deref(), period, format)?;
            Ok(if ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Command::Gas(GasCmd::Energy {
            watts_per_core,
            grid_intensity,
        }) => {
            super::billing::energy(service, watts_per_core, grid_intensity, format)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Invoice(args) => {
            super::billing::invoice(service, &args, format)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Gas(GasCmd::Budget { tenant, set }) => {
            if let Some(budget) = set {
                service.set_budget(&tenant, budget)?;
            }
            let balance = service.balance(&tenant)?;
            if format == Format::Json {
                output::json(&balance)?;
            } else {
                println!(
                    "tenant {tenant}: budget {}, spent {}, available {}",
                    balance.budget, balance.spent, balance.available
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Sbom(SbomCmd::List { tenant }) => {
            service.balance(&tenant)?;
            let sboms = service.state().sboms(&tenant)?;
            if format == Format::Json {
                output::json(&sboms)?;
            } else {
                let rows: Vec<Vec<String>> = sboms
                    .iter()
                    .map(|s| {
                        vec![
                            s.id[..16].to_string(),
                            format!("{} {}", s.format, s.spec_version),
                            output::opt(&s.name),
                            s.components.to_string(),
                            s.dependencies.to_string(),
                            s.validation.clone(),
                            format!(
                                "{}/{}/{}",
                                s.diagnostics.error, s.diagnostics.warning, s.diagnostics.info
                            ),
                        ]
                    })
                    .collect();
                output::table(
                    &[
                        "SBOM",
                        "FORMAT",
                        "NAME",
                        "COMPONENTS",
                        "DEPENDENCIES",
                        "VALIDATION",
                        "ERR/WARN/INFO",
                    ],
                    &rows,
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Policy(cmd) => super::policy::run(service, cmd, format),
        Command::Plan(cmd) => {
            super::billing::run(service, cmd, format)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Findings {
            tenant,
            severity,
            sbom,
        } => {
            service.balance(&tenant)?;
            if let Some(s) = &severity {
                anyhow::ensure!(
                    crate::bindings::Severity::parse(s).is_some(),
                    "unknown severity `{s}`: use info, warning or error"
                );
            }
            let sbom = match &sbom {
                Some(id) => Some(service.sbom_or_newest(&tenant, Some(id))?),
                None => None,
            };
            let findings =
                service
                    .state()
                    .findings(&tenant, severity.as_deref(), sbom.as_deref())?;
            print_findings(&findings, format)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn print_findings(findings: &[crate::state::FindingRow], format: Format) -> anyhow::Result<()> {
    if format == Format::Json {
        return output::json(findings);
    }
    let rows: Vec<Vec<String>> = findings
        .iter()
        .map(|f| {
            vec![
                f.severity.clone(),
                f.rule_id.clone(),
                output::opt(&f.component_ref),
                f.message.clone(),
            ]
        })
        .collect();
    output::table(&["SEVERITY", "RULE", "COMPONENT", "MESSAGE"], &rows);
    Ok(())
}

fn invoke(service: &Service, args: &InvokeArgs, format: Format) -> anyhow::Result<ExitCode> {
    let (mut all_ok, mut all_passed) = (true, true);
    for _ in 0..args.repeat.max(1) {
        // INPUT is a document; without it the plugin gets a stored SBOM (--sbom, or the newest).
        let input = match &args.input {
            Some(path) => CallInput::Document(Document::File(path)),
            None => CallInput::Sbom(args.sbom.as_deref()),
        };
        let config = args.config.iter().cloned().collect();
        let report = service
            .invoke(&args.tenant, &args.plugin, input, args.gas_limit, config)
            .map_err(|e| match e {
                ServiceError::WrongInput { .. } => anyhow::anyhow!(
                    "{e}: give a document as INPUT to a parser, and --sbom ID (or nothing, for \
                     the newest SBOM) to a policy"
                ),
                e => e.into(),
            })?
            .wait()?;
        all_ok &= report.ok();
        all_passed &= !report.policy_failed();
        if args.repeat > 1 {
            // One line per settled invocation: the line is printed only after its ledger row is durable.
            if format == Format::Json {
                println!("{}", serde_json::to_string(&report)?);
            } else {
                println!(
                    "settled invocation {} outcome {} gas {}",
                    report.invocation_id, report.outcome, report.gas_used
                );
            }
        } else {
            print_report(&report, format)?;
        }
    }
    Ok(match (all_ok, all_passed) {
        (false, _) => ExitCode::FAILURE,
        (true, false) => ExitCode::from(POLICY_FAILED),
        (true, true) => ExitCode::SUCCESS,
    })
}

fn print_report(report: &InvokeReport, format: Format) -> anyhow::Result<()> {
    if format == Format::Json {
        return output::json(report);
    }
    println!(
        "invocation {}  plugin {}  tenant {}  outcome {}",
        report.invocation_id, report.plugin, report.tenant, report.outcome
    );
    match &report.output {
        Some(Output::Sbom {
            sbom_id,
            format,
            spec_version,
            name,
            components,
            dependencies,
            diagnostics,
            duplicate,
            validation,
        }) => {
            println!(
                "sbom {sbom_id}\n  {format} {spec_version}  {}  {components} components, {dependencies} dependencies, validation {}{}",
                name.as_deref().unwrap_or("(unnamed)"),
                validation.name(),
                if *duplicate {
                    "  (already stored: nothing new written)"
                } else {
                    ""
                }
            );
            for d in diagnostics {
                println!("  {}: {} {}", d.severity, d.path, d.message);
            }
        }
        Some(Output::Policy {
            sbom_id,
            passed,
            findings,
        }) => {
            println!(
                "policy {} on sbom {sbom_id}: {} finding(s)",
                if *passed { "PASSED" } else { "FAILED" },
                findings.len()
            );
            let rows: Vec<Vec<String>> = findings
                .iter()
                .map(|f| {
                    vec![
                        f.severity.to_string(),
                        f.rule_id.clone(),
                        output::opt(&f.component_ref),
                        f.message.clone(),
                    ]
                })
                .collect();
            if !rows.is_empty() {
                output::table(&["SEVERITY", "RULE", "COMPONENT", "MESSAGE"], &rows);
            }
        }
        None => {}
    }
    if let Some(error) = &report.error {
        eprintln!("error: {error}");
        for d in &report.error_diagnostics {
            eprintln!(
                "  {}: {} {}",
                d.severity,
                if d.path.is_empty() { "-" } else { &d.path },
                d.message
            );
        }
    }
    for log in &report.logs {
        println!("  log {}: {}", log.level, log.message);
    }
    println!(
        "gas: limit {}  used {}  budget remaining {}",
        report.gas_limit, report.gas_used, report.budget_remaining
    );
    let rows: Vec<Vec<String>> = GasClass::ALL
        .iter()
        .filter(|c| report.gas.get(**c) > 0)
        .map(|c| vec![c.name().to_string(), report.gas.get(*c).to_string()])
        .collect();
    output::table(
        &["  CLASS", "GAS"],
        &rows
            .into_iter()
            .map(|mut r| {
                r[0] = format!("  {}", r[0]);
                r
            })
            .collect::<Vec<_>>(),
    );
    Ok(())
}

fn gas_report(
    service: &Service,
    tenant: Option<&str>,
    from: Option<&str>,
    to: Option<&str>,
    format: Format,
) -> anyhow::Result<()> {
    let report = service.state().gas_report(tenant, from, to)?;
    if format == Format::Json {
        return output::json(&report);
    }
    if format == Format::Html {
        let days = match tenant {
            Some(t) => service.state().gas_per_day(t, from, to)?,
            None => Vec::new(),
        };
        let page = crate::billing::html::usage(tenant, from, to, &report, &days);
        std::io::Write::write_all(&mut std::io::stdout().lock(), page.as_bytes())?;
        return Ok(());
    }
    let (header, rows) = crate::report::gas_report_rows(&report);
    if format == Format::Csv {
        output::csv(&header, &rows)
    } else {
        output::table(&header, &rows);
        Ok(())
    }
}

fn demo(service: &Service, format: Format) -> anyhow::Result<ExitCode> {
    if service.balance(DEMO_TENANT).is_err() {
        service.create_tenant(DEMO_TENANT, DEMO_BUDGET)?;
    }
    let opts = InvokeOptions::default();
    println!("== ingest: bundled sample SBOM with the built-in `cyclonedx` parser ==");
    let parse_opts = InvokeOptions {
        gas_limit: parse_gas_limit(SAMPLE_SBOM.len() as u64),
        ..InvokeOptions::default()
    };
    let parsed = service.parse(DEMO_TENANT, "cyclonedx", SAMPLE_SBOM, &parse_opts)?;
    print_report(&parsed, format)?;
    anyhow::ensure!(parsed.ok(), "the sample SBOM was not ingested");
    let sbom_id = match &parsed.output {
        Some(Output::Sbom { sbom_id, .. }) => sbom_id.clone(),
        _ => anyhow::bail!("the parser produced no SBOM"),
    };
    println!("\n== policy: built-in `license-policy` (licence allow-list) ==");
    let evaluated = service.evaluate(DEMO_TENANT, "license-policy", Some(&sbom_id), &opts)?;
    print_report(&evaluated, format)?;
    println!("\n== gas report for tenant {DEMO_TENANT} ==");
    gas_report(service, Some(DEMO_TENANT), None, None, format)?;
    println!("\ndatabase: {}", service.state().path().display());
    Ok(ExitCode::SUCCESS)
}
