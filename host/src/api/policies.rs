//! Policy routes: add (a Rego source body, or a policy plugin with a JSON configuration),
//! list, and evaluate over an SBOM (billed, one invocation per policy).

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Instant;

use axum::Extension;
use axum::Json;
use axum::extract::{Query, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{ApiError, App, Caller, ErrorBody, body_bytes, json_body, set_gas_headers};
use crate::service::{MAX_REGO_BYTES, REGO_PLUGIN, set_rego_source};
use crate::state::{PolicyChange, PolicyRow, Scope};

/// `?name=&enforce=&query=&plugin=` of `POST /v1/policies`.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AddQuery {
    /// Policy name (1-64 of a-z, A-Z, 0-9, `-`, `_`, `.`).
    name: String,
    /// Make it a gate: evaluation reports it in `blocked` when it fails.
    #[serde(default)]
    enforce: bool,
    /// The Rego query listing the findings (default `data.traceguard.deny`).
    query: Option<String>,
    /// A policy plugin instead of Rego; the body is then its configuration as a JSON object.
    plugin: Option<String>,
}

/// What adding a policy did.
#[derive(Serialize, ToSchema)]
pub struct Added {
    #[serde(flatten)]
    policy: PolicyRow,
    change: PolicyChange,
    /// The billed check run (gas per class); its gas is also in `X-Gas-Used`.
    #[schema(value_type = Object)]
    check: crate::service::InvokeReport,
}

/// Adds a policy, or a new version of one. The body is the Rego source (UTF-8), or with
/// `?plugin=` the plugin's configuration as a JSON object. The policy is checked in the sandbox
/// first, a billed invocation (`X-Gas-Used`): a Rego syntax error is a 422 with its line and
/// column in `diagnostics`.
#[utoipa::path(post, path = "/v1/policies", tag = "policies", params(AddQuery), request_body(content = String, content_type = "text/plain"),
    responses((status = 201, body = Added), (status = 200, description = "unchanged or a new version", body = Added),
        (status = 422, body = ErrorBody)))]
pub async fn add(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Query(q): Query<AddQuery>,
    request: Request,
) -> Result<Response, ApiError> {
    let tenant = caller.tenant(Scope::PolicyWrite)?;
    let body = body_bytes(&app, request).await?;
    let (plugin, config) = match q.plugin {
        Some(plugin) => (plugin, json_body::<BTreeMap<String, String>>(&body)?),
        None => {
            if body.len() > MAX_REGO_BYTES {
                return Err(ApiError::new(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    format!("a Rego policy may have at most {MAX_REGO_BYTES} bytes"),
                ));
            }
            let source = String::from_utf8(body.to_vec())
                .map_err(|_| ApiError::bad_request("the Rego source must be UTF-8 text"))?;
            let mut config = BTreeMap::new();
            set_rego_source(&mut config, source, q.query);
            (REGO_PLUGIN.to_string(), config)
        }
    };
    let started = std::time::Instant::now();
    let (policy, change, check) = app
        .blocking(move |s| Ok(s.add_policy(&tenant, &q.name, &plugin, config, q.enforce)?))
        .await?;
    let status = if change == PolicyChange::Created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    app.metrics.invocation(&check, started.elapsed());
    let (used, remaining) = (check.gas_used, check.budget_remaining);
    let mut response = (
        status,
        Json(Added {
            policy,
            change,
            check,
        }),
    )
        .into_response();
    set_gas_headers(&mut response, used, remaining);
    Ok(response)
}

/// The tenant's policies.
#[derive(Serialize, ToSchema)]
pub struct PolicyList {
    policies: Vec<PolicyRow>,
}

/// The latest version of each of the tenant's policies.
#[utoipa::path(get, path = "/v1/policies", tag = "policies", responses((status = 200, body = PolicyList)))]
pub async fn list(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
) -> Result<Json<PolicyList>, ApiError> {
    let tenant = caller.tenant(Scope::SbomRead)?;
    let policies = app
        .blocking(move |s| Ok(s.state().policies(&tenant)?))
        .await?;
    Ok(Json(PolicyList { policies }))
}

/// The body of `POST /v1/policies/eval`.
#[derive(Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EvalRequest {
    /// SBOM id or unique prefix (default: the newest).
    sbom: Option<String>,
    /// Only this policy (default: all).
    policy: Option<String>,
    /// Gas limit of each evaluation (default: 50 M plus 2 M per component).
    gas_limit: Option<u64>,
}

/// Evaluates the tenant's policies (or one) over an SBOM; each is a billed invocation. The
/// answer is 200 whatever the verdicts: `blocked` lists enforced policies that failed or erred.
#[utoipa::path(post, path = "/v1/policies/eval", tag = "policies", request_body = EvalRequest,
    responses((status = 200, body = Object), (status = 402, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn eval(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    request: Request,
) -> Result<Response, ApiError> {
    let tenant = caller.tenant(Scope::PluginInvoke)?;
    let body = body_bytes(&app, request).await?;
    let call: EvalRequest = json_body(&body)?;
    let started = Instant::now();
    let (sbom_id, outcomes, remaining) = app
        .blocking(move |s| {
            let (sbom_id, outcomes) = s.evaluate_policies(
                &tenant,
                call.sbom.as_deref(),
                call.policy.as_deref(),
                call.gas_limit,
            )?;
            let remaining = s.balance(&tenant)?.available;
            Ok((sbom_id, outcomes, remaining))
        })
        .await?;
    let mut used = 0u64;
    for outcome in &outcomes {
        app.metrics.invocation(&outcome.report, started.elapsed());
        used = used.saturating_add(outcome.report.gas_used);
    }
    let blocked: Vec<&str> = outcomes
        .iter()
        .filter(|o| o.blocks())
        .map(|o| o.policy.as_str())
        .collect();
    let body = serde_json::json!({ "sbom_id": sbom_id, "policies": outcomes, "blocked": blocked });
    let mut response = Json(body).into_response();
    set_gas_headers(&mut response, used, remaining);
    Ok(response)
}
