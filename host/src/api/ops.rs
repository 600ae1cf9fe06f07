//! Operations: `/health/live`, `/health/ready`, and Prometheus `/metrics` (text format 0.0.4,
//! written by hand: a few counters and two histograms need no metrics crate).
//!
//! `/metrics` on the API listener needs an admin key (it names plugins, and tenants when the
//! operator asks for tenant labels); `serve --metrics-addr` serves it without a key on a
//! listener of its own, for a scraper on a private address. Every label has a bounded set of
//! values: routes are patterns, methods the ones the router knows.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::{ApiError, App};
use crate::service::{InvokeReport, Service};
use crate::state::Scope;

/// Upper bounds of the latency histograms' buckets, seconds.
const BUCKETS: [f64; 12] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0,
];

/// Resolves and compiles every plugin, so readiness means every plugin can run. Returns how
/// many there are.
pub fn load_plugins(service: &Service) -> Result<usize, crate::service::ServiceError> {
    let plugins = service.state().plugins()?;
    for p in &plugins {
        service.plugin(None, &p.id)?;
    }
    Ok(plugins.len())
}

/// The process is up.
#[utoipa::path(get, path = "/health/live", tag = "ops", security(()), responses((status = 200, body = Object)))]
pub async fn live() -> Json<serde_json::Value> {
    Json(serde_json::json!({ "status": "live" }))
}

/// Ready to serve: plugins loaded, the database answering and its writer alive, not stopping.
#[utoipa::path(get, path = "/health/ready", tag = "ops", security(()), responses((status = 200, body = Object), (status = 503, body = Object)))]
pub async fn ready(State(app): State<Arc<App>>) -> Response {
    let plugins = app.ready.load(Ordering::Acquire);
    let stopping = app.stopping.load(Ordering::Acquire);
    let database = app.blocking(|s| Ok(s.state().check()?)).await;
    let ok = plugins && !stopping && database.is_ok();
    let body = serde_json::json!({
        "status": if ok { "ready" } else { "not ready" },
        "plugins_loaded": plugins,
        "stopping": stopping,
        // The cause goes to the server's log, not to whoever asks: it can name paths and files.
        "database": match &database {
            Ok(()) => "ok",
            Err(_) => "unavailable",
        },
    });
    if let Err(e) = &database {
        super::log_event(
            "not_ready",
            &format!("the database check failed: {}", e.message),
        );
    }
    let status = if ok {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (status, Json(body)).into_response()
}

/// Prometheus text exposition of the counters below (an admin key is required).
#[utoipa::path(get, path = "/metrics", tag = "ops", responses((status = 200, body = String, content_type = "text/plain"), (status = 401, body = super::error::ErrorBody), (status = 403, body = super::error::ErrorBody)))]
pub async fn metrics(
    State(app): State<Arc<App>>,
    request: axum::extract::Request,
) -> Result<Response, ApiError> {
    let client = super::auth::client(&request);
    let caller = super::auth::authenticate(&app, request.headers(), client).await?;
    caller.require(Scope::Admin)?;
    Ok(exposition(&app))
}

/// `/metrics` on the `--metrics-addr` listener, which the operator keeps private: no key.
pub async fn metrics_private(State(app): State<Arc<App>>) -> Response {
    exposition(&app)
}

fn exposition(app: &App) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        app.metrics.render(),
    )
        .into_response()
}

/// A latency histogram: counts per bucket (not cumulative), sum and count.
#[derive(Default)]
struct Histogram {
    buckets: [u64; BUCKETS.len()],
    sum: f64,
    count: u64,
}

impl Histogram {
    fn observe(&mut self, seconds: f64) {
        if let Some(i) = BUCKETS.iter().position(|b| seconds <= *b) {
            self.buckets[i] += 1;
        }
        self.sum += seconds;
        self.count += 1;
    }

    fn render(&self, out: &mut String, name: &str, labels: &str) {
        let mut cumulative = 0;
        for (bound, n) in BUCKETS.iter().zip(self.buckets) {
            cumulative += n;
            let _ = writeln!(out, "{name}_bucket{{{labels},le=\"{bound}\"}} {cumulative}");
        }
        let _ = writeln!(out, "{name}_bucket{{{labels},le=\"+Inf\"}} {}", self.count);
        let _ = writeln!(out, "{name}_sum{{{labels}}} {}", self.sum);
        let _ = writeln!(out, "{name}_count{{{labels}}} {}", self.count);
    }
}

#[derive(Default)]
struct Counters {
    /// (method, route, status) → requests.
    requests: BTreeMap<(String, String, u16), u64>,
    /// route → latency.
    request_seconds: BTreeMap<String, Histogram>,
    /// (tenant, plugin, outcome) → invocations.
    invocations: BTreeMap<(String, String, String), u64>,
    /// (tenant, plugin) → gas charged.
    gas: BTreeMap<(String, String), u64>,
    /// plugin → latency of the request that ran the invocation.
    invocation_seconds: BTreeMap<String, Histogram>,
    /// `POST /v1/invoke` calls by the lane they ran in: blocking pool, call workers.
    lanes: [u64; 2],
}

/// The server's metrics, in memory since start-up; tenants are labels only when the operator
/// asks for them (the third field).
#[derive(Default)]
pub struct Metrics(Mutex<Counters>, Arc<AtomicU64>, bool);

/// The methods the router serves; any other becomes `OTHER`, so a client cannot mint labels.
const METHODS: [&str; 7] = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"];

/// One authenticated API request in flight; counted in `traceguard_api_requests_in_flight`
/// until dropped.
pub struct InFlight(Arc<AtomicU64>);

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

/// A Prometheus label value, escaped.
fn label(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

impl Metrics {
    /// Metrics that label invocations and gas with tenants only if `tenant_labels`.
    pub fn new(tenant_labels: bool) -> Self {
        Metrics(Mutex::default(), Arc::default(), tenant_labels)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Counters> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Marks an authenticated API request as running until the guard is dropped (what a
    /// graceful shutdown waits for).
    pub fn in_flight(&self) -> InFlight {
        self.1.fetch_add(1, Ordering::Relaxed);
        InFlight(self.1.clone())
    }

    /// Counts one HTTP request by its route pattern (never the raw path, which holds ids).
    pub fn request(&self, method: &str, route: &str, status: u16, elapsed: Duration) {
        let method = METHODS
            .into_iter()
            .find(|m| *m == method)
            .unwrap_or("OTHER");
        let mut c = self.lock();
        *c.requests
            .entry((method.to_string(), route.to_string(), status))
            .or_default() += 1;
        c.request_seconds
            .entry(route.to_string())
            .or_default()
            .observe(elapsed.as_secs_f64());
    }

    /// Counts one `POST /v1/invoke` call given to `lane`.
    pub fn lane(&self, lane: super::Lane) {
        self.lock().lanes[lane as usize] += 1;
    }

    /// Counts one settled invocation and the gas it was charged.
    pub fn invocation(&self, report: &InvokeReport, elapsed: Duration) {
        let tenant = if self.2 {
            report.tenant.clone()
        } else {
            String::new()
        };
        let mut c = self.lock();
        let key = (tenant, report.plugin.clone());
        *c.invocations
            .entry((key.0.clone(), key.1.clone(), report.outcome.to_string()))
            .or_default() += 1;
        *c.gas.entry(key).or_default() += report.gas_used;
        c.invocation_seconds
            .entry(report.plugin.clone())
            .or_default()
            .observe(elapsed.as_secs_f64());
    }

    /// The text exposition.
    pub fn render(&self) -> String {
        let c = self.lock();
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# HELP traceguard_api_requests_in_flight Authenticated /v1 requests being served.\n\
             # TYPE traceguard_api_requests_in_flight gauge\ntraceguard_api_requests_in_flight {}",
            self.1.load(Ordering::Relaxed)
        );
        out.push_str("# HELP traceguard_http_requests_total HTTP requests by route and status.\n# TYPE traceguard_http_requests_total counter\n");
        for ((method, route, status), n) in &c.requests {
            let _ = writeln!(
                out,
                "traceguard_http_requests_total{{method=\"{method}\",route=\"{}\",status=\"{status}\"}} {n}",
                label(route)
            );
        }
        out.push_str("# HELP traceguard_http_request_duration_seconds HTTP request latency by route.\n# TYPE traceguard_http_request_duration_seconds histogram\n");
        for (route, h) in &c.request_seconds {
            h.render(
                &mut out,
                "traceguard_http_request_duration_seconds",
                &format!("route=\"{}\"", label(route)),
            );
        }
        let tenant = |t: &str| {
            if self.2 {
                format!("tenant=\"{}\",", label(t))
            } else {
                String::new()
            }
        };
        out.push_str("# HELP traceguard_invocations_total Plugin invocations by plugin and outcome (and tenant, if enabled).\n# TYPE traceguard_invocations_total counter\n");
        for ((t, plugin, outcome), n) in &c.invocations {
            let _ = writeln!(
                out,
                "traceguard_invocations_total{{{}plugin=\"{}\",outcome=\"{outcome}\"}} {n}",
                tenant(t),
                label(plugin)
            );
        }
        out.push_str("# HELP traceguard_gas_used_total Gas charged by plugin (and tenant, if enabled).\n# TYPE traceguard_gas_used_total counter\n");
        for ((t, plugin), n) in &c.gas {
            let _ = writeln!(
                out,
                "traceguard_gas_used_total{{{}plugin=\"{}\"}} {n}",
                tenant(t),
                label(plugin)
            );
        }
        out.push_str("# HELP traceguard_invoke_lane_total POST /v1/invoke calls by where they ran: the blocking pool or the call workers (short calls).\n# TYPE traceguard_invoke_lane_total counter\n");
        for lane in [super::Lane::Blocking, super::Lane::Short] {
            let _ = writeln!(
                out,
                "traceguard_invoke_lane_total{{lane=\"{}\"}} {}",
                lane.name(),
                c.lanes[lane as usize]
            );
        }
        out.push_str("# HELP traceguard_invocation_duration_seconds Latency of requests that invoked a plugin, by plugin.\n# TYPE traceguard_invocation_duration_seconds histogram\n");
        for (plugin, h) in &c.invocation_seconds {
            h.render(
                &mut out,
                "traceguard_invocation_duration_seconds",
                &format!("plugin=\"{}\"", label(plugin)),
            );
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::Metrics;

    #[test]
    fn renders_cumulative_buckets_and_escaped_labels() {
        let m = Metrics::default();
        m.request("GET", "/v1/sboms/{id}", 200, Duration::from_millis(3));
        m.request("GET", "/v1/sboms/{id}", 200, Duration::from_millis(30));
        let text = m.render();
        assert!(text.contains("traceguard_http_requests_total{method=\"GET\",route=\"/v1/sboms/{id}\",status=\"200\"} 2"));
        assert!(text.contains("traceguard_http_request_duration_seconds_bucket{route=\"/v1/sboms/{id}\",le=\"+Inf\"} 2"));
        assert!(text.contains("traceguard_http_request_duration_seconds_bucket{route=\"/v1/sboms/{id}\",le=\"0.005\"} 1"));
    }

    #[test]
    fn unknown_methods_share_one_label() {
        let m = Metrics::default();
        for i in 0..1000 {
            m.request(
                &format!("BREW{i}"),
                "/nowhere",
                405,
                Duration::from_millis(1),
            );
        }
        m.request("GET", "/nowhere", 404, Duration::from_millis(1));
        let text = m.render();
        assert!(
            text.contains("method=\"OTHER\",route=\"/nowhere\",status=\"405\"} 1000"),
            "{text}"
        );
        assert!(!text.contains("BREW"));
        assert_eq!(m.lock().requests.len(), 2);
    }
}
