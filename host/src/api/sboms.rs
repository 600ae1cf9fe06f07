//! SBOM routes: who am I, upload, list, detail, paged components and dependencies, findings,
//! component search, diff, and the policy report (JSON or OSCAL).

use std::sync::Arc;
use std::time::Instant;

use axum::Extension;
use axum::Json;
use axum::extract::{Path, Query, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{ApiError, App, Caller, ErrorBody, body_bytes};
use crate::runtime::DETECT_HEAD;
use crate::service::{DiagnosticOut, InvokeOptions, Output, parse_gas_limit, parse_validation};
use crate::state::sboms::{
    self, ComponentHit, ComponentRow, DependencyRow, DiagnosticFilter, DiagnosticPage, SbomDetail,
    SbomDiff,
};
use crate::state::{FindingRow, SbomRow, Scope};

/// Page size when none is asked for, and the largest page served.
const PAGE: u64 = 100;
const MAX_PAGE: u64 = 1000;

/// `GET /v1/me`.
#[derive(Serialize, ToSchema)]
pub struct Me {
    /// The key's tenant; `null` for an admin key.
    tenant: Option<String>,
    /// The key's id.
    key_id: String,
    /// Its scopes.
    scopes: Vec<Scope>,
}

/// Which key is calling.
#[utoipa::path(get, path = "/v1/me", tag = "sboms", responses((status = 200, body = Me), (status = 401, body = ErrorBody)))]
pub async fn me(Extension(caller): Extension<Caller>) -> Json<Me> {
    Json(Me {
        tenant: caller.tenant,
        key_id: caller.key_id,
        scopes: caller.scopes,
    })
}

/// `GET /v1/sboms`.
#[derive(Serialize, ToSchema)]
pub struct SbomList {
    /// Newest first.
    sboms: Vec<SbomRow>,
}

/// The tenant's SBOMs, newest first.
#[utoipa::path(get, path = "/v1/sboms", tag = "sboms", responses((status = 200, body = SbomList)))]
pub async fn list(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
) -> Result<Json<SbomList>, ApiError> {
    let tenant = caller.tenant(Scope::SbomRead)?;
    let sboms = app.blocking(move |s| Ok(s.state().sboms(&tenant)?)).await?;
    Ok(Json(SbomList { sboms }))
}

/// Query of `POST /v1/sboms`.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UploadQuery {
    /// Parser to use (e.g. `cyclonedx`) instead of detecting the format from the content.
    format: Option<String>,
    /// Most gas the parse may use (default 50 M plus 2,000 per byte).
    gas_limit: Option<u64>,
    /// `strict` (any spec error rejects the document), `standard` (only a document that cannot
    /// be interpreted is refused; spec errors are stored as diagnostics) or `none` (no checks).
    /// Default: the tenant's level, else `standard`.
    validation: Option<String>,
}

/// `POST /v1/sboms` answer: the stored SBOM (201, or 200 for a duplicate) or the refusal (422).
#[derive(Serialize, ToSchema)]
pub struct Uploaded {
    sbom_id: Option<String>,
    format: Option<String>,
    spec_version: Option<String>,
    components: u64,
    dependencies: u64,
    /// The validation level the document was judged at (absent when refused).
    #[serde(skip_serializing_if = "Option::is_none")]
    validation: Option<&'static str>,
    #[schema(value_type = Vec<Object>)]
    diagnostics: Vec<DiagnosticOut>,
    /// Gas per class and `total`.
    #[schema(value_type = Object)]
    gas: crate::gas::GasBreakdown,
    gas_used: u64,
    gas_limit: u64,
    duplicate: bool,
    invocation_id: u64,
    outcome: String,
    /// Why the document was refused.
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// Uploads an SBOM (raw body, any content type, or the first part of a multipart form). The
/// parse is billed; `X-Gas-Used` and `X-Gas-Remaining` say what it cost.
#[utoipa::path(post, path = "/v1/sboms", tag = "sboms", params(UploadQuery), request_body(content = String, content_type = "application/octet-stream", description = "the SBOM document, raw (any content type) or as the first part of a multipart form"),
    responses((status = 201, body = Uploaded), (status = 200, description = "already stored (still charged)", body = Uploaded),
        (status = 402, body = ErrorBody), (status = 413, body = ErrorBody), (status = 422, body = Uploaded)))]
pub async fn upload(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Query(query): Query<UploadQuery>,
    request: Request,
) -> Result<Response, ApiError> {
    let tenant = caller.tenant(Scope::SbomWrite)?;
    let validation = query
        .validation
        .as_deref()
        .map(parse_validation)
        .transpose()
        .map_err(ApiError::bad_request)?;
    // Budgets are in memory: a tenant that cannot pay even for an empty document's parse is
    // refused before its body is read.
    app.service
        .affordable(&tenant, query.gas_limit.unwrap_or(parse_gas_limit(0)))?;
    let body = body_bytes(&app, request).await?;
    if body.is_empty() {
        return Err(ApiError::bad_request(
            "the request body is empty: send the SBOM document",
        ));
    }
    let started = Instant::now();
    let gas_limit = query
        .gas_limit
        .unwrap_or(parse_gas_limit(body.len() as u64));
    let report = app
        .blocking(move |s| {
            // Before detection and staging: a tenant that cannot pay makes the server do nothing.
            s.affordable(&tenant, gas_limit)?;
            let plugin = match query.format {
                Some(name) => name,
                None => s
                    .detect(&body[..body.len().min(DETECT_HEAD)])?
                    .map(|(row, _)| row.id)
                    .ok_or_else(|| {
                        ApiError::new(
                            StatusCode::UNPROCESSABLE_ENTITY,
                            "no parser recognises this document; name one with ?format= (GET /v1/plugins lists the parsers)",
                        )
                    })?,
            };
            let opts = InvokeOptions {
                gas_limit,
                validation,
                ..InvokeOptions::default()
            };
            Ok(s.parse(&tenant, &plugin, &body, &opts)?)
        })
        .await?;
    let mut uploaded = Uploaded {
        sbom_id: None,
        format: None,
        spec_version: None,
        components: 0,
        dependencies: 0,
        validation: None,
        diagnostics: report.diagnostics().to_vec(),
        gas: report.gas,
        gas_used: report.gas_used,
        gas_limit: report.gas_limit,
        duplicate: false,
        invocation_id: report.invocation_id,
        outcome: report.outcome.to_string(),
        error: report.error.clone(),
    };
    let status = match &report.output {
        Some(Output::Sbom {
            sbom_id,
            format,
            spec_version,
            components,
            dependencies,
            duplicate,
            validation,
            ..
        }) => {
            uploaded.validation = Some(validation.name());
            uploaded.sbom_id = Some(sbom_id.clone());
            uploaded.format = Some(format.clone());
            uploaded.spec_version = Some(spec_version.clone());
            uploaded.components = *components;
            uploaded.dependencies = *dependencies;
            uploaded.duplicate = *duplicate;
            if *duplicate {
                StatusCode::OK
            } else {
                StatusCode::CREATED
            }
        }
        // Refused (422) or not stored (5xx), as for any invocation.
        _ => super::invoke::report_status(&report),
    };
    let detail = super::mask_internal(status, &mut uploaded.error);
    let mut response = (status, Json(uploaded)).into_response();
    super::note_error(&mut response, detail);
    app.charged(&mut response, &report, started);
    Ok(response)
}

/// Resolves an SBOM id (or unique prefix) of `tenant`; 404 when there is none.
fn resolve(s: &crate::service::Service, tenant: &str, id: &str) -> Result<String, ApiError> {
    Ok(s.sbom_or_newest(tenant, Some(id))?)
}

/// One SBOM: document facts, counts and diagnostics.
#[utoipa::path(get, path = "/v1/sboms/{id}", tag = "sboms", params(("id" = String, Path, description = "SBOM id or unique prefix")),
    responses((status = 200, body = SbomDetail), (status = 404, body = ErrorBody)))]
pub async fn show(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
) -> Result<Json<SbomDetail>, ApiError> {
    let tenant = caller.tenant(Scope::SbomRead)?;
    let detail = app
        .blocking(move |s| {
            let id = resolve(s, &tenant, &id)?;
            s.state()
                .sbom_detail(&tenant, &id)?
                .ok_or_else(|| ApiError::not_found(format!("SBOM {id} is gone")))
        })
        .await?;
    Ok(Json(detail))
}

/// `?offset=&limit=` of the paged routes.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    /// Rows to skip (default 0).
    offset: Option<u64>,
    /// Rows to return (default 100, at most 1000).
    limit: Option<u64>,
}

impl PageQuery {
    /// Offset and limit; the offset is capped where DuckDB's BIGINT ends (past any SBOM).
    fn bounds(&self) -> (u64, u64) {
        (
            self.offset.unwrap_or(0).min(i64::MAX as u64),
            self.limit.unwrap_or(PAGE).clamp(1, MAX_PAGE),
        )
    }
}

/// `?severity=&offset=&limit=` of the diagnostics route.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DiagnosticQuery {
    /// Only this severity: `error`, `warning` or `info`.
    severity: Option<String>,
    /// Only rules matching this pattern, where `*` stands for any text (`spdx/*`).
    rule: Option<String>,
    /// Rows to skip (default 0).
    offset: Option<u64>,
    /// Rows to return (default 100, at most 1000).
    limit: Option<u64>,
}

/// One page of an SBOM's diagnostics, in the order the parser reported them, with the level it
/// was judged at.
#[utoipa::path(get, path = "/v1/sboms/{id}/diagnostics", tag = "sboms", params(("id" = String, Path), DiagnosticQuery),
    responses((status = 200, body = DiagnosticPage), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn diagnostics(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
    Query(query): Query<DiagnosticQuery>,
) -> Result<Json<DiagnosticPage>, ApiError> {
    let tenant = caller.tenant(Scope::SbomRead)?;
    if let Some(severity) = &query.severity
        && !["error", "warning", "info"].contains(&severity.as_str())
    {
        return Err(ApiError::bad_request(format!(
            "unknown severity `{severity}`: use error, warning or info"
        )));
    }
    let (offset, limit) = PageQuery {
        offset: query.offset,
        limit: query.limit,
    }
    .bounds();
    let page = app
        .blocking(move |s| {
            let id = resolve(s, &tenant, &id)?;
            s.state()
                .diagnostic_page(
                    &tenant,
                    &id,
                    DiagnosticFilter {
                        severity: query.severity.as_deref(),
                        rule: query.rule.as_deref(),
                    },
                    offset,
                    limit,
                )?
                .ok_or_else(|| ApiError::not_found(format!("SBOM {id} is gone")))
        })
        .await?;
    Ok(Json(page))
}

/// A page of components.
#[derive(Serialize, ToSchema)]
pub struct ComponentPage {
    total: u64,
    offset: u64,
    limit: u64,
    components: Vec<ComponentRow>,
}

/// One page of an SBOM's components, in document order.
#[utoipa::path(get, path = "/v1/sboms/{id}/components", tag = "sboms", params(("id" = String, Path), PageQuery),
    responses((status = 200, body = ComponentPage), (status = 404, body = ErrorBody)))]
pub async fn components(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
    Query(page): Query<PageQuery>,
) -> Result<Json<ComponentPage>, ApiError> {
    let tenant = caller.tenant(Scope::SbomRead)?;
    let (offset, limit) = page.bounds();
    let (total, components) = app
        .blocking(move |s| {
            let id = resolve(s, &tenant, &id)?;
            Ok(s.state().sbom_components(&tenant, &id, offset, limit)?)
        })
        .await?;
    Ok(Json(ComponentPage {
        total,
        offset,
        limit,
        components,
    }))
}

/// A page of dependency edge sets.
#[derive(Serialize, ToSchema)]
pub struct DependencyPage {
    total: u64,
    offset: u64,
    limit: u64,
    dependencies: Vec<DependencyRow>,
}

/// One page of an SBOM's dependency edge sets, in document order.
#[utoipa::path(get, path = "/v1/sboms/{id}/dependencies", tag = "sboms", params(("id" = String, Path), PageQuery),
    responses((status = 200, body = DependencyPage), (status = 404, body = ErrorBody)))]
pub async fn dependencies(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
    Query(page): Query<PageQuery>,
) -> Result<Json<DependencyPage>, ApiError> {
    let tenant = caller.tenant(Scope::SbomRead)?;
    let (offset, limit) = page.bounds();
    let (total, dependencies) = app
        .blocking(move |s| {
            let id = resolve(s, &tenant, &id)?;
            Ok(s.state().sbom_dependencies(&tenant, &id, offset, limit)?)
        })
        .await?;
    Ok(Json(DependencyPage {
        total,
        offset,
        limit,
        dependencies,
    }))
}

/// Findings of the policies evaluated on one SBOM.
#[derive(Serialize, ToSchema)]
pub struct Findings {
    findings: Vec<FindingRow>,
}

/// The findings of every evaluation on one SBOM, most recent first.
#[utoipa::path(get, path = "/v1/sboms/{id}/findings", tag = "sboms", params(("id" = String, Path)),
    responses((status = 200, body = Findings), (status = 404, body = ErrorBody)))]
pub async fn findings(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
) -> Result<Json<Findings>, ApiError> {
    let tenant = caller.tenant(Scope::SbomRead)?;
    let findings = app
        .blocking(move |s| {
            let id = resolve(s, &tenant, &id)?;
            Ok(s.state().findings(&tenant, None, Some(&id))?)
        })
        .await?;
    Ok(Json(Findings { findings }))
}

/// `?purl=` or `?name=` of the component search.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchQuery {
    /// Package URL; without a version it matches every version.
    purl: Option<String>,
    /// Component name (case-insensitive).
    name: Option<String>,
}

/// Components found.
#[derive(Serialize, ToSchema)]
pub struct SearchResult {
    components: Vec<ComponentHit>,
}

/// Which of the tenant's SBOMs contain a component, by package URL or name.
#[utoipa::path(get, path = "/v1/components", tag = "sboms", params(SearchQuery),
    responses((status = 200, body = SearchResult), (status = 400, body = ErrorBody)))]
pub async fn search(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Query(q): Query<SearchQuery>,
) -> Result<Json<SearchResult>, ApiError> {
    let tenant = caller.tenant(Scope::SbomRead)?;
    let purl = q.purl.filter(|p| !p.is_empty());
    let name = q.name.filter(|n| !n.is_empty());
    if purl.is_none() && name.is_none() {
        return Err(ApiError::bad_request(
            "say what to look for: ?purl=PURL (any version when it has none) or ?name=NAME",
        ));
    }
    let purl = purl
        .map(|p| {
            traceguard_purl::Purl::parse(&p)
                .map_err(|e| ApiError::bad_request(format!("purl {p:?} is not a package URL: {e}")))
        })
        .transpose()?;
    let components = app
        .blocking(move |s| {
            Ok(s.state()
                .find_components(&tenant, purl.as_ref(), name.as_deref())?)
        })
        .await?;
    Ok(Json(SearchResult { components }))
}

/// Components added, removed and re-versioned from SBOM `id` to SBOM `other`.
#[utoipa::path(get, path = "/v1/sboms/{id}/diff/{other}", tag = "sboms",
    params(("id" = String, Path, description = "the older SBOM"), ("other" = String, Path, description = "the newer SBOM")),
    responses((status = 200, body = SbomDiff), (status = 404, body = ErrorBody)))]
pub async fn diff(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path((id, other)): Path<(String, String)>,
) -> Result<Json<SbomDiff>, ApiError> {
    let tenant = caller.tenant(Scope::SbomRead)?;
    let diff = app
        .blocking(move |s| {
            let (a, b) = (resolve(s, &tenant, &id)?, resolve(s, &tenant, &other)?);
            let state = s.state();
            Ok(sboms::diff(
                &state.component_versions(&tenant, &a)?,
                &state.component_versions(&tenant, &b)?,
            ))
        })
        .await?;
    Ok(Json(diff))
}

/// `?format=json|oscal` of the report.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ReportQuery {
    /// `json` (default) or `oscal` (an OSCAL 1.1 assessment-results document).
    format: Option<String>,
}

/// The latest result of each policy on one SBOM, as JSON or OSCAL assessment results.
#[utoipa::path(get, path = "/v1/sboms/{id}/report", tag = "policies", params(("id" = String, Path), ReportQuery),
    responses((status = 200, body = Object), (status = 404, body = ErrorBody)))]
pub async fn report(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
    Query(q): Query<ReportQuery>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let tenant = caller.tenant(Scope::SbomRead)?;
    let oscal = match q.format.as_deref() {
        None | Some("json") => false,
        Some("oscal") => true,
        Some(other) => {
            return Err(ApiError::bad_request(format!(
                "format `{other}`: use json or oscal"
            )));
        }
    };
    let value = app
        .blocking(move |s| {
            let (sbom_id, results) = s.policy_results(&tenant, &id)?;
            if results.is_empty() {
                return Err(ApiError::not_found(format!(
                    "no policy results for SBOM {sbom_id} yet: evaluate with POST /v1/policies/eval"
                )));
            }
            if oscal {
                let detail = s
                    .state()
                    .sbom_detail(&tenant, &sbom_id)?
                    .ok_or_else(|| ApiError::not_found(format!("SBOM {sbom_id} is gone")))?;
                return Ok(crate::oscal::assessment_results(&tenant, &detail, &results));
            }
            Ok(serde_json::json!({ "tenant": tenant, "sbom_id": sbom_id, "results": results }))
        })
        .await?;
    Ok(Json(value))
}
