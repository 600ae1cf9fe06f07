//! The `traceguard` command line.

mod billing;
mod commands;
mod output;
mod policy;
mod sbom;
mod scaffold;
mod serve;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::state::Validation;

pub use crate::report::Format;

/// Sandboxed, gas-metered supply-chain plugins over an embedded DuckDB.
#[derive(Parser, Debug)]
#[command(name = "traceguard", version, about, propagate_version = true)]
pub struct Cli {
    /// DuckDB database file.
    #[arg(
        long,
        global = true,
        env = "TRACEGUARD_DB",
        default_value = "traceguard.duckdb"
    )]
    pub db: PathBuf,
    /// Output format for commands that print data.
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Top-level commands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Ingest the bundled sample SBOM for tenant `demo`, run the licence policy, print findings and gas.
    Demo,
    /// Manage tenants.
    #[command(subcommand)]
    Tenant(TenantCmd),
    /// Install, list, inspect and scaffold plugins.
    #[command(subcommand)]
    Plugin(PluginCmd),
    /// Ingest SBOM files for a tenant, picking the parser by content (see --sbom-format).
    Ingest(sbom::IngestArgs),
    /// Find components across a tenant's SBOMs by package URL or name.
    Components {
        /// Tenant.
        #[arg(long)]
        tenant: String,
        /// Package URL; without a version it matches every version.
        #[arg(long)]
        purl: Option<String>,
        /// Component name (case-insensitive).
        #[arg(long)]
        name: Option<String>,
    },
    /// Invoke a plugin for a tenant: a parser on INPUT, or a policy on a stored SBOM.
    Invoke(InvokeArgs),
    /// Gas reports and budgets.
    #[command(subcommand)]
    Gas(GasCmd),
    /// Stored SBOMs.
    #[command(subcommand)]
    Sbom(SbomCmd),
    /// Tenant policies (Rego or policy plugins): add, list, evaluate, report (JSON, table, OSCAL).
    #[command(subcommand)]
    Policy(policy::PolicyCmd),
    /// Billing plans: add (versioned, content-addressed), list, show; `tenant set --plan` puts
    /// a tenant on one.
    #[command(subcommand)]
    Plan(billing::PlanCmd),
    /// A tenant's invoice for a month (YYYY-MM, its time zone): table, json, csv, parquet or
    /// html. Ended months are sealed when first asked for; `gas verify` re-derives them.
    Invoice(billing::InvoiceArgs),
    /// Findings of a tenant's policy evaluations.
    Findings {
        /// Tenant.
        #[arg(long)]
        tenant: String,
        /// Only this severity (info, warning, error).
        #[arg(long)]
        severity: Option<String>,
        /// Only findings on this SBOM (id or unique prefix).
        #[arg(long)]
        sbom: Option<String>,
    },
    /// Measure invocation cost, fuel overhead and ledger throughput (see BENCHMARKS.md).
    Bench(crate::bench::BenchArgs),
    /// Serve the HTTP API (/v1, OpenAPI at /v1/openapi.json), metrics, health checks and the
    /// web UI for every tenant, until SIGINT or SIGTERM.
    Serve(serve::ServeArgs),
}

/// `tenant …`
#[derive(Subcommand, Debug)]
pub enum TenantCmd {
    /// Create a tenant with a gas budget.
    Create {
        /// Tenant name (a-z, A-Z, 0-9, `-`, `_`, `.`).
        name: String,
        /// Total gas the tenant may spend.
        #[arg(long)]
        budget: u64,
    },
    /// List tenants with budget, spend and validation level.
    List,
    /// Change a tenant's settings.
    Set {
        /// Tenant name.
        name: String,
        /// Validation level of its ingests when a call names none: strict (any spec error
        /// rejects), standard (only an uninterpretable document is refused; the default) or none.
        #[arg(long, value_parser = crate::service::parse_validation)]
        validation: Option<Validation>,
        /// Put the tenant on the latest version of this billing plan (`traceguard plan list`).
        #[arg(long)]
        plan: Option<String>,
        /// The first day the plan prices (YYYY-MM-DD; default: today, UTC).
        #[arg(long, requires = "plan", value_parser = |s: &str| crate::dates::parse_date(s).map_err(|e| e.to_string()))]
        from: Option<String>,
        /// The tenant's time zone for billing periods and budget renewal: an IANA name
        /// (Europe/Berlin), UTC, or a fixed offset (+02:00). Default UTC.
        #[arg(long, value_parser = |s: &str| crate::billing::Zone::parse(s).map_err(|e| e.to_string()))]
        time_zone: Option<crate::billing::Zone>,
        /// The grid intensity of the tenant's region in gCO2e/kWh for its CO2e estimates, or
        /// `deployment` for the deployment's (`traceguard gas energy`).
        #[arg(long, value_parser = parse_grid)]
        grid_intensity: Option<Grid>,
        /// How often the tenant's budget renews: monthly, weekly (Mondays) or none (a budget
        /// for all time, the default). Renewal follows the tenant's time zone.
        #[arg(long, value_parser = |s: &str| crate::billing::Renewal::parse(s).map_err(|e| e.to_string()))]
        budget_renewal: Option<crate::billing::Renewal>,
    },
    /// API keys for `traceguard serve`: create (shown once), list, revoke.
    #[command(subcommand)]
    Key(serve::KeyCmd),
}

/// `plugin …`
#[derive(Subcommand, Debug)]
pub enum PluginCmd {
    /// Validate and install a component (.wasm built for wasm32-wasip2).
    Install {
        /// The component file.
        file: PathBuf,
        /// Name to register it under (default: the file stem).
        #[arg(long)]
        name: Option<String>,
        /// Install it for this tenant alone (default: for every tenant).
        #[arg(long)]
        tenant: Option<String>,
    },
    /// List built-in and installed plugins (with --tenant, that tenant's own too).
    List {
        /// Also list the plugins this tenant installed for itself.
        #[arg(long)]
        tenant: Option<String>,
    },
    /// Show a plugin's world, imports, exports, hash and size.
    Inspect {
        /// Plugin name or id (or a unique id prefix).
        plugin: String,
        /// Look among this tenant's own plugins first.
        #[arg(long)]
        tenant: Option<String>,
    },
    /// Scaffold a new plugin crate that builds as generated.
    New {
        /// Crate name.
        name: String,
        /// Plugin kind.
        #[arg(long, value_parser = ["sbom-parser", "policy"])]
        kind: String,
        /// Parent directory (default: current directory).
        #[arg(long)]
        dir: Option<PathBuf>,
        /// Path to a checkout's traceguard-sdk (default: the SDK built into this binary, written
        /// into the new crate as `traceguard-sdk/`).
        #[arg(long)]
        sdk: Option<PathBuf>,
    },
}

/// `invoke …`
#[derive(clap::Args, Debug)]
pub struct InvokeArgs {
    /// Tenant charged.
    #[arg(long)]
    pub tenant: String,
    /// Plugin name or id.
    pub plugin: String,
    /// Document for a parser plugin.
    pub input: Option<PathBuf>,
    /// SBOM id for a policy plugin (default: the tenant's newest).
    #[arg(long)]
    pub sbom: Option<String>,
    /// Most gas the call may use (reserved from the budget first). Default: 50 M for a
    /// policy; for a parser 50 M plus 2,000 per byte of the document.
    #[arg(long)]
    pub gas_limit: Option<u64>,
    /// Configuration for the plugin, KEY=VALUE (repeatable).
    #[arg(long = "config", value_parser = parse_key_value)]
    pub config: Vec<(String, String)>,
    /// Invoke this many times, printing one line per settled invocation.
    #[arg(long, default_value_t = 1)]
    pub repeat: u64,
}

/// A tenant's grid intensity as set: gCO2e/kWh, or `None` for the deployment's.
#[derive(Clone, Copy, Debug)]
pub struct Grid(pub Option<u64>);

/// `--grid-intensity`: grams per kWh, or `deployment` to use the deployment's.
fn parse_grid(s: &str) -> Result<Grid, String> {
    if s == "deployment" {
        return Ok(Grid(None));
    }
    s.parse::<u64>().map(|g| Grid(Some(g))).map_err(|_| {
        format!("`{s}` is not a grid intensity: use whole gCO2e/kWh (e.g. 350) or `deployment`")
    })
}

pub(crate) fn parse_key_value(s: &str) -> Result<(String, String), String> {
    s.split_once('=')
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .ok_or_else(|| format!("expected KEY=VALUE, got `{s}`"))
}

/// `gas …`
#[derive(Subcommand, Debug)]
pub enum GasCmd {
    /// Gas totals per tenant and plugin, per class.
    Report {
        /// Only this tenant.
        #[arg(long)]
        tenant: Option<String>,
        /// From this date (YYYY-MM-DD, inclusive).
        #[arg(long, value_parser = crate::dates::parse_date)]
        from: Option<String>,
        /// Up to this date (YYYY-MM-DD, exclusive).
        #[arg(long, value_parser = crate::dates::parse_date)]
        to: Option<String>,
    },
    /// Derive a month's invoices again from the ledger and compare them byte for byte with
    /// the sealed ones (an open month: two derivations). Prints OK or the first difference;
    /// exits 1 on any difference.
    Verify {
        /// Only this tenant (default: every tenant with an invoice for the month).
        #[arg(long)]
        tenant: Option<String>,
        /// The month, YYYY-MM.
        #[arg(long, value_parser = billing::parse_month)]
        period: crate::billing::Month,
    },
    /// Show (or set) the energy factors for energy and CO2e estimates.
    Energy {
        /// Power drawn by one busy core, in watts (e.g. 3.5).
        #[arg(long, value_parser = billing::parse_watts)]
        watts_per_core: Option<u64>,
        /// Grid intensity in gCO2e/kWh.
        #[arg(long)]
        grid_intensity: Option<u64>,
    },
    /// Show (or set) a tenant's budget.
    Budget {
        /// Tenant.
        #[arg(long)]
        tenant: String,
        /// New total budget.
        #[arg(long)]
        set: Option<u64>,
    },
}

/// `sbom …`
#[derive(Subcommand, Debug)]
pub enum SbomCmd {
    /// List a tenant's SBOMs.
    List {
        /// Tenant.
        #[arg(long)]
        tenant: String,
    },
    /// Show one SBOM: document facts, counts, validation level and its first diagnostics.
    Show {
        /// Tenant.
        #[arg(long)]
        tenant: String,
        /// SBOM id (or a unique prefix, as `sbom list` shows).
        id: String,
    },
    /// List an SBOM's diagnostics in the order the parser reported them, a page at a time.
    Diagnostics {
        /// Tenant.
        #[arg(long)]
        tenant: String,
        /// SBOM id (or a unique prefix, as `sbom list` shows).
        id: String,
        /// Only this severity (error, warning, info).
        #[arg(long, value_parser = ["error", "warning", "info"])]
        severity: Option<String>,
        /// Only rules matching this pattern (`*` stands for any text): `spdx/*`, `*/hash-digest`.
        #[arg(long)]
        rule: Option<String>,
        /// Diagnostics to skip.
        #[arg(long, default_value_t = 0)]
        offset: u64,
        /// Most diagnostics to list.
        #[arg(long, default_value_t = 100)]
        limit: u64,
    },
    /// Compare two SBOMs: components added, removed, or with other versions.
    Diff {
        /// Tenant.
        #[arg(long)]
        tenant: String,
        /// The older SBOM id (or prefix).
        from: String,
        /// The newer SBOM id (or prefix).
        to: String,
    },
}

/// Runs the CLI; returns the process exit code.
pub fn main() -> std::process::ExitCode {
    quiet_on_closed_stdout();
    let cli = Cli::parse();
    match commands::run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// Exit code of a command whose reader went away (e.g. `traceguard ... | head`): what a shell
/// reports for a process killed by SIGPIPE.
pub const CLOSED_STDOUT: i32 = 141;

/// Rust ignores SIGPIPE, so `println!` to a closed pipe panics with a backtrace; a CLI should
/// stop quietly instead, as Unix tools do. Every other panic still goes to the default hook.
fn quiet_on_closed_stdout() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info.payload_as_str().unwrap_or_default();
        if message.starts_with("failed printing to stdout") && message.contains("Broken pipe") {
            std::process::exit(CLOSED_STDOUT);
        }
        default(info);
    }));
}
