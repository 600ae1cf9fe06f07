//! Plugin routes: list and inspect (any key), install. An admin key installs a plugin for
//! every tenant; a tenant key with `plugin:install` installs one that only its tenant sees
//! and runs. A tenant's own plugin wins over a global one of the same name, for that tenant.

use std::sync::Arc;

use axum::Extension;
use axum::Json;
use axum::extract::{Path, Query, Request, State};
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{ApiError, App, Caller, ErrorBody, body_bytes};
use crate::state::{PluginRow, Scope};

/// Installed and built-in plugins.
#[derive(Serialize, ToSchema)]
pub struct PluginList {
    plugins: Vec<PluginRow>,
}

/// Who may list and inspect plugins: keys that run or install them, and the operator.
const SEE_PLUGINS: [Scope; 3] = [Scope::PluginInvoke, Scope::PluginInstall, Scope::Admin];

/// The plugins the key's tenant can use: its own, then the built-in and globally installed ones
/// (an admin key: the global ones).
#[utoipa::path(get, path = "/v1/plugins", tag = "plugins", responses((status = 200, body = PluginList), (status = 403, body = ErrorBody)))]
pub async fn list(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
) -> Result<Json<PluginList>, ApiError> {
    caller.require_any(&SEE_PLUGINS)?;
    let tenant = caller.tenant;
    let plugins = app
        .blocking(move |s| Ok(s.state().plugins_for(tenant.as_deref())?))
        .await?;
    Ok(Json(PluginList { plugins }))
}

/// A plugin's world, imports, exports, id and size.
#[utoipa::path(get, path = "/v1/plugins/{name}", tag = "plugins", params(("name" = String, Path, description = "name, id or unique id prefix")),
    responses((status = 200, body = Object), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn inspect(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(name): Path<String>,
) -> Result<Json<serde_json::Value>, ApiError> {
    caller.require_any(&SEE_PLUGINS)?;
    let tenant = caller.tenant;
    let info = app
        .blocking(move |s| {
            let info = s.inspect(tenant.as_deref(), &name)?;
            serde_json::to_value(&info).map_err(|e| ApiError::internal(e.to_string()))
        })
        .await?;
    Ok(Json(info))
}

/// `?name=` of an install.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct InstallQuery {
    /// Name to register the plugin under.
    name: String,
}

/// Validates (compiles and links) a component and installs it: for every tenant with an admin
/// key, for the key's tenant alone with `plugin:install`.
#[utoipa::path(post, path = "/v1/plugins", tag = "plugins", params(InstallQuery), request_body(content = String, content_type = "application/octet-stream", description = "the WebAssembly component (.wasm)"),
    responses((status = 201, body = PluginRow), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn install(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Query(q): Query<InstallQuery>,
    request: Request,
) -> Result<(StatusCode, Json<PluginRow>), ApiError> {
    let owner = match caller.require(Scope::Admin) {
        Ok(()) => None,
        Err(_) => Some(caller.tenant(Scope::PluginInstall)?),
    };
    if !crate::state::valid_name(&q.name) {
        return Err(ApiError::bad_request(format!(
            "invalid plugin name `{}`: use 1-64 characters from a-z, A-Z, 0-9, `-`, `_`, `.`",
            q.name
        )));
    }
    let wasm = body_bytes(&app, request).await?;
    let row = app
        .blocking(move |s| Ok(s.install_plugin(owner.as_deref(), &wasm, &q.name)?))
        .await?;
    Ok((StatusCode::CREATED, Json(row)))
}
