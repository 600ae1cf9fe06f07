//! The web UI (`host/ui/`), embedded in the binary: three files, no build step. Served with
//! `Cache-Control: no-cache` (their names carry no content hash) and a strict CSP (the UI has
//! no inline script or style).

use axum::http::header;
use axum::response::{IntoResponse, Response};

const INDEX_HTML: &str = include_str!("../../ui/index.html");
const APP_JS: &str = include_str!("../../ui/app.js");
const APP_CSS: &str = include_str!("../../ui/app.css");

/// The policy `host/ui/README.md` documents and checks.
const CSP: &str = "default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

fn file(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "no-cache"),
            (header::CONTENT_SECURITY_POLICY, CSP),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        body,
    )
        .into_response()
}

/// `/`: the page shell.
pub async fn index() -> Response {
    file("text/html; charset=utf-8", INDEX_HTML)
}

/// `/app.js`: the whole UI.
pub async fn script() -> Response {
    file("text/javascript; charset=utf-8", APP_JS)
}

/// `/app.css`: its styles.
pub async fn style() -> Response {
    file("text/css; charset=utf-8", APP_CSS)
}
