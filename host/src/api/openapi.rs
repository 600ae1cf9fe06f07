//! The OpenAPI document at `/v1/openapi.json`, generated from the handlers' `#[utoipa::path]`
//! attributes and the types they name (utoipa 5 writes OpenAPI 3.1).

use axum::Json;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi};

use super::{admin, billing, gas, invoke, ops, plugins, policies, sboms};

/// Every route of the API.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "TraceGuard API",
        license(name = "Apache-2.0"),
        description = "Sandboxed, gas-metered supply-chain plugins over DuckDB. Every /v1 route but this \
            document needs `Authorization: Bearer <key>`; the tenant is the key's. Errors are \
            `{\"error\": \"...\"}`. Invoking routes answer with X-Gas-Used and X-Gas-Remaining."
    ),
    paths(
        sboms::me, sboms::list, sboms::upload, sboms::show, sboms::components, sboms::dependencies,
        sboms::diagnostics, sboms::findings, sboms::search, sboms::diff, sboms::report,
        plugins::list, plugins::inspect, plugins::install, invoke::invoke,
        gas::usage, gas::report, gas::budget, billing::invoice,
        policies::add, policies::list, policies::eval,
        admin::tenants, admin::create_tenant, admin::set_budget, admin::set_validation, admin::set_plan, admin::plans, admin::add_plan, admin::plan, billing::invoices, billing::verify, billing::set_billing, admin::create_key, admin::keys, admin::revoke_key,
        ops::live, ops::ready, ops::metrics,
    ),
    modifiers(&BearerAuth),
    security(("bearer" = [])),
    tags(
        (name = "sboms", description = "upload, browse, search and compare SBOMs"),
        (name = "plugins", description = "list, inspect, install and invoke plugins"),
        (name = "gas", description = "usage, reports, budget and invoices"),
        (name = "policies", description = "tenant policies and their evaluation"),
        (name = "admin", description = "tenants and API keys (admin keys only)"),
        (name = "ops", description = "health checks and metrics (no key needed)"),
    )
)]
pub struct ApiDoc;

/// Declares the `bearer` security scheme the document's `security` refers to.
struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
    }
}

/// `GET /v1/openapi.json`.
pub async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
