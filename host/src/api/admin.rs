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
use crate::gas::Balance;
use crate::service::parse_validation;
use crate::state::{ApiKeyRow, NewKey, Scope, TenantRow};

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
