//! Billing routes: a tenant's invoices (`gas:read`), and for the operator every tenant's
//! invoices of a month, their verification and tenants' billing settings. Months are
//! `YYYY-MM` in each tenant's time zone; an ended month is sealed when first asked for.

use std::sync::Arc;

use axum::Extension;
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{ApiError, App, Caller, ErrorBody, json_body};
use crate::billing::{InvoiceFormat, Month, Renewal, Zone, render_invoice};
use crate::state::invoices::{InvoiceDoc, Verification};
use crate::state::{Scope, StateError, now_us};

fn month(period: &str) -> Result<Month, ApiError> {
    Month::parse(period).map_err(|e| ApiError::bad_request(e.to_string()))
}

/// `?format=`.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FormatQuery {
    /// `json` (default), `csv`, `parquet` or `html`.
    format: Option<String>,
}

fn invoice_response(doc: &InvoiceDoc, format: Option<&str>) -> Result<Response, ApiError> {
    let format = match format {
        None => InvoiceFormat::Json,
        Some(f) => InvoiceFormat::parse(f).ok_or_else(|| {
            ApiError::bad_request(format!("format `{f}`: use json, csv, parquet or html"))
        })?,
    };
    let bytes = render_invoice(&doc.invoice, &doc.json, format)
        .map_err(|e| ApiError::internal(format!("invoice: {e}")))?;
    let name = format!(
        "attachment; filename=\"invoice-{}-{}.{}\"",
        doc.invoice.tenant,
        doc.invoice.period.label,
        format.extension()
    );
    let disposition = if format == InvoiceFormat::Html {
        "inline".to_string()
    } else {
        name
    };
    Ok((
        [
            (header::CONTENT_TYPE, format.content_type().to_string()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        bytes,
    )
        .into_response())
}

/// The key's tenant's invoice for a month (`YYYY-MM`, or `current` for the month it is now in
/// the tenant's time zone): open (provisional) for the current month, sealed for one that has
/// ended. JSON is the canonical document; csv and parquet give its lines; html
/// a printable page.
#[utoipa::path(get, path = "/v1/invoices/{period}", tag = "gas",
    params(("period" = String, Path, description = "YYYY-MM or current"), FormatQuery),
    responses((status = 200, description = "the invoice in the asked format"), (status = 400, body = ErrorBody)))]
pub async fn invoice(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(period): Path<String>,
    Query(q): Query<FormatQuery>,
) -> Result<Response, ApiError> {
    let tenant = caller.tenant(Scope::GasRead)?;
    let asked = match period.as_str() {
        "current" => None,
        p => Some(month(p)?),
    };
    let doc = app
        .blocking(move |s| {
            let now = now_us();
            let month = match asked {
                Some(m) => m,
                None => s.state().current_month(&tenant, now)?,
            };
            Ok(s.state().invoice(&tenant, month, now)?)
        })
        .await?;
    invoice_response(&doc, q.format.as_deref())
}

/// `?period=` (and `tenant=` for verification).
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PeriodQuery {
    /// The month, `YYYY-MM`.
    period: Option<String>,
    /// Only this tenant (verification).
    tenant: Option<String>,
}

impl PeriodQuery {
    fn month(&self) -> Result<Month, ApiError> {
        let period = self
            .period
            .as_deref()
            .ok_or_else(|| ApiError::bad_request("name the month: ?period=YYYY-MM".to_string()))?;
        month(period)
    }
}

/// Every tenant's invoice of a month.
#[derive(Serialize, ToSchema)]
pub struct InvoiceList {
    /// The month.
    period: String,
    /// One invoice per tenant that existed in the month, by tenant name.
    #[schema(value_type = Vec<Object>)]
    invoices: Vec<serde_json::Value>,
    /// Tenants whose invoice cannot be made, and why (e.g. plans that mix currencies).
    errors: Vec<TenantError>,
}

/// Why one tenant's invoice cannot be made.
#[derive(Serialize, ToSchema)]
pub struct TenantError {
    tenant: String,
    error: String,
}

/// Refuses a month that has not begun anywhere yet (UTC+14 is the first to start one).
fn begun(month: Month) -> Result<Month, ApiError> {
    let earliest = Zone::parse("+14:00").unwrap_or_default();
    let now = Month::containing(now_us(), &earliest);
    if month > now {
        return Err(ApiError::bad_request(format!(
            "the billing period {month} has not begun in any time zone"
        )));
    }
    Ok(month)
}

/// Every tenant's invoice for `?period=YYYY-MM` (sealing the month for each where it has
/// ended); tenants created after the month are left out.
#[utoipa::path(get, path = "/v1/admin/invoices", tag = "admin", params(PeriodQuery),
    responses((status = 200, body = InvoiceList), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn invoices(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Query(q): Query<PeriodQuery>,
) -> Result<Json<InvoiceList>, ApiError> {
    caller.require(Scope::Admin)?;
    let month = begun(q.month()?)?;
    let (invoices, errors) = app
        .blocking(move |s| {
            let mut out: Vec<serde_json::Value> = Vec::new();
            let mut errors = Vec::new();
            for t in s.state().tenants()? {
                match s.state().invoice(&t.name, month, now_us()) {
                    Ok(doc) => out.push(serde_json::from_str(&doc.json).map_err(|e| {
                        StateError::Writer(format!("invoice of `{}`: {e}", t.name))
                    })?),
                    Err(StateError::NoInvoice(_)) => {} // created after the month
                    Err(StateError::Invoice(error)) => errors.push(TenantError {
                        tenant: t.name,
                        error,
                    }),
                    Err(e) => return Err(e.into()),
                }
            }
            Ok((out, errors))
        })
        .await?;
    Ok(Json(InvoiceList {
        period: month.to_string(),
        invoices,
        errors,
    }))
}

/// The verification of a month's invoices.
#[derive(Serialize, ToSchema)]
pub struct VerificationList {
    /// Whether every invoice derived again to the same bytes.
    ok: bool,
    /// Per tenant.
    results: Vec<Verification>,
}

/// Derives each invoice of `?period=` again from the ledger and compares it byte for byte
/// with the sealed one (`traceguard gas verify`).
#[utoipa::path(get, path = "/v1/admin/invoices/verify", tag = "admin", params(PeriodQuery),
    responses((status = 200, body = VerificationList), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn verify(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Query(q): Query<PeriodQuery>,
) -> Result<Json<VerificationList>, ApiError> {
    caller.require(Scope::Admin)?;
    let month = begun(q.month()?)?;
    let only = q.tenant;
    let results = app
        .blocking(move |s| {
            let all = only.is_none();
            let tenants = match only {
                Some(t) => vec![t],
                None => s.state().tenants()?.into_iter().map(|t| t.name).collect(),
            };
            let mut out = Vec::new();
            for t in tenants {
                match s.state().verify_invoice(&t, month, now_us()) {
                    Ok(v) => out.push(v),
                    // All tenants: one created after the month has no invoice to verify.
                    Err(StateError::NoInvoice(_)) if all => {}
                    // An invoice that cannot be made is not verified: say so, as a failure.
                    Err(StateError::Invoice(error)) if all => {
                        out.push(Verification::failed(&t, month, error));
                    }
                    Err(e) => return Err(e.into()),
                }
            }
            Ok(out)
        })
        .await?;
    Ok(Json(VerificationList {
        ok: results.iter().all(|v| v.ok),
        results,
    }))
}

/// A tenant's billing settings; absent fields are left as they are.
#[derive(Default, Deserialize, ToSchema)]
pub struct BillingSettings {
    /// IANA name (`Europe/Berlin`), `UTC` or a fixed offset (`+02:00`).
    time_zone: Option<String>,
    /// gCO₂e/kWh of the tenant's region, or `"deployment"` for the deployment's.
    #[schema(value_type = Option<Object>)]
    grid_intensity: Option<serde_json::Value>,
    /// `monthly`, `weekly` or `none`.
    budget_renewal: Option<String>,
}

/// The settings as stored.
#[derive(Serialize, ToSchema)]
pub struct BillingView {
    tenant: String,
    time_zone: String,
    /// gCO₂e/kWh, `null` for the deployment's.
    grid_intensity: Option<u64>,
    budget_renewal: String,
}

/// Sets a tenant's time zone (billing periods, budget renewal), grid intensity (CO₂e) or
/// budget renewal.
#[utoipa::path(put, path = "/v1/admin/tenants/{tenant}/billing", tag = "admin", params(("tenant" = String, Path)),
    request_body = BillingSettings, responses((status = 200, body = BillingView), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn set_billing(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(tenant): Path<String>,
    body: axum::body::Bytes,
) -> Result<Json<BillingView>, ApiError> {
    caller.require(Scope::Admin)?;
    let settings: BillingSettings = json_body(&body)?;
    let bad = |e: crate::billing::PeriodError| ApiError::bad_request(e.to_string());
    let zone = settings
        .time_zone
        .as_deref()
        .map(Zone::parse)
        .transpose()
        .map_err(bad)?;
    let renewal = settings
        .budget_renewal
        .as_deref()
        .map(Renewal::parse)
        .transpose()
        .map_err(bad)?;
    let grid = match settings.grid_intensity {
        None => None,
        Some(serde_json::Value::String(s)) if s == "deployment" => Some(None),
        Some(v) => Some(Some(v.as_u64().ok_or_else(|| {
            ApiError::bad_request(format!(
                "grid_intensity {v}: use whole gCO2e/kWh (e.g. 350) or \"deployment\""
            ))
        })?)),
    };
    let view = app
        .blocking(move |s| {
            s.set_tenant_billing(&tenant, zone.as_ref(), grid, renewal)?;
            let b = s.state().tenant_billing(&tenant)?;
            Ok(BillingView {
                tenant,
                time_zone: b.zone.name(),
                grid_intensity: b.grid,
                budget_renewal: b.renewal.name().to_string(),
            })
        })
        .await?;
    Ok(Json(view))
}
