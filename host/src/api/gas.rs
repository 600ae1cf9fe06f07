//! Gas routes: the dashboard's usage (per day, per plugin, budget), the report (JSON or CSV)
//! and the budget. Dates are `YYYY-MM-DD` UTC, `from` inclusive and `to` exclusive, as in
//! `traceguard gas report`.

use std::sync::Arc;

use axum::Extension;
use axum::Json;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{ApiError, App, Caller, ErrorBody, date_param};
use crate::gas::Balance;
use crate::state::{DayUsage, ReportRow, Scope};

/// `?from=&to=` (and `format=` for the report).
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RangeQuery {
    /// First day, inclusive (`YYYY-MM-DD`, UTC).
    from: Option<String>,
    /// Last day, exclusive.
    to: Option<String>,
    /// `json` (default), `csv` or `html` (a self-contained usage page); the report only.
    format: Option<String>,
}

impl RangeQuery {
    fn dates(self) -> Result<(Option<String>, Option<String>), ApiError> {
        Ok((date_param("from", self.from)?, date_param("to", self.to)?))
    }
}

/// What the gas dashboard shows.
#[derive(Serialize, ToSchema)]
pub struct Usage {
    tenant: String,
    /// The balance now (not limited to the range).
    budget: Balance,
    /// Days with invocations, oldest first.
    per_day: Vec<DayUsage>,
    /// Totals per plugin, per gas class.
    per_plugin: Vec<ReportRow>,
}

/// Gas per day and per plugin over a date range (all time by default), and the budget.
#[utoipa::path(get, path = "/v1/gas/usage", tag = "gas", params(RangeQuery),
    responses((status = 200, body = Usage), (status = 400, body = ErrorBody)))]
pub async fn usage(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Query(q): Query<RangeQuery>,
) -> Result<Json<Usage>, ApiError> {
    let tenant = caller.tenant(Scope::GasRead)?;
    let (from, to) = q.dates()?;
    let usage = app
        .blocking(move |s| {
            let (from, to) = (from.as_deref(), to.as_deref());
            Ok(Usage {
                budget: s.balance(&tenant)?,
                per_day: s.state().gas_per_day(&tenant, from, to)?,
                per_plugin: s.state().gas_report(Some(&tenant), from, to)?,
                tenant,
            })
        })
        .await?;
    Ok(Json(usage))
}

/// Gas totals per plugin and class over a date range, as JSON, CSV (the CLI's columns, with
/// energy and CO₂e) or a self-contained HTML usage report.
#[utoipa::path(get, path = "/v1/gas/report", tag = "gas", params(RangeQuery),
    responses((status = 200, body = Vec<ReportRow>), (status = 200, description = "format=csv", body = String, content_type = "text/csv"),
        (status = 200, description = "format=html", body = String, content_type = "text/html"),
        (status = 400, body = ErrorBody)))]
pub async fn report(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Query(q): Query<RangeQuery>,
) -> Result<Response, ApiError> {
    let tenant = caller.tenant(Scope::GasRead)?;
    let format = q.format.clone().unwrap_or_else(|| "json".into());
    if !matches!(format.as_str(), "json" | "csv" | "html") {
        return Err(ApiError::bad_request(format!(
            "format `{format}`: use json, csv or html"
        )));
    }
    let (from, to) = q.dates()?;
    if format == "html" {
        let page = app
            .blocking(move |s| {
                let (from, to) = (from.as_deref(), to.as_deref());
                let rows = s.state().gas_report(Some(&tenant), from, to)?;
                let days = s.state().gas_per_day(&tenant, from, to)?;
                Ok(crate::billing::html::usage(
                    Some(&tenant),
                    from,
                    to,
                    &rows,
                    &days,
                ))
            })
            .await?;
        return Ok(([(header::CONTENT_TYPE, "text/html; charset=utf-8")], page).into_response());
    }
    let rows = app
        .blocking(move |s| {
            Ok(s.state()
                .gas_report(Some(&tenant), from.as_deref(), to.as_deref())?)
        })
        .await?;
    if format == "json" {
        return Ok(Json(rows).into_response());
    }
    let (header, table) = crate::report::gas_report_rows(&rows);
    let text = crate::report::csv_text(&header, &table)
        .map_err(|e| ApiError::internal(format!("gas report: {e}")))?;
    Ok(([(header::CONTENT_TYPE, "text/csv; charset=utf-8")], text).into_response())
}

/// A tenant's budget.
#[derive(Serialize, ToSchema)]
pub struct Budget {
    tenant: String,
    #[serde(flatten)]
    balance: Balance,
}

/// The key's tenant's budget: total, spent, reserved by running calls, available.
#[utoipa::path(get, path = "/v1/budget", tag = "gas", responses((status = 200, body = Budget)))]
pub async fn budget(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
) -> Result<Json<Budget>, ApiError> {
    let tenant = caller.tenant(Scope::GasRead)?;
    let balance = app
        .blocking({
            let tenant = tenant.clone();
            move |s| Ok(s.balance(&tenant)?)
        })
        .await?;
    Ok(Json(Budget { tenant, balance }))
}
