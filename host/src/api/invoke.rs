//! `POST /v1/invoke/{plugin}`: one billed invocation. A parser plugin parses the body (the
//! document) and stores the SBOM; a policy plugin evaluates a stored SBOM, the body being
//! `{"sbom": ID?, "config": {KEY: VALUE}?, "gas_limit": N?}` (empty: the newest SBOM).
//!
//! 200 when the plugin succeeded (a policy verdict "failed" included: `output.passed`), 422
//! when it failed (rejected input, out of gas, deadline, trap: still charged), always with the
//! full report (gas per class, logs) and `X-Gas-Used` / `X-Gas-Remaining`.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Instant;

use axum::Extension;
use axum::Json;
use axum::extract::{Path, Query, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use super::{ApiError, App, Caller, ErrorBody, Lane, body_bytes, json_body};
use crate::gas::GasClass;
use crate::service::{CallInput, Document, InputKind, InvokeReport, Invoked, ServiceError};
use crate::state::Scope;

/// `?gas_limit=`.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct InvokeQuery {
    /// Most gas the call may use, reserved from the budget first (default: 50 M for a policy;
    /// 50 M plus 2,000 per byte for a parser).
    gas_limit: Option<u64>,
}

/// The body of a policy invocation.
#[derive(Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PolicyCall {
    /// SBOM id or unique prefix (default: the tenant's newest).
    sbom: Option<String>,
    /// Values the plugin reads with `host.config`.
    #[serde(default)]
    config: BTreeMap<String, String>,
    /// Gas limit (the query parameter wins).
    gas_limit: Option<u64>,
}

/// Policy calls with a gas limit up to this run on the call workers ([`Lane::Short`]) when
/// their plugin and SBOM are in memory ([`crate::service::Service::policy_call_in_memory`]):
/// the limit bounds the call's instructions, so it holds a worker for a millisecond or two
/// (longer only while every sandbox slot is taken). Parsers, larger limits and calls that
/// must first read the database or compile a plugin run on the blocking pool.
pub const SHORT_CALL_GAS: u64 = 2_000_000;

/// Policy call bodies larger than this are read on the worker, not when picking the lane.
const MAX_POLICY_CALL: usize = 64 << 10;

/// An invocation as it leaves the worker that ran it.
enum Ran {
    Done(Box<InvokeReport>),
    /// Run; its task waits for the durable ledger row and settles the gas.
    Settling(tokio::task::JoinHandle<Result<InvokeReport, ServiceError>>),
}

impl From<Invoked> for Ran {
    fn from(invoked: Invoked) -> Self {
        match invoked {
            Invoked::Done(report) => Ran::Done(report),
            // Settled in a task of its own, started before the worker's closure returns: a
            // client hanging up drops nothing whose settling would block a worker.
            Invoked::Queued(queued) => Ran::Settling(tokio::spawn(queued.durable())),
        }
    }
}

/// The HTTP status of an invocation's report.
pub fn report_status(report: &InvokeReport) -> StatusCode {
    match report.outcome {
        "ok" => StatusCode::OK,
        "state_error" => StatusCode::INTERNAL_SERVER_ERROR,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    }
}

/// Invokes a plugin for the key's tenant.
#[utoipa::path(post, path = "/v1/invoke/{plugin}", tag = "plugins",
    params(("plugin" = String, Path, description = "plugin name or id"), InvokeQuery),
    request_body(content = PolicyCall, description = "a policy's call as JSON, or the document for a parser"),
    responses((status = 200, description = "the invocation report", body = Object), (status = 402, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, description = "the plugin failed (charged)", body = Object)))]
pub async fn invoke(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(plugin): Path<String>,
    Query(q): Query<InvokeQuery>,
    request: Request,
) -> Result<Response, ApiError> {
    let tenant = caller.tenant(Scope::PluginInvoke)?;
    // A parser stores the SBOM it parses: that is an upload, so it needs `sbom:write` too.
    let may_store = caller.require(Scope::SbomWrite);
    let body = body_bytes(&app, request).await?;
    let started = Instant::now();
    // Read here to pick the lane. A parser's document is not a policy call (its error matters
    // only for a policy), and is not scanned here when it is too large to be one.
    let call = (body.len() <= MAX_POLICY_CALL).then(|| json_body::<PolicyCall>(&body));
    let lane = match &call {
        Some(Ok(c))
            if q.gas_limit
                .or(c.gas_limit)
                .is_some_and(|g| g <= SHORT_CALL_GAS)
                && app
                    .service
                    .policy_call_in_memory(&tenant, &plugin, c.sbom.as_deref()) =>
        {
            Lane::Short
        }
        _ => Lane::Blocking,
    };
    app.metrics.lane(lane);
    // A policy call's wait for its durable ledger row holds no thread (a parse commits its SBOM
    // and ledger row on the ingest thread). The tenant's concurrency slot covers the run, not
    // that wait.
    let ran = app
        .run(lane, move |s| {
            // Knowing the input takes the plugin, compiled: a tenant that cannot pay even the
            // base cost (or the query's limit) is refused before that.
            let base = s.sandbox().schedule().price(GasClass::Base);
            s.affordable(&tenant, q.gas_limit.unwrap_or(base))?;
            // The body is the input: a document, or a policy call naming the SBOM.
            let invoked = match s.input_kind(&tenant, &plugin)? {
                InputKind::Document => {
                    may_store?;
                    if body.is_empty() {
                        return Err(ApiError::bad_request(format!(
                            "`{plugin}` takes a document: send it as the body"
                        )));
                    }
                    let input = CallInput::Document(Document::Bytes(&body));
                    s.invoke(&tenant, &plugin, input, q.gas_limit, BTreeMap::new())?
                }
                InputKind::Sbom => {
                    let call = match call {
                        Some(call) => call?,
                        None => json_body::<PolicyCall>(&body)?,
                    };
                    let input = CallInput::Sbom(call.sbom.as_deref());
                    let gas_limit = q.gas_limit.or(call.gas_limit);
                    s.invoke(&tenant, &plugin, input, gas_limit, call.config)?
                }
            };
            Ok(Ran::from(invoked))
        })
        .await?;
    let report = match ran {
        Ran::Done(report) => *report,
        Ran::Settling(settling) => settling
            .await
            .map_err(|e| ApiError::internal(format!("settling the invocation failed: {e}")))??,
    };
    let status = report_status(&report);
    let mut report = report;
    let detail = super::mask_internal(status, &mut report.error);
    let mut response = (status, Json(&report)).into_response();
    super::note_error(&mut response, detail);
    app.charged(&mut response, &report, started);
    Ok(response)
}
