//! The API's error type: a status, a message for `{"error": "..."}`, and optional extra fields
//! (diagnostics) and a `Retry-After`.
//!
//! | status | when |
//! | --- | --- |
//! | 400 | a malformed parameter or body, a plugin of the wrong kind |
//! | 401 | no `Authorization: Bearer` key, or an unknown or revoked one |
//! | 402 | the tenant's gas budget cannot cover the call's gas limit (nothing ran, nothing charged) |
//! | 403 | the key lacks the route's scope, or an admin key on a tenant route |
//! | 404 | no such SBOM, policy, plugin, tenant or key (for this tenant) |
//! | 409 | the tenant exists already; a tenant has as many plugins of its own as allowed |
//! | 413 | the body is over `--max-body-mib` |
//! | 422 | a document, policy or plugin was refused (with `diagnostics`) |
//! | 429 | over the tenant's rate or concurrency limit (with `Retry-After`) |
//! | 500 | anything else; the detail is logged with the request id, not returned |

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::gas::BudgetError;
use crate::service::ServiceError;
use crate::state::StateError;

/// The body of every error response.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    /// What went wrong and what to do.
    pub error: String,
    /// Diagnostics of a refused document or policy.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Vec<Object>>)]
    pub diagnostics: Option<serde_json::Value>,
}

/// An error answered to the client.
#[derive(Debug, thiserror::Error)]
#[error("{status}: {message}")]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// Shown to the client (for 5xx only logged; the client gets a generic message).
    pub message: String,
    /// Diagnostics, for 422.
    pub diagnostics: Option<serde_json::Value>,
    /// Seconds for `Retry-After`, for 429.
    pub retry_after: Option<u64>,
}

/// The detail of an error response, kept in the response's extensions for the request log.
#[derive(Clone, Debug)]
pub struct ErrorNote(pub String);

impl ApiError {
    /// An error with a status and message.
    pub fn new(status: StatusCode, message: impl Into<String>) -> Self {
        ApiError {
            status,
            message: message.into(),
            diagnostics: None,
            retry_after: None,
        }
    }

    /// 400.
    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, message)
    }

    /// 401.
    pub fn unauthorized(message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, message)
    }

    /// 403.
    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, message)
    }

    /// 404.
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, message)
    }

    /// 413 for a body over `limit` bytes.
    pub fn too_large(limit: usize) -> Self {
        Self::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!(
                "the request body is larger than this server accepts ({} MiB; the operator sets it with `traceguard serve --max-body-mib`)",
                limit >> 20
            ),
        )
    }

    /// 429 with `Retry-After`.
    pub fn too_many(message: impl Into<String>, retry_after: u64) -> Self {
        ApiError {
            retry_after: Some(retry_after.max(1)),
            ..Self::new(StatusCode::TOO_MANY_REQUESTS, message)
        }
    }

    /// 500.
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, message)
    }

    /// Attaches diagnostics (any serialisable list).
    pub fn with_diagnostics<T: Serialize>(mut self, diagnostics: &T) -> Self {
        self.diagnostics = serde_json::to_value(diagnostics).ok();
        self
    }
}

impl From<StateError> for ApiError {
    fn from(e: StateError) -> Self {
        let status = match &e {
            StateError::TenantExists(_) | StateError::TooManyPlugins { .. } => StatusCode::CONFLICT,
            StateError::InvalidTenantName(_)
            | StateError::InvalidKey(_)
            | StateError::Config(_)
            | StateError::Invoice(_) => StatusCode::BAD_REQUEST,
            StateError::UnknownTenant(_)
            | StateError::NoInvoice(_)
            | StateError::UnknownKey(_)
            | StateError::UnknownPlan(_) => StatusCode::NOT_FOUND,
            StateError::Locked { .. }
            | StateError::TooNew { .. }
            | StateError::Writer(_)
            | StateError::Db(_) => StatusCode::INTERNAL_SERVER_ERROR,
        };
        Self::new(status, e.to_string())
    }
}

impl From<BudgetError> for ApiError {
    fn from(e: BudgetError) -> Self {
        let status = match &e {
            BudgetError::UnknownTenant(_) => StatusCode::NOT_FOUND,
            BudgetError::Insufficient { .. } => StatusCode::PAYMENT_REQUIRED,
            BudgetError::BelowBase { .. } => StatusCode::BAD_REQUEST,
        };
        Self::new(status, e.to_string())
    }
}

impl From<ServiceError> for ApiError {
    fn from(e: ServiceError) -> Self {
        let status = match e {
            ServiceError::Budget(e) => return e.into(),
            ServiceError::State(e) => return e.into(),
            ServiceError::InvalidPolicy {
                ref diagnostics, ..
            } => {
                let diagnostics = serde_json::to_value(diagnostics).ok();
                return ApiError {
                    diagnostics,
                    ..Self::new(StatusCode::UNPROCESSABLE_ENTITY, e.to_string())
                };
            }
            ServiceError::Load(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ServiceError::InvalidConfig(_) => StatusCode::BAD_REQUEST,
            ServiceError::WrongKind { .. } | ServiceError::WrongInput { .. } => {
                StatusCode::BAD_REQUEST
            }
            ServiceError::UnknownPlugin(_)
            | ServiceError::NoSbom(_)
            | ServiceError::UnknownPolicy { .. }
            | ServiceError::NoPolicies(_)
            | ServiceError::UnknownSbom { .. } => StatusCode::NOT_FOUND,
            ServiceError::Document { .. } => StatusCode::INTERNAL_SERVER_ERROR,
        };
        Self::new(status, e.to_string())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let note = ErrorNote(self.message.clone());
        let error = if self.status.is_server_error() {
            super::INTERNAL.to_string()
        } else {
            self.message
        };
        let body = ErrorBody {
            error,
            diagnostics: self.diagnostics,
        };
        let mut response = (self.status, axum::Json(body)).into_response();
        if let Some(secs) = self.retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        response.extensions_mut().insert(note);
        response
    }
}
