//! Refusals: every one is a `wire::ErrorBody` with `wire::ErrorKind`'s status.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rccontrol::relay::wire::{ErrorBody, ErrorDetail, ErrorKind};

/// One refusal, answered as `{"error": {"kind", "message", "field"?}}`.
#[derive(Debug, Clone)]
pub(crate) struct ApiError {
    kind: ErrorKind,
    message: String,
    field: Option<String>,
    retry_after_s: Option<u64>,
}

impl ApiError {
    /// A refusal of this kind.
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Self {
            kind,
            message: message.into(),
            field: None,
            retry_after_s: None,
        }
    }

    /// A 400 naming the field at fault.
    pub(crate) fn field(field: &str, message: impl Into<String>) -> Self {
        Self {
            field: Some(field.to_owned()),
            ..Self::new(ErrorKind::BadRequest, message)
        }
    }

    /// A 429 with `Retry-After`.
    pub(crate) fn rate_limited(message: impl Into<String>, retry_after_s: u64) -> Self {
        Self {
            retry_after_s: Some(retry_after_s.max(1)),
            ..Self::new(ErrorKind::RateLimited, message)
        }
    }

    /// 401: no key, or one the relay does not know.
    pub(crate) fn unauthorized() -> Self {
        Self::new(
            ErrorKind::Unauthorized,
            "a valid device key is required (Authorization: Bearer rcd_…)",
        )
    }

    /// 503: the database did not answer.
    pub(crate) fn unavailable() -> Self {
        Self::new(
            ErrorKind::Unavailable,
            "the relay's database is unavailable; try again shortly",
        )
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status =
            StatusCode::from_u16(self.kind.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = ErrorBody {
            error: ErrorDetail {
                kind: self.kind,
                message: self.message,
                field: self.field,
            },
        };
        let mut response = (status, Json(body)).into_response();
        if let Some(secs) = self.retry_after_s {
            if let Ok(v) = HeaderValue::from_str(&secs.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, v);
            }
        }
        response
    }
}

/// Unknown routes: 404 JSON.
pub(crate) async fn not_found() -> ApiError {
    ApiError::new(ErrorKind::NotFound, "no such endpoint")
}

/// A known route with another method: 405 JSON.
pub(crate) async fn method_not_allowed() -> ApiError {
    ApiError::new(
        ErrorKind::MethodNotAllowed,
        "this endpoint does not take this method",
    )
}
