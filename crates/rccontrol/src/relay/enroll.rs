//! Enrollment: a one-time code from the administrator becomes this device's
//! key; and `GET /v1/me`, what the relay binds the key to.

use super::url::RelayUrl;
use super::wire::{EnrollRequest, EnrollResponse, ErrorBody, ErrorKind, Me};
use crate::client::{ClientError, error_chain, http_client, is_tls};
use crate::secret::Secret;
use std::path::Path;
use std::time::Duration;

/// How long an enrollment or identity call may take.
const CALL_TIMEOUT: Duration = Duration::from_secs(15);

/// Why an enrollment or identity call failed. Never holds a code or a key.
#[derive(Debug, thiserror::Error)]
pub enum RelayError {
    /// The client could not be built (CA file, proxy).
    #[error(transparent)]
    Client(#[from] ClientError),
    /// The relay refused, with its reason.
    #[error("the relay refused ({}): {message}", kind_name(*.kind))]
    Refused {
        /// The relay's error kind.
        kind: ErrorKind,
        /// The relay's sentence.
        message: String,
    },
    /// The relay's certificate is not trusted.
    #[error(
        "the relay's certificate is not trusted ({0}): check relay_url, or add your company's CA file"
    )]
    Tls(String),
    /// The relay could not be reached, or did not answer in time.
    #[error("could not reach the relay ({0})")]
    Unreachable(String),
    /// The relay answered something else than its protocol.
    #[error("the relay answered HTTP {0} in an unknown way: is relay_url the relay's address?")]
    Unexpected(u16),
}

impl RelayError {
    /// Machine-readable kind (`rcctl --json`).
    pub fn kind(&self) -> &'static str {
        match self {
            RelayError::Client(_) => "client_setup",
            RelayError::Refused { kind, .. } => kind_name(*kind),
            RelayError::Tls(_) => "relay_tls",
            RelayError::Unreachable(_) => "relay_unreachable",
            RelayError::Unexpected(_) => "relay_unexpected",
        }
    }
}

fn kind_name(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::BadRequest => "bad_request",
        ErrorKind::Unauthorized => "unauthorized",
        ErrorKind::Revoked => "revoked",
        ErrorKind::EnrollmentRefused => "enrollment_refused",
        ErrorKind::Forbidden => "forbidden",
        ErrorKind::NotFound => "not_found",
        ErrorKind::MethodNotAllowed => "method_not_allowed",
        ErrorKind::Timeout => "timeout",
        ErrorKind::PayloadTooLarge => "payload_too_large",
        ErrorKind::UnsupportedMediaType => "unsupported_media_type",
        ErrorKind::RateLimited => "rate_limited",
        ErrorKind::Unavailable => "unavailable",
        ErrorKind::Internal => "internal",
    }
}

/// Where the relay is and how to reach it.
#[derive(Debug, Clone, Copy)]
pub struct Reach<'a> {
    /// The relay.
    pub url: &'a RelayUrl,
    /// An extra CA file (PEM).
    pub ca_file: Option<&'a Path>,
    /// A proxy URL.
    pub proxy: Option<&'a str>,
}

impl Reach<'_> {
    fn client(&self) -> Result<reqwest::Client, RelayError> {
        Ok(http_client(
            self.ca_file,
            self.proxy,
            Duration::from_secs(5),
            1,
        )?)
    }
}

/// Exchanges the one-time `code` for a device key (`device_name`: this
/// computer's name, shown to the administrator).
pub async fn enroll(
    reach: Reach<'_>,
    code: &Secret,
    device_name: &str,
) -> Result<EnrollResponse, RelayError> {
    let request = reach
        .client()?
        .post(reach.url.endpoint("/v1/enroll"))
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .body(super::client::json_body(&EnrollRequest {
            code: code.expose().trim().to_owned(),
            device_name: device_name.to_owned(),
        }));
    call(request).await
}

/// What the relay binds `key` to.
pub async fn me(reach: Reach<'_>, key: &Secret) -> Result<Me, RelayError> {
    let request = reach
        .client()?
        .get(reach.url.endpoint("/v1/me"))
        .bearer_auth(key.expose());
    call(request).await
}

async fn call<T: serde::de::DeserializeOwned>(
    request: reqwest::RequestBuilder,
) -> Result<T, RelayError> {
    let response = match tokio::time::timeout(CALL_TIMEOUT, request.send()).await {
        Err(_) => return Err(RelayError::Unreachable("no answer in 15 s".into())),
        Ok(Err(e)) if is_tls(&e) => return Err(RelayError::Tls(error_chain(&e))),
        Ok(Err(e)) => return Err(RelayError::Unreachable(error_chain(&e))),
        Ok(Ok(r)) => r,
    };
    let status = response.status().as_u16();
    let body = tokio::time::timeout(CALL_TIMEOUT, response.bytes())
        .await
        .map_err(|_| RelayError::Unreachable("the answer stopped".into()))?
        .map_err(|e| RelayError::Unreachable(error_chain(&e)))?;
    if status == 200 {
        return serde_json::from_slice(&body).map_err(|_| RelayError::Unexpected(status));
    }
    match serde_json::from_slice::<ErrorBody>(&body) {
        Ok(b) => Err(RelayError::Refused {
            kind: b.error.kind,
            message: b.error.message,
        }),
        Err(_) => Err(RelayError::Unexpected(status)),
    }
}
