//! `traceguard serve` and `traceguard tenant key …`: the HTTP server and the API keys it accepts.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::Arc;

use clap::Subcommand;

use super::output::{self, Format};
use crate::api::{self, ServeConfig};
use crate::service::Service;
use crate::state::Scope;

/// Options of `traceguard serve`.
#[derive(clap::Args, Debug)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "TRACEGUARD_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Largest request body (an SBOM upload, a plugin), in MiB; larger ones get a 413.
    #[arg(long, default_value_t = 64, value_parser = clap::value_parser!(u64).range(1..=4096))]
    pub max_body_mib: u64,
    /// Requests a second each tenant may make, e.g. `20/s` (or just `20`); over it: 429.
    #[arg(long, default_value = "20/s", value_parser = parse_rate)]
    pub rate: f64,
    /// Requests a tenant may make at once above the rate (default: twice the rate).
    #[arg(long)]
    pub burst: Option<f64>,
    /// Requests a tenant may have in flight at once; more get a 429.
    #[arg(long, default_value_t = 8)]
    pub max_concurrent: usize,
    /// Seconds a shutdown (SIGTERM, SIGINT) waits for calls in flight before it interrupts
    /// them (outcome `interrupted`, charged what they used).
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u64).range(0..=3600))]
    pub shutdown_grace: u64,
    /// Also serve `/metrics` here without an API key (bind it to a private address); on the
    /// main address `/metrics` needs an admin key.
    #[arg(long, env = "TRACEGUARD_METRICS_ADDR")]
    pub metrics_addr: Option<SocketAddr>,
    /// Label invocation and gas metrics with tenant names (off by default: a scraper then
    /// learns every tenant's name).
    #[arg(long)]
    pub metrics_tenant_labels: bool,
    /// Connections open at once; more are closed as they arrive.
    #[arg(long, default_value_t = 1024, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub max_connections: u64,
    /// Connections open at once from one client address.
    #[arg(long, default_value_t = 256, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub max_connections_per_client: u64,
    /// Seconds a client has to send a request's headers (also how long an idle kept-alive
    /// connection stays open).
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub header_timeout: u64,
    /// Failed authentications a client address may make a second (bursts of ten times that);
    /// past it, its requests get a 429 before their key is looked at.
    #[arg(long, default_value = "2/s", value_parser = parse_rate)]
    pub failed_auth_rate: f64,
}

/// Parses `R/s` or `R` (requests a second, > 0).
fn parse_rate(s: &str) -> Result<f64, String> {
    let number = s.trim().strip_suffix("/s").unwrap_or(s.trim());
    match number.parse::<f64>() {
        Ok(r) if r.is_finite() && r > 0.0 => Ok(r),
        _ => Err(format!("`{s}` is not a rate; use e.g. 20/s")),
    }
}

/// `tenant key …`
#[derive(Subcommand, Debug)]
pub enum KeyCmd {
    /// Create an API key and print it once (only its hash is stored).
    Create {
        /// The tenant the key acts for.
        #[arg(required_unless_present = "admin")]
        tenant: Option<String>,
        /// Comma-separated scopes: sbom:write, sbom:read, plugin:invoke, plugin:install,
        /// policy:write, gas:read.
        #[arg(long, value_delimiter = ',', required_unless_present = "admin")]
        scopes: Vec<String>,
        /// An admin key instead: no tenant, scope `admin` (tenants, keys, global plugins).
        #[arg(long, conflicts_with = "tenant")]
        admin: bool,
    },
    /// List API keys (ids, tenants, scopes; never the keys).
    List {
        /// Only this tenant's keys.
        tenant: Option<String>,
    },
    /// Revoke an API key by id.
    Revoke {
        /// The key id (`tenant key list` shows it).
        id: String,
    },
}

/// Runs `tenant key …`.
pub(super) fn key(service: &Service, cmd: KeyCmd, format: Format) -> anyhow::Result<ExitCode> {
    let state = service.state();
    match cmd {
        KeyCmd::Create {
            tenant,
            scopes,
            admin,
        } => {
            // An admin key (no tenant) gets the `admin` scope whatever else it is given.
            let scopes = Scope::parse_all(&scopes)?;
            let tenant = if admin { None } else { tenant };
            let key = state.create_key(tenant.as_deref(), &scopes)?;
            if format == Format::Json {
                output::json(&key)?;
            } else {
                let names: Vec<&str> = key.row.scopes.iter().map(|s| s.name()).collect();
                println!(
                    "created {} key {} with scopes {}",
                    key.row
                        .tenant
                        .as_deref()
                        .map_or("an admin".to_string(), |t| format!("tenant {t}'s")),
                    key.row.id,
                    names.join(",")
                );
                println!("key (shown once, keep it secret): {}", key.key);
            }
        }
        KeyCmd::List { tenant } => {
            let keys = state.keys(tenant.as_deref())?;
            if format == Format::Json {
                output::json(&keys)?;
            } else {
                let rows: Vec<Vec<String>> = keys
                    .iter()
                    .map(|k| {
                        let scopes: Vec<&str> = k.scopes.iter().map(|s| s.name()).collect();
                        vec![
                            k.id.clone(),
                            k.tenant.clone().unwrap_or_else(|| "(admin)".into()),
                            scopes.join(","),
                            k.created_at.clone(),
                            if k.revoked { "revoked" } else { "active" }.into(),
                        ]
                    })
                    .collect();
                output::table(&["ID", "TENANT", "SCOPES", "CREATED", "STATE"], &rows);
            }
        }
        KeyCmd::Revoke { id } => {
            state.revoke_key(&id)?;
            println!("revoked key {id}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `traceguard serve` until SIGINT or SIGTERM.
pub(super) fn serve(service: Service, args: &ServeArgs) -> anyhow::Result<ExitCode> {
    if service.state().keys(None)?.iter().all(|k| k.revoked) {
        eprintln!(
            "note: no API keys yet, so every /v1 call will be refused; stop the server and run \
             `traceguard tenant key create --admin` (then create tenants and their keys through \
             the admin routes or `traceguard tenant key create TENANT --scopes ...`)"
        );
    }
    let max_body = usize::try_from(args.max_body_mib << 20)
        .map_err(|_| anyhow::anyhow!("--max-body-mib {} is too large here", args.max_body_mib))?;
    let config = ServeConfig {
        addr: args.addr,
        max_body,
        rate: args.rate,
        burst: args.burst.unwrap_or(args.rate * 2.0),
        concurrency: args.max_concurrent,
        shutdown_grace: std::time::Duration::from_secs(args.shutdown_grace),
        metrics_addr: args.metrics_addr,
        tenant_labels: args.metrics_tenant_labels,
        listen: api::listener::ListenLimits {
            connections: usize::try_from(args.max_connections).unwrap_or(usize::MAX),
            per_client: usize::try_from(args.max_connections_per_client).unwrap_or(usize::MAX),
            header_timeout: std::time::Duration::from_secs(args.header_timeout),
        },
        failed_auth_rate: args.failed_auth_rate,
    };
    api::serve(Arc::new(service), config)?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::parse_rate;

    #[test]
    fn rates() {
        assert_eq!(parse_rate("20/s"), Ok(20.0));
        assert_eq!(parse_rate("0.5"), Ok(0.5));
        assert!(parse_rate("0/s").is_err());
        assert!(parse_rate("fast").is_err());
    }
}
