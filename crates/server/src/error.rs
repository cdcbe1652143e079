//! Errors as JSON: `{"status": 404, "message": "no actor called \"Foo\" in the store"}`.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::Value;

/// An API error: a status code and a message that names the bad item.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
    /// Extra fields merged into the JSON body (per-item errors of an ingest).
    pub extra: Option<Value>,
}

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> Self {
        ApiError {
            status,
            message: message.into(),
            extra: None,
        }
    }
    pub fn bad_request(message: impl Into<String>) -> Self {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        ApiError::new(StatusCode::NOT_FOUND, message)
    }
    pub fn internal(message: impl std::fmt::Display) -> Self {
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, message.to_string())
    }
    pub fn with(mut self, extra: Value) -> Self {
        self.extra = Some(extra);
        self
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.status.as_u16(), self.message)
    }
}

impl From<rapport_store::StoreError> for ApiError {
    fn from(e: rapport_store::StoreError) -> Self {
        ApiError::internal(e)
    }
}

#[derive(serde::Serialize)]
struct Body {
    status: u16,
    message: String,
    #[serde(flatten)]
    extra: serde_json::Map<String, Value>,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut extra = match self.extra {
            Some(Value::Object(m)) => m,
            _ => serde_json::Map::new(),
        };
        extra.remove("status");
        extra.remove("message");
        let body = Body {
            status: self.status.as_u16(),
            message: self.message,
            extra,
        };
        (self.status, Json(body)).into_response()
    }
}
