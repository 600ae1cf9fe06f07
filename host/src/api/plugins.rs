//! Plugin routes: list and inspect (any key), install (admin; plugins are global).

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

/// Every plugin, built-in and installed.
#[utoipa::path(get, path = "/v1/plugins", tag = "plugins", responses((status = 200, body = PluginList)))]
pub async fn list(State(app): State<Arc<App>>) -> Result<Json<PluginList>, ApiError> {
    let plugins = app.blocking(|s| Ok(s.state().plugins()?)).await?;
    Ok(Json(PluginList { plugins }))
}

/// A plugin's world, imports, exports, id and size.
#[utoipa::path(get, path = "/v1/plugins/{name}", tag = "plugins", params(("name" = String, Path, description = "name, id or unique id prefix")),
    responses((status = 200, body = Object), (status = 404, body = ErrorBody)))]
pub async fn inspect(
    State(app): State<Arc<App>>,
    Path(name): Path<String>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let info = app
        .blocking(move |s| {
            let info = s.inspect(&name)?;
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

/// Validates (compiles and links) a component and installs it for every tenant. Admin only.
#[utoipa::path(post, path = "/v1/plugins", tag = "plugins", params(InstallQuery), request_body(content = String, content_type = "application/octet-stream", description = "the WebAssembly component (.wasm)"),
    responses((status = 201, body = PluginRow), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn install(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Query(q): Query<InstallQuery>,
    request: Request,
) -> Result<(StatusCode, Json<PluginRow>), ApiError> {
    caller.require(Scope::Admin)?;
    if !crate::state::valid_name(&q.name) {
        return Err(ApiError::bad_request(format!(
            "invalid plugin name `{}`: use 1-64 characters from a-z, A-Z, 0-9, `-`, `_`, `.`",
            q.name
        )));
    }
    let wasm = body_bytes(&app, request).await?;
    let row = app
        .blocking(move |s| Ok(s.install_plugin(&wasm, &q.name)?))
        .await?;
    Ok((StatusCode::CREATED, Json(row)))
}
