//! `traceguard serve`: the versioned JSON API under `/v1`, its OpenAPI document, health checks,
//! Prometheus metrics and the web UI, over one [`Service`] shared by every tenant.
//!
//! The service is synchronous (DuckDB and wasmtime block), so handlers call it through
//! [`App::blocking`] on tokio's blocking pool, or [`App::run`] on the call workers for
//! invocations whose gas limit keeps them short. A request whose client goes away still
//! finishes its invocation there, so a charged call always has its ledger row. Graceful shutdown stops
//! accepting connections, waits for the requests in flight, then flushes the ledger.

mod admin;
mod auth;
mod billing;
mod error;
mod gas;
mod invoke;
pub mod listener;
mod openapi;
mod ops;
mod plugins;
mod policies;
mod sboms;
mod ui;

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, FromRequest, MatchedPath, Multipart, Request, State};
use axum::http::{HeaderName, HeaderValue, Method, StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{delete, get, post, put};
use serde::de::DeserializeOwned;

pub use auth::Caller;
pub use error::{ApiError, ErrorBody};

use crate::service::{InvokeReport, Service, Workers};

/// How long after interrupting the calls in flight a shutdown still waits for connections.
const CONNECTION_GRACE: Duration = Duration::from_secs(2);

/// Settings of `traceguard serve`.
#[derive(Clone, Debug)]
pub struct ServeConfig {
    /// Address to listen on.
    pub addr: SocketAddr,
    /// Largest request body, bytes.
    pub max_body: usize,
    /// Requests a second per tenant.
    pub rate: f64,
    /// Requests a tenant may save up.
    pub burst: f64,
    /// Requests per tenant at once.
    pub concurrency: usize,
    /// How long a shutdown waits for calls in flight before interrupting them.
    pub shutdown_grace: Duration,
    /// A second listener serving `/metrics` without a key (kept private by the operator).
    pub metrics_addr: Option<SocketAddr>,
    /// Label invocation and gas metrics with tenant names.
    pub tenant_labels: bool,
    /// Connection caps and the request-header deadline.
    pub listen: listener::ListenLimits,
    /// Failed authentications a second allowed per client address (bursts of ten times that).
    pub failed_auth_rate: f64,
}

/// What every handler shares.
pub struct App {
    service: Arc<Service>,
    config: ServeConfig,
    keys: auth::KeyCache,
    limits: auth::Limits,
    failed_auth: auth::FailedAuth,
    metrics: ops::Metrics,
    /// Every plugin was loaded at start-up.
    ready: AtomicBool,
    /// A shutdown signal arrived; readiness fails from then on.
    stopping: AtomicBool,
    next_request: AtomicU64,
    /// Threads for short invocations ([`Lane::Short`]).
    workers: Workers,
}

/// Where a request's work runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lane {
    /// tokio's blocking pool: anything that may take long or wait on I/O.
    Blocking = 0,
    /// The call workers: policy calls whose gas limit keeps them short and that start from
    /// memory (`api::invoke::SHORT_CALL_GAS`). Handing a call to the blocking pool wakes a
    /// thread for it, which costs more than such a call.
    Short = 1,
}

impl Lane {
    /// The lane's name in metrics.
    pub fn name(self) -> &'static str {
        match self {
            Lane::Blocking => "blocking",
            Lane::Short => "short",
        }
    }
}

impl App {
    /// The shared state of a server over `service`; starts the call workers.
    pub fn new(service: Arc<Service>, config: ServeConfig) -> anyhow::Result<Arc<App>> {
        let workers = Workers::new(Workers::default_threads(), "traceguard-call")
            .map_err(|e| anyhow::anyhow!("cannot start the call workers: {e}"))?;
        Ok(Arc::new(App {
            keys: auth::KeyCache::default(),
            limits: auth::Limits::new(config.rate, config.burst, config.concurrency),
            failed_auth: auth::FailedAuth::new(
                config.failed_auth_rate,
                config.failed_auth_rate * 10.0,
            ),
            metrics: ops::Metrics::new(config.tenant_labels),
            ready: AtomicBool::new(false),
            stopping: AtomicBool::new(false),
            next_request: AtomicU64::new(1),
            service,
            config,
            workers,
        }))
    }

    /// Runs `f` with the service on the blocking pool.
    pub async fn blocking<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&Service) -> Result<T, ApiError> + Send + 'static,
    {
        self.run(Lane::Blocking, f).await
    }

    /// Runs `f` with the service in `lane`.
    pub async fn run<T, F>(&self, lane: Lane, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&Service) -> Result<T, ApiError> + Send + 'static,
    {
        let service = self.service.clone();
        // The work goes on if the client hangs up; so does the tenant's concurrency slot.
        let held = auth::held();
        let job = move || {
            let _held = held;
            f(&service)
        };
        let failed = |e: &dyn std::fmt::Display| {
            ApiError::internal(format!("the worker running the request failed: {e}"))
        };
        match lane {
            Lane::Blocking => tokio::task::spawn_blocking(job)
                .await
                .map_err(|e| failed(&e))?,
            Lane::Short => self.workers.run(job).await.map_err(|e| failed(&e))?,
        }
    }

    /// Records an invocation in the metrics and sets `X-Gas-Used` and `X-Gas-Remaining`.
    pub fn charged(&self, response: &mut Response, report: &InvokeReport, started: Instant) {
        self.metrics.invocation(report, started.elapsed());
        set_gas_headers(response, report.gas_used, report.budget_remaining);
    }
}

/// What a 5xx body says instead of the failure itself, which goes to the log.
pub const INTERNAL: &str =
    "internal error; the server log has the detail under this response's X-Request-Id";

/// For a 5xx answer, swaps the report's error text for [`INTERNAL`] and returns the original
/// for the log ([`note_error`]); other statuses keep their error as it is.
pub fn mask_internal(status: StatusCode, error: &mut Option<String>) -> Option<String> {
    if status.is_server_error() {
        error.replace(INTERNAL.to_string())
    } else {
        None
    }
}

/// Puts an error's detail where the request log finds it.
pub fn note_error(response: &mut Response, detail: Option<String>) {
    if let Some(detail) = detail {
        response.extensions_mut().insert(error::ErrorNote(detail));
    }
}

/// Sets `X-Gas-Used` and `X-Gas-Remaining` on an invoking route's response.
pub fn set_gas_headers(response: &mut Response, used: u64, remaining: u64) {
    let headers = response.headers_mut();
    headers.insert(
        HeaderName::from_static("x-gas-used"),
        HeaderValue::from(used),
    );
    headers.insert(
        HeaderName::from_static("x-gas-remaining"),
        HeaderValue::from(remaining),
    );
}

/// The whole request body, raw or the first part of a `multipart/form-data` upload, as bytes;
/// 413 (as JSON) when it is over the limit.
pub async fn body_bytes(app: &App, request: Request) -> Result<Bytes, ApiError> {
    let multipart = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    let limit = app.config.max_body;
    let refused = move |status: StatusCode, text: String| {
        if status == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::too_large(limit)
        } else {
            ApiError::bad_request(text)
        }
    };
    if multipart {
        let mut form = Multipart::from_request(request, &())
            .await
            .map_err(|e| refused(e.status(), e.body_text()))?;
        let field = form
            .next_field()
            .await
            .map_err(|e| refused(e.status(), e.body_text()))?
            .ok_or_else(|| ApiError::bad_request("the multipart form has no file part"))?;
        return field
            .bytes()
            .await
            .map_err(|e| refused(e.status(), e.body_text()));
    }
    Bytes::from_request(request, &())
        .await
        .map_err(|e| refused(e.status(), e.body_text()))
}

/// Parses a JSON body; an empty body is `T::default()`. Errors are 400 with serde's message.
pub fn json_body<T: DeserializeOwned + Default>(body: &[u8]) -> Result<T, ApiError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(T::default());
    }
    serde_json::from_slice(body)
        .map_err(|e| ApiError::bad_request(format!("the JSON body is not valid: {e}")))
}

/// Checks an optional `YYYY-MM-DD` query parameter.
pub fn date_param(name: &str, value: Option<String>) -> Result<Option<String>, ApiError> {
    value
        .filter(|v| !v.is_empty())
        .map(|v| {
            crate::dates::parse_date(&v)
                .map_err(|e| ApiError::bad_request(format!("query parameter `{name}`: {e}")))
        })
        .transpose()
}

/// The router: public routes, `/v1` behind [`auth::middleware`], the request log outside all.
pub fn router(app: Arc<App>) -> Router {
    let v1 = Router::new()
        .route("/v1/me", get(sboms::me))
        .route("/v1/sboms", get(sboms::list).post(sboms::upload))
        .route("/v1/sboms/{id}", get(sboms::show))
        .route("/v1/sboms/{id}/components", get(sboms::components))
        .route("/v1/sboms/{id}/dependencies", get(sboms::dependencies))
        .route("/v1/sboms/{id}/diagnostics", get(sboms::diagnostics))
        .route("/v1/sboms/{id}/findings", get(sboms::findings))
        .route("/v1/sboms/{id}/report", get(sboms::report))
        .route("/v1/sboms/{id}/diff/{other}", get(sboms::diff))
        .route("/v1/components", get(sboms::search))
        .route("/v1/plugins", get(plugins::list).post(plugins::install))
        .route("/v1/plugins/{name}", get(plugins::inspect))
        .route("/v1/invoke/{plugin}", post(invoke::invoke))
        .route("/v1/gas/usage", get(gas::usage))
        .route("/v1/gas/report", get(gas::report))
        .route("/v1/budget", get(gas::budget))
        .route("/v1/invoices/{period}", get(billing::invoice))
        .route("/v1/policies", get(policies::list).post(policies::add))
        .route("/v1/policies/eval", post(policies::eval))
        .route(
            "/v1/admin/tenants",
            get(admin::tenants).post(admin::create_tenant),
        )
        .route("/v1/admin/tenants/{tenant}/budget", put(admin::set_budget))
        .route(
            "/v1/admin/tenants/{tenant}/validation",
            put(admin::set_validation),
        )
        .route("/v1/admin/tenants/{tenant}/keys", post(admin::create_key))
        .route("/v1/admin/tenants/{tenant}/plan", put(admin::set_plan))
        .route("/v1/admin/plans", get(admin::plans).post(admin::add_plan))
        .route("/v1/admin/plans/{name}", get(admin::plan))
        .route("/v1/admin/invoices", get(billing::invoices))
        .route("/v1/admin/invoices/verify", get(billing::verify))
        .route(
            "/v1/admin/tenants/{tenant}/billing",
            put(billing::set_billing),
        )
        .route("/v1/admin/keys", get(admin::keys))
        .route("/v1/admin/keys/{id}", delete(admin::revoke_key))
        .route_layer(middleware::from_fn_with_state(
            app.clone(),
            auth::middleware,
        ));
    Router::new()
        .route("/", get(ui::index))
        .route("/app.js", get(ui::script))
        .route("/app.css", get(ui::style))
        .route("/v1/openapi.json", get(openapi::document))
        .route("/health/live", get(ops::live))
        .route("/health/ready", get(ops::ready))
        .route("/metrics", get(ops::metrics))
        .merge(v1)
        .fallback(no_route)
        .layer(DefaultBodyLimit::max(app.config.max_body))
        .layer(middleware::from_fn(json_errors))
        .layer(middleware::from_fn_with_state(app.clone(), request_log))
        .with_state(app)
}

/// 404 for a path no route matches.
async fn no_route(method: Method, uri: Uri) -> ApiError {
    ApiError::not_found(format!("no route {method} {}", uri.path()))
}

/// Turns axum's own plain-text rejections (a bad query, path or JSON body, a wrong method) into
/// `{"error": "..."}` like every other error, so clients parse one shape.
async fn json_errors(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let status = response.status();
    let json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if json || !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let text = axum::body::to_bytes(body, 64 << 10)
        .await
        .map(|b| String::from_utf8_lossy(&b).trim().to_string())
        .unwrap_or_default();
    let message = if text.is_empty() {
        status.canonical_reason().unwrap_or("error").to_string()
    } else {
        text
    };
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    parts.extensions.insert(error::ErrorNote(message.clone()));
    let body = serde_json::json!({ "error": message }).to_string();
    Response::from_parts(parts, axum::body::Body::from(body))
}

/// Gives every request an id (`X-Request-Id`, the client's if it sent a sane one), measures it,
/// and writes one JSON line per request to stderr.
async fn request_log(State(app): State<Arc<App>>, mut request: Request, next: Next) -> Response {
    let started = Instant::now();
    let id = request
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .filter(|v| !v.is_empty() && v.len() <= 64 && v.bytes().all(|b| b.is_ascii_graphic()))
        .map(str::to_string)
        .unwrap_or_else(|| {
            format!(
                "{:x}-{:06x}",
                std::process::id(),
                app.next_request.fetch_add(1, Ordering::Relaxed)
            )
        });
    let method = request.method().to_string();
    let path = request.uri().path().to_string();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_string(), |m| m.as_str().to_string());
    if let Ok(value) = HeaderValue::from_str(&id) {
        request.headers_mut().insert("x-request-id", value.clone());
    }
    let mut response = next.run(request).await;
    let elapsed = started.elapsed();
    let status = response.status().as_u16();
    app.metrics.request(&method, &route, status, elapsed);
    let caller = response.extensions().get::<Caller>();
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok())
    };
    let line = serde_json::json!({
        "ts_us": crate::state::now_us(),
        "level": if status >= 500 { "error" } else if status >= 400 { "warn" } else { "info" },
        "request_id": id,
        "method": method,
        "path": path,
        "route": route,
        "status": status,
        "duration_ms": elapsed.as_secs_f64() * 1000.0,
        "tenant": caller.and_then(|c| c.tenant.clone()),
        "key_id": caller.map(|c| c.key_id.clone()),
        "gas_used": header("x-gas-used"),
        "error": response.extensions().get::<error::ErrorNote>().map(|n| n.0.clone()),
    });
    eprintln!("{line}");
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert("x-request-id", value);
    }
    response
}

/// Serves until SIGINT or SIGTERM, then waits for the requests in flight and flushes the ledger.
pub fn serve(service: Arc<Service>, config: ServeConfig) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| anyhow::anyhow!("cannot start the async runtime: {e}"))?;
    runtime.block_on(async move {
        let app = App::new(service, config)?;
        let listener = tokio::net::TcpListener::bind(app.config.addr)
            .await
            .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", app.config.addr))?;
        // The bound address (with the real port when --addr asked for port 0), for scripts.
        let local = listener.local_addr().unwrap_or(app.config.addr);
        log_event("listening", &format!("http://{local}/"));
        if let Some(addr) = app.config.metrics_addr {
            let private = tokio::net::TcpListener::bind(addr)
                .await
                .map_err(|e| anyhow::anyhow!("cannot listen on --metrics-addr {addr}: {e}"))?;
            let local = private.local_addr().unwrap_or(addr);
            log_event("metrics", &format!("http://{local}/metrics"));
            let metrics = Router::new()
                .route("/metrics", get(ops::metrics_private))
                .with_state(app.clone());
            tokio::spawn(async move {
                if let Err(e) = axum::serve(private, metrics).await {
                    log_event(
                        "metrics_error",
                        &format!("the metrics listener failed: {e}"),
                    );
                }
            });
        }
        // Compile every plugin before reporting ready, so the first call of each is not slow.
        let warm = app.clone();
        tokio::task::spawn_blocking(move || match ops::load_plugins(&warm.service) {
            Ok(n) => {
                warm.ready.store(true, Ordering::Release);
                log_event("ready", &format!("{n} plugins loaded"));
            }
            Err(e) => log_event("not_ready", &format!("loading plugins failed: {e}")),
        });
        let stopping = app.clone();
        let (signalled, mut signal) = tokio::sync::watch::channel(false);
        let serving = listener::serve(
            listener,
            router(app.clone()),
            app.config.listen,
            async move {
                shutdown_signal().await;
                stopping.stopping.store(true, Ordering::Release);
                log_event("stopping", "finishing the requests in flight");
                let _ = signalled.send(true);
            },
        );
        // Past the grace period, calls still running are interrupted; a little later,
        // connections still open (a client that never finishes its request) are dropped.
        let grace = app.config.shutdown_grace;
        let interrupting = app.clone();
        let overdue = async move {
            if signal.wait_for(|s| *s).await.is_err() {
                return std::future::pending().await;
            }
            tokio::time::sleep(grace).await;
            log_event(
                "interrupting",
                "the grace period is over; stopping calls in flight",
            );
            interrupting.service.sandbox().interrupt_all();
            tokio::time::sleep(CONNECTION_GRACE).await;
            log_event("closing", "dropping connections still open");
        };
        tokio::select! {
            () = serving => {}
            () = overdue => {}
        }
        // Short calls whose clients hung up may still be queued; their ledger rows go first.
        let closing = app.clone();
        tokio::task::spawn_blocking(move || closing.workers.close_and_join())
            .await
            .map_err(|e| anyhow::anyhow!("stopping the call workers failed: {e}"))?;
        app.blocking(|service| Ok(service.state().sync_ledger()?))
            .await
            .map_err(|e| {
                anyhow::anyhow!("flushing the ledger at shutdown failed: {}", e.message)
            })?;
        log_event("stopped", "ledger flushed");
        Ok(())
    })
}

/// Waits for SIGINT (Ctrl-C) or, on Unix, SIGTERM.
async fn shutdown_signal() {
    let interrupt = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            log_event("signal_error", &format!("cannot listen for SIGINT: {e}"));
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(e) => {
                log_event("signal_error", &format!("cannot listen for SIGTERM: {e}"));
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
}

/// One JSON log line about the server itself.
fn log_event(event: &str, message: &str) {
    let line = serde_json::json!({
        "ts_us": crate::state::now_us(),
        "level": "info",
        "event": event,
        "message": message,
    });
    eprintln!("{line}");
}
