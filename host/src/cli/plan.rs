//! `traceguard plan …`: billing plans (see `crate::billing::plan` for the TOML they are
//! written in), and putting a tenant on one.

use std::path::PathBuf;

use anyhow::Context;
use clap::Subcommand;

use super::output::{self, Format};
use crate::billing::{MICROS_PER_UNIT, Plan};
use crate::gas::GasClass;
use crate::service::Service;
use crate::state::plans::{PlanChange, PlanRow};

/// `plan …`
#[derive(Subcommand, Debug)]
pub enum PlanCmd {
    /// Add a plan from a TOML file: a new name is version 1, a changed definition the next
    /// version, the same definition again changes nothing.
    Add {
        /// The plan, as TOML (name, currency, period, included_gas, minimum_charge, cap, [prices]).
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
                        format!("{:?}", p.plan.period).to_lowercase(),
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
                    "PERIOD",
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

/// Micro-units as a decimal amount with six places (`12.500000`).
pub fn money(micros: u64) -> String {
    format!(
        "{}.{:06}",
        micros / MICROS_PER_UNIT,
        micros % MICROS_PER_UNIT
    )
}

fn show(row: &PlanRow) {
    let p = &row.plan;
    println!("plan {} version {} ({})", row.name, row.version, row.id);
    println!("  added         {}", row.added_at);
    println!(
        "  period        {} (included gas {})",
        format!("{:?}", p.period).to_lowercase(),
        p.included_gas
    );
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
