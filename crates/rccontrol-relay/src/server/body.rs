//! Request bodies: `application/json` only (415), at most `body_bytes` (413),
//! a JSON object whose every field is known (400 naming the field).

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::http::{HeaderMap, StatusCode, header};
use rccontrol::relay::wire::ErrorKind;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::error::ApiError;

/// The body as a JSON object with only `allowed` fields.
pub(crate) fn object(
    headers: &HeaderMap,
    body: Result<Bytes, BytesRejection>,
    allowed: &[&str],
) -> Result<Map<String, Value>, ApiError> {
    let json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"));
    if !json {
        return Err(ApiError::new(
            ErrorKind::UnsupportedMediaType,
            "the body must be sent as Content-Type: application/json",
        ));
    }
    let bytes = body.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(ErrorKind::PayloadTooLarge, "the body is too large")
        } else {
            ApiError::new(ErrorKind::BadRequest, "the body could not be read")
        }
    })?;
    let value: Value = serde_json::from_slice(&bytes)
        .map_err(|e| ApiError::new(ErrorKind::BadRequest, format!("malformed JSON: {e}")))?;
    let Value::Object(map) = value else {
        return Err(ApiError::new(
            ErrorKind::BadRequest,
            "the body must be a JSON object",
        ));
    };
    if let Some(unknown) = map.keys().find(|k| !allowed.contains(&k.as_str())) {
        let shown: String = unknown.chars().take(64).collect();
        return Err(ApiError::field(
            &shown,
            format!(
                "unknown field `{shown}`, expected one of: {}",
                allowed.join(", ")
            ),
        ));
    }
    Ok(map)
}

/// A required field. `secret`: the value is never echoed in the message.
pub(crate) fn take<T: DeserializeOwned>(
    map: &mut Map<String, Value>,
    name: &str,
    secret: bool,
) -> Result<T, ApiError> {
    let value = map
        .remove(name)
        .ok_or_else(|| ApiError::field(name, format!("missing field `{name}`")))?;
    serde_json::from_value(value).map_err(|e| {
        if secret {
            ApiError::field(name, format!("field `{name}` must be a string"))
        } else {
            ApiError::field(name, format!("field `{name}`: {e}"))
        }
    })
}
