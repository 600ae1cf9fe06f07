//! Admin routes (keys with the `admin` scope): tenants, budgets and API keys. While the server
//! holds the database no CLI command can open it, so these are how an operator changes things.

use std::sync::Arc;

use axum::Extension;
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{ApiError, App, Caller, ErrorBody, json_body};
use crate::billing::Plan;
use crate::gas::Balance;
use crate::service::parse_validation;
use crate::state::plans::{PlanChange, PlanRow, TenantPlan};
use crate::state::{ApiKeyRow, NewKey, Scope, StateError, TenantRow};

/// Every tenant.
#[derive(Serialize, ToSchema)]
pub struct TenantList {
    tenants: Vec<TenantRow>,
}

/// Every tenant with its budget and spend.
#[utoipa::path(get, path = "/v1/admin/tenants", tag = "admin", responses((status = 200, body = TenantList), (status = 403, body = ErrorBody)))]
pub async fn tenants(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
) -> Result<Json<TenantList>, ApiError> {
    caller.require(Scope::Admin)?;
    let tenants = app.blocking(|s| Ok(s.state().tenants()?)).await?;
    Ok(Json(TenantList { tenants }))
}

/// A new tenant, or a new budget.
#[derive(Default, Deserialize, Serialize, ToSchema)]
pub struct TenantBudget {
    /// Tenant name (ignored when the path names it).
    #[serde(default)]
    name: String,
    /// Total gas the tenant may spend.
    budget: u64,
}

/// Creates a tenant with a gas budget: `{"name": "acme", "budget": 1000000000}`.
#[utoipa::path(post, path = "/v1/admin/tenants", tag = "admin", request_body = TenantBudget,
    responses((status = 201, body = TenantBudget), (status = 409, body = ErrorBody)))]
pub async fn create_tenant(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    body: axum::body::Bytes,
) -> Result<(StatusCode, Json<TenantBudget>), ApiError> {
    caller.require(Scope::Admin)?;
    let tenant: TenantBudget = json_body(&body)?;
    let tenant = app
        .blocking(move |s| {
            s.create_tenant(&tenant.name, tenant.budget)?;
            Ok(tenant)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(tenant)))
}

/// Sets a tenant's total budget: `{"budget": N}`.
#[utoipa::path(put, path = "/v1/admin/tenants/{tenant}/budget", tag = "admin", params(("tenant" = String, Path)),
    request_body = TenantBudget, responses((status = 200, body = Balance), (status = 404, body = ErrorBody)))]
pub async fn set_budget(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(tenant): Path<String>,
    body: axum::body::Bytes,
) -> Result<Json<Balance>, ApiError> {
    caller.require(Scope::Admin)?;
    let TenantBudget { budget, .. } = json_body(&body)?;
    let balance = app
        .blocking(move |s| {
            s.set_budget(&tenant, budget)?;
            Ok(s.balance(&tenant)?)
        })
        .await?;
    Ok(Json(balance))
}

/// A tenant's validation level: `{"validation": "strict"}`.
#[derive(Default, Deserialize, Serialize, ToSchema)]
pub struct TenantValidation {
    /// `strict`, `standard` (the default) or `none`: how the tenant's ingests are judged when a
    /// call names no level.
    validation: String,
}

/// Sets the validation level of a tenant's ingests when a call names none.
#[utoipa::path(put, path = "/v1/admin/tenants/{tenant}/validation", tag = "admin", params(("tenant" = String, Path)),
    request_body = TenantValidation, responses((status = 200, body = TenantValidation), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn set_validation(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(tenant): Path<String>,
    body: axum::body::Bytes,
) -> Result<Json<TenantValidation>, ApiError> {
    caller.require(Scope::Admin)?;
    let setting: TenantValidation = json_body(&body)?;
    let level = parse_validation(&setting.validation).map_err(ApiError::bad_request)?;
    app.blocking(move |s| Ok(s.set_tenant_validation(&tenant, Some(level))?))
        .await?;
    Ok(Json(setting))
}

/// The body of a key creation.
#[derive(Default, Deserialize, ToSchema)]
pub struct KeyRequest {
    /// Scope names, e.g. `["sbom:read", "sbom:write", "gas:read"]`.
    scopes: Vec<String>,
}

/// Creates an API key for a tenant. The key is in this answer only; it is stored hashed.
#[utoipa::path(post, path = "/v1/admin/tenants/{tenant}/keys", tag = "admin", params(("tenant" = String, Path)),
    request_body = KeyRequest, responses((status = 201, body = NewKey), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn create_key(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(tenant): Path<String>,
    body: axum::body::Bytes,
) -> Result<(StatusCode, Json<NewKey>), ApiError> {
    caller.require(Scope::Admin)?;
    let request: KeyRequest = json_body(&body)?;
    let scopes = Scope::parse_all(&request.scopes)?;
    let key = app
        .blocking(move |s| Ok(s.state().create_key(Some(&tenant), &scopes)?))
        .await?;
    // The new key may have been tried (and cached as unknown) before it existed.
    app.keys.clear();
    Ok((StatusCode::CREATED, Json(key)))
}

/// `?tenant=` of the key list.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct KeysQuery {
    /// Only this tenant's keys.
    tenant: Option<String>,
}

/// API keys (never the keys themselves).
#[derive(Serialize, ToSchema)]
pub struct KeyList {
    keys: Vec<ApiKeyRow>,
}

/// Every API key, or one tenant's.
#[utoipa::path(get, path = "/v1/admin/keys", tag = "admin", params(KeysQuery), responses((status = 200, body = KeyList)))]
pub async fn keys(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Query(q): Query<KeysQuery>,
) -> Result<Json<KeyList>, ApiError> {
    caller.require(Scope::Admin)?;
    let keys = app
        .blocking(move |s| Ok(s.state().keys(q.tenant.as_deref())?))
        .await?;
    Ok(Json(KeyList { keys }))
}

/// Revokes a key at once (cached look-ups are dropped).
#[utoipa::path(delete, path = "/v1/admin/keys/{id}", tag = "admin", params(("id" = String, Path)),
    responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn revoke_key(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    caller.require(Scope::Admin)?;
    app.blocking(move |s| Ok(s.state().revoke_key(&id)?))
        .await?;
    app.keys.clear();
    Ok(StatusCode::NO_CONTENT)
}

/// Every billing plan, its latest version.
#[derive(Serialize, ToSchema)]
pub struct PlanList {
    plans: Vec<PlanRow>,
}

/// Every billing plan (latest versions).
#[utoipa::path(get, path = "/v1/admin/plans", tag = "admin", responses((status = 200, body = PlanList), (status = 403, body = ErrorBody)))]
pub async fn plans(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
) -> Result<Json<PlanList>, ApiError> {
    caller.require(Scope::Admin)?;
    let plans = app.blocking(|s| Ok(s.state().plans()?)).await?;
    Ok(Json(PlanList { plans }))
}

/// What adding a plan did, and the version now latest.
#[derive(Serialize, ToSchema)]
pub struct PlanAdded {
    /// `created`, `updated` or `unchanged`.
    #[schema(value_type = String)]
    change: PlanChange,
    plan: PlanRow,
}

/// Adds a plan; the body is the plan as TOML (see `docs/billing.md`). 201 with the new version,
/// or 200 when the latest version already has this definition.
#[utoipa::path(post, path = "/v1/admin/plans", tag = "admin", request_body(content = String, content_type = "application/toml"),
    responses((status = 201, body = PlanAdded), (status = 200, body = PlanAdded), (status = 400, body = ErrorBody)))]
pub async fn add_plan(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    body: axum::body::Bytes,
) -> Result<(StatusCode, Json<PlanAdded>), ApiError> {
    caller.require(Scope::Admin)?;
    let text = std::str::from_utf8(&body)
        .map_err(|_| ApiError::bad_request("the plan must be UTF-8 TOML".to_string()))?;
    let plan = Plan::from_toml(text).map_err(|e| ApiError::bad_request(e.to_string()))?;
    let (plan, change) = app
        .blocking(move |s| Ok(s.state().add_plan(&plan)?))
        .await?;
    let status = match change {
        PlanChange::Unchanged => StatusCode::OK,
        PlanChange::Created | PlanChange::Updated => StatusCode::CREATED,
    };
    Ok((status, Json(PlanAdded { change, plan })))
}

/// Which version of a plan to show.
#[derive(Deserialize, IntoParams)]
pub struct PlanQuery {
    /// A version (default: the latest).
    version: Option<u64>,
}

/// One plan (the latest version, or `?version=N`).
#[utoipa::path(get, path = "/v1/admin/plans/{name}", tag = "admin", params(("name" = String, Path), PlanQuery),
    responses((status = 200, body = PlanRow), (status = 404, body = ErrorBody)))]
pub async fn plan(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(name): Path<String>,
    Query(query): Query<PlanQuery>,
) -> Result<Json<PlanRow>, ApiError> {
    caller.require(Scope::Admin)?;
    let row = app
        .blocking(move |s| {
            s.state()
                .plan(&name, query.version)?
                .ok_or_else(|| StateError::UnknownPlan(name).into())
        })
        .await?;
    Ok(Json(row))
}

/// Puts a tenant on a plan: `{"plan": "team", "from": "2026-11-15"}` (`from` defaults to
/// today, UTC).
#[derive(Default, Deserialize, ToSchema)]
pub struct PlanAssignment {
    /// The plan's name; its latest version is used.
    plan: String,
    /// The first day priced under it, `YYYY-MM-DD`.
    from: Option<String>,
}

/// Puts a tenant on the latest version of a plan from a date; earlier changes are kept.
#[utoipa::path(put, path = "/v1/admin/tenants/{tenant}/plan", tag = "admin", params(("tenant" = String, Path)),
    request_body = PlanAssignment, responses((status = 200, body = TenantPlan), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn set_plan(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(tenant): Path<String>,
    body: axum::body::Bytes,
) -> Result<Json<TenantPlan>, ApiError> {
    caller.require(Scope::Admin)?;
    let assignment: PlanAssignment = json_body(&body)?;
    if assignment.plan.is_empty() {
        return Err(ApiError::bad_request(
            r#"name the plan: {"plan": "team", "from": "2026-11-15"}"#.to_string(),
        ));
    }
    let from = match assignment.from {
        Some(date) => {
            crate::dates::parse_date(&date).map_err(|e| ApiError::bad_request(e.to_string()))?
        }
        None => chrono::Utc::now().date_naive().to_string(),
    };
    let moved = app
        .blocking(move |s| {
            Ok(s.state()
                .set_tenant_plan(&tenant, &assignment.plan, &from)?)
        })
        .await?;
    Ok(Json(moved))
}
