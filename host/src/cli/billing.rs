//! Billing on the command line: `traceguard plan …` (plans, in the TOML of
//! `crate::billing::plan`), `traceguard invoice` (a tenant's invoice for a month in every
//! format), `traceguard gas verify` and `traceguard gas energy`.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use anyhow::Context;
use clap::Subcommand;

use super::output::{self, Format};
use crate::billing::invoice::{Invoice, Status};
use crate::billing::{InvoiceFormat, Month, Plan, money, render_invoice};
use crate::gas::GasClass;
use crate::service::Service;
use crate::state::invoices::Verification;
use crate::state::plans::{PlanChange, PlanRow};
use crate::state::{StateError, now_us};

/// `plan …`
#[derive(Subcommand, Debug)]
pub enum PlanCmd {
    /// Add a plan from a TOML file: a new name is version 1, a changed definition the next
    /// version, the same definition again changes nothing.
    Add {
        /// The plan, as TOML (name, currency, included_gas, minimum_charge, cap, [prices]).
        file: PathBuf,
    },
    /// The latest version of every plan.
    List,
    /// One plan: its prices, included gas and bounds.
    Show {
        /// The plan's name.
        name: String,
        /// A version (default: the latest). (`--version` prints traceguard's own.)
        #[arg(long)]
        plan_version: Option<u64>,
    },
}

/// Runs a `plan` command.
pub fn run(service: &Service, cmd: PlanCmd, format: Format) -> anyhow::Result<()> {
    let state = service.state();
    match cmd {
        PlanCmd::Add { file } => {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            let plan = Plan::from_toml(&text).with_context(|| format!("in {}", file.display()))?;
            let (row, change) = state.add_plan(&plan)?;
            if format == Format::Json {
                return output::json(&serde_json::json!({ "change": change, "plan": row }));
            }
            let what = match change {
                PlanChange::Created => "added",
                PlanChange::Updated => "updated to",
                PlanChange::Unchanged => "unchanged at",
            };
            println!(
                "plan {} {what} version {} ({})",
                row.name,
                row.version,
                &row.id[..16]
            );
        }
        PlanCmd::List => {
            let plans = state.plans()?;
            if format == Format::Json {
                return output::json(&plans);
            }
            let rows: Vec<Vec<String>> = plans
                .iter()
                .map(|p| {
                    vec![
                        p.name.clone(),
                        p.version.to_string(),
                        p.plan.currency.clone(),
                        p.plan.included_gas.to_string(),
                        money(p.plan.minimum_charge),
                        p.plan.cap.map_or("-".into(), money),
                        p.id[..16].to_string(),
                    ]
                })
                .collect();
            output::table(
                &[
                    "NAME",
                    "VERSION",
                    "CURRENCY",
                    "INCLUDED GAS",
                    "MINIMUM",
                    "CAP",
                    "ID",
                ],
                &rows,
            );
        }
        PlanCmd::Show {
            name,
            plan_version: version,
        } => {
            let row = state.plan(&name, version)?.with_context(|| match version {
                Some(v) => format!("plan `{name}` has no version {v} (see `traceguard plan list`)"),
                None => format!("unknown plan `{name}`: add it with `traceguard plan add FILE`"),
            })?;
            if format == Format::Json {
                return output::json(&row);
            }
            show(&row);
        }
    }
    Ok(())
}

fn show(row: &PlanRow) {
    let p = &row.plan;
    println!("plan {} version {} ({})", row.name, row.version, row.id);
    println!("  added         {}", row.added_at);
    println!("  included gas  {} a month", p.included_gas);
    println!("  minimum       {} {}", money(p.minimum_charge), p.currency);
    println!(
        "  cap           {}",
        p.cap
            .map_or("none".into(), |c| format!("{} {}", money(c), p.currency))
    );
    println!(
        "  prices        {} per million gas beyond the included gas",
        p.currency
    );
    for class in GasClass::ALL {
        println!("    {:<12} {}", class.name(), money(p.price(class)));
    }
}

/// `invoice …`
#[derive(clap::Args, Debug)]
pub struct InvoiceArgs {
    /// Tenant.
    #[arg(long)]
    pub tenant: String,
    /// The month, YYYY-MM, in the tenant's time zone. A month that has ended is sealed the
    /// first time it is asked for; the current month gives an open (provisional) invoice.
    #[arg(long, value_parser = parse_month)]
    pub period: Month,
    /// Write to this file instead of standard output (needed for --format parquet on a
    /// terminal).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

/// Parses a `YYYY-MM` billing period.
pub fn parse_month(s: &str) -> Result<Month, String> {
    Month::parse(s).map_err(|e| e.to_string())
}

/// Parses watts with up to three decimals (`3.5`) into milliwatts.
pub fn parse_watts(s: &str) -> Result<u64, String> {
    let bad = || format!("`{s}` is not a power in watts: use e.g. 3.5 (up to three decimals)");
    let (whole, fraction) = s.split_once('.').unwrap_or((s, ""));
    if whole.is_empty()
        || fraction.len() > 3
        || !whole
            .bytes()
            .chain(fraction.bytes())
            .all(|b| b.is_ascii_digit())
    {
        return Err(bad());
    }
    let whole: u64 = whole.parse().map_err(|_| bad())?;
    let fraction: u64 = format!("{fraction:0<3}").parse().map_err(|_| bad())?;
    whole
        .checked_mul(1000)
        .and_then(|w| w.checked_add(fraction))
        .ok_or_else(bad)
}

/// Milliwatts as watts (`3.500`).
pub fn watts(mw: u64) -> String {
    format!("{}.{:03}", mw / 1000, mw % 1000)
}

/// Runs `invoice`: the tenant's invoice for a month in the chosen format.
pub fn invoice(service: &Service, args: &InvoiceArgs, format: Format) -> anyhow::Result<()> {
    let doc = service
        .state()
        .invoice(&args.tenant, args.period, now_us())?;
    let bytes: Vec<u8> = match format {
        Format::Json => doc.json.into_bytes(),
        Format::Csv => render_invoice(&doc.invoice, &doc.json, InvoiceFormat::Csv)?,
        Format::Parquet => {
            if args.output.is_none() && std::io::stdout().is_terminal() {
                anyhow::bail!("Parquet is binary: write it to a file with --output FILE.parquet");
            }
            render_invoice(&doc.invoice, &doc.json, InvoiceFormat::Parquet)?
        }
        Format::Html => render_invoice(&doc.invoice, &doc.json, InvoiceFormat::Html)?,
        Format::Table | Format::Oscal => summary(&doc.invoice).into_bytes(),
    };
    match &args.output {
        Some(path) => std::fs::write(path, &bytes)
            .with_context(|| format!("cannot write {}", path.display()))?,
        None => std::io::stdout().lock().write_all(&bytes)?,
    }
    Ok(())
}

/// The invoice for a terminal.
fn summary(inv: &Invoice) -> String {
    use std::fmt::Write;
    let currency = inv.currency.as_deref().unwrap_or("(no plan)");
    let mut out = String::new();
    let _ = writeln!(
        out,
        "invoice {} {} ({}, {} to {}), {}",
        inv.tenant,
        inv.period.label,
        inv.period.time_zone,
        inv.period.start,
        inv.period.end,
        match inv.status {
            Status::Open => "open: the month is not over",
            Status::Sealed => "sealed",
        }
    );
    for s in &inv.sections {
        let plan = s.plan.as_ref().map_or("no plan".to_string(), |p| {
            format!("plan {}@{}", p.name, p.version)
        });
        let _ = writeln!(
            out,
            "\n{} to {} ({} days), {plan}: included gas {}, used {}",
            s.from, s.to, s.days, s.included_gas, s.priced.included_used
        );
        for l in &s.priced.lines {
            let _ = writeln!(
                out,
                "  {:<24} {:<12} gas {:>14}  billable {:>14}  {:>16} {currency}",
                l.plugin,
                l.class.name(),
                l.gas,
                l.billable,
                money(l.amount)
            );
        }
        if s.priced.minimum_top_up > 0 {
            let _ = writeln!(
                out,
                "  minimum charge top-up {} {currency}",
                money(s.priced.minimum_top_up)
            );
        }
        if s.priced.cap_reduction > 0 {
            let _ = writeln!(
                out,
                "  cap reduction -{} {currency}",
                money(s.priced.cap_reduction)
            );
        }
        let _ = writeln!(out, "  section total {} {currency}", money(s.priced.total));
    }
    for a in &inv.adjustments {
        let plan = a.plan.as_ref().map_or("no plan".to_string(), |p| {
            format!("{}@{}", p.name, p.version)
        });
        let _ = writeln!(
            out,
            "\nadjustment: {} late rows of sealed months ({plan}): {} {currency}",
            a.rows,
            money(a.total)
        );
    }
    let _ = writeln!(
        out,
        "\ntotal {} {currency} for {} gas",
        money(inv.total),
        inv.gas
    );
    let e = &inv.energy;
    let _ = writeln!(
        out,
        "energy {} Wh, CO2e {} g (CPU {} us at {} W per core, {} gCO2e/kWh)",
        crate::billing::watt_hours(e.energy_nj),
        crate::billing::grams(e.co2e_ug),
        e.cpu_us,
        watts(e.factors.watts_per_core_mw),
        e.factors.grid_g_per_kwh
    );
    let l = &inv.ledger;
    let range = match (l.first_invocation, l.last_invocation) {
        (Some(a), Some(b)) => format!("invocations {a} to {b}"),
        _ => "no invocations".to_string(),
    };
    let _ = writeln!(out, "ledger {} rows, {range}, blake3 {}", l.rows, l.blake3);
    out
}

/// Runs `gas verify`: derives each invoice of the month again and compares.
pub fn verify(
    service: &Service,
    tenant: Option<&str>,
    period: Month,
    format: Format,
) -> anyhow::Result<bool> {
    let state = service.state();
    let tenants: Vec<String> = match tenant {
        Some(t) => vec![t.to_string()],
        None => state.tenants()?.into_iter().map(|t| t.name).collect(),
    };
    let mut results = Vec::new();
    for t in &tenants {
        match state.verify_invoice(t, period, now_us()) {
            Ok(v) => results.push(v),
            // All tenants: one created after the month has no invoice to verify.
            Err(StateError::NoInvoice(_)) if tenant.is_none() => {}
            // An invoice that cannot be made is not verified: report it as a failure.
            Err(StateError::Invoice(error)) if tenant.is_none() => {
                results.push(Verification::failed(t, period, error));
            }
            Err(e) => return Err(e.into()),
        }
    }
    let ok = results.iter().all(|v| v.ok);
    if format == Format::Json {
        output::json(&results)?;
        return Ok(ok);
    }
    for v in &results {
        match &v.difference {
            None => println!(
                "OK {} {} ({}, {} ledger rows, blake3 {})",
                v.tenant, v.period, v.status, v.rows, v.blake3
            ),
            Some(d) if v.status == "error" => println!("ERROR {} {}: {d}", v.tenant, v.period),
            Some(d) => println!("DIFFERS {} {}: {d}", v.tenant, v.period),
        }
    }
    Ok(ok)
}

/// Runs `gas energy`: shows, or sets, the deployment's energy factors.
pub fn energy(
    service: &Service,
    watts_mw: Option<u64>,
    grid: Option<u64>,
    format: Format,
) -> anyhow::Result<()> {
    let state = service.state();
    let mut factors = state.energy_factors()?;
    if watts_mw.is_some() || grid.is_some() {
        factors.watts_per_core_mw = watts_mw.unwrap_or(factors.watts_per_core_mw);
        factors.grid_g_per_kwh = grid.unwrap_or(factors.grid_g_per_kwh);
        state.set_energy_factors(factors)?;
    }
    if format == Format::Json {
        return output::json(&factors);
    }
    println!(
        "energy: {} W per busy core, grid {} gCO2e/kWh (a tenant's own grid intensity, if set, \
         replaces the deployment's)",
        watts(factors.watts_per_core_mw),
        factors.grid_g_per_kwh
    );
    println!("method: {}", crate::billing::invoice::ENERGY_METHOD);
    Ok(())
}
