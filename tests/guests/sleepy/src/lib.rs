//! What a plugin scaffolded by `traceguard plugin new` can do with plain `std` to hold a host
//! thread or read the host's clock. `mode` (config) picks the behaviour:
//! - `sleep` (default): `std::thread::sleep` for ten minutes;
//! - `clock`: reads both clocks around three 1 ms sleeps and reports what it saw as a finding;
//! - `print`: writes 1 MiB to stdout and 1 MiB to stderr, then passes.

use std::io::Write;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use traceguard_sdk::policy::{Evaluation, Policy, Sbom};
use traceguard_sdk::{Finding, PluginError, Severity, config, export_policy};

struct Sleepy;

impl Policy for Sleepy {
    fn evaluate(_sbom: &Sbom<'_>) -> Result<Evaluation, PluginError> {
        match config("mode").as_deref().unwrap_or("sleep") {
            "sleep" => {
                std::thread::sleep(Duration::from_secs(600));
                Err(PluginError::new("woke up after ten minutes"))
            }
            "clock" => {
                let wall = SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .map_err(|e| PluginError::new(e.to_string()))?;
                let start = Instant::now();
                for _ in 0..3 {
                    std::thread::sleep(Duration::from_millis(1));
                }
                let slept = start.elapsed();
                let message = format!("wall={} slept_ns={}", wall.as_secs(), slept.as_nanos());
                Ok(Evaluation::from_findings(vec![Finding::new(
                    "clock",
                    Severity::Info,
                    None,
                    message,
                )]))
            }
            "print" => {
                let line = [b'x'; 1024];
                for _ in 0..1024 {
                    std::io::stdout()
                        .write_all(&line)
                        .map_err(|e| PluginError::new(e.to_string()))?;
                    std::io::stderr()
                        .write_all(&line)
                        .map_err(|e| PluginError::new(e.to_string()))?;
                }
                Ok(Evaluation::from_findings(Vec::new()))
            }
            other => Err(PluginError::new(format!("unknown mode {other}"))),
        }
    }
}

export_policy!(Sleepy);
