//! The explorer's static files, embedded in the binary (no build step).

use axum::extract::Path;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

pub struct Asset {
    pub path: &'static str,
    pub mime: &'static str,
    pub body: &'static [u8],
}

macro_rules! asset {
    ($path:literal, $mime:literal) => {
        Asset {
            path: $path,
            mime: $mime,
            body: include_bytes!(concat!("../assets/", $path)),
        }
    };
}

pub const ASSETS: &[Asset] = &[
    asset!("index.html", "text/html; charset=utf-8"),
    asset!("app.css", "text/css; charset=utf-8"),
    asset!("favicon.svg", "image/svg+xml"),
    asset!("js/app.js", "text/javascript; charset=utf-8"),
    asset!("js/api.js", "text/javascript; charset=utf-8"),
    asset!("js/dom.js", "text/javascript; charset=utf-8"),
    asset!("js/format.js", "text/javascript; charset=utf-8"),
    asset!("js/claims.js", "text/javascript; charset=utf-8"),
    asset!("js/network.js", "text/javascript; charset=utf-8"),
    asset!("js/layout.js", "text/javascript; charset=utf-8"),
    asset!("js/timeline.js", "text/javascript; charset=utf-8"),
    asset!("js/actor.js", "text/javascript; charset=utf-8"),
    asset!("js/document.js", "text/javascript; charset=utf-8"),
    asset!("js/documents.js", "text/javascript; charset=utf-8"),
    asset!("js/ingest.js", "text/javascript; charset=utf-8"),
];

/// FNV-1a, for ETags.
fn etag(body: &[u8]) -> String {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in body {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("\"{h:016x}\"")
}

fn serve(a: &Asset, headers: &HeaderMap) -> Response {
    let tag = etag(a.body);
    let fresh = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == tag));
    let mut r = if fresh {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        ([(header::CONTENT_TYPE, a.mime)], a.body).into_response()
    };
    let h = r.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&tag) {
        h.insert(header::ETAG, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    r
}

pub fn find(path: &str) -> Option<&'static Asset> {
    ASSETS.iter().find(|a| a.path == path)
}

pub async fn index(headers: HeaderMap) -> Response {
    serve(
        find("index.html").expect("index.html is embedded"),
        &headers,
    )
}

pub async fn favicon(headers: HeaderMap) -> Response {
    serve(
        find("favicon.svg").expect("favicon.svg is embedded"),
        &headers,
    )
}

pub async fn file(Path(path): Path<String>, headers: HeaderMap) -> Response {
    match find(&path) {
        Some(a) => serve(a, &headers),
        None => crate::error::ApiError::not_found(format!("no such file: /assets/{path}"))
            .into_response(),
    }
}
