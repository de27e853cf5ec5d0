//! The desktop's side of relay mode: actions go to the relay with this
//! device's key, and come back in the same outcome model as a direct call.

use super::url::RelayUrl;
use super::wire::{ActionRequest, ActionResponse, ErrorBody, ErrorKind};
use crate::action::{Action, Trigger};
use crate::client::{
    ClientError, ClientOptions, error_chain, http_client, is_tls, millis, retry_after,
};
use crate::controller::ActionSender;
use crate::outcome::{self, Outcome, Report};
use crate::secret::Secret;
use crate::texts::Texts;
use std::future::Future;
use std::path::Path;
use std::pin::Pin;
use std::time::{Duration, Instant, SystemTime};

/// The most of an answer read.
const MAX_ANSWER_BYTES: usize = 64 * 1024;

/// How much longer than 8x8's own deadline the desktop waits for the relay:
/// the relay's database writes and the extra hop.
pub const RELAY_MARGIN: Duration = Duration::from_secs(2);

/// Sends actions through the relay. Cheap to clone; connections stay pooled.
#[derive(Clone)]
pub struct RelayClient {
    http: reqwest::Client,
    url: RelayUrl,
    key: Secret,
    tenant: String,
    options: ClientOptions,
}

impl std::fmt::Debug for RelayClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RelayClient")
            .field("url", &self.url.to_string())
            .field("tenant", &self.tenant)
            .finish_non_exhaustive()
    }
}

impl RelayClient {
    /// A client of the relay at `url` with this device's `key`. `tenant` names
    /// the tenant in messages; `ca_file` and `proxy` as for a direct client.
    pub fn new(
        url: RelayUrl,
        key: Secret,
        tenant: String,
        ca_file: Option<&Path>,
        proxy: Option<&str>,
        options: ClientOptions,
    ) -> Result<Self, ClientError> {
        let http = http_client(ca_file, proxy, options.connect_timeout, usize::MAX)?;
        Ok(Self {
            http,
            url,
            key,
            tenant,
            options,
        })
    }

    /// The relay's address.
    pub fn url(&self) -> &RelayUrl {
        &self.url
    }

    /// Asks the relay for `action` for this device's agent. Never fails:
    /// every failure is an [`Outcome`]. A connection that could not be made
    /// (nothing sent) is tried once more after the backoff.
    pub async fn act(&self, action: Action, trigger: Trigger) -> Report {
        let started = Instant::now();
        let deadline = self.options.deadline + RELAY_MARGIN;
        let mut attempts = 0;
        let (outcome, http_status) = loop {
            attempts += 1;
            let left = deadline.saturating_sub(started.elapsed());
            let answer = tokio::time::timeout(left, self.attempt(action, trigger)).await;
            let (outcome, status) = match answer {
                Err(_) => (Outcome::Timeout, None),
                Ok(a) => a,
            };
            let retry = matches!(outcome, Outcome::RelayUnreachable { .. })
                && attempts <= self.options.max_retries.min(1)
                && started.elapsed() + self.options.backoff < deadline;
            if !retry {
                break (outcome, status);
            }
            tokio::time::sleep(self.options.backoff).await;
        };
        let message = outcome.sentence(action, &self.tenant, &self.options.texts.get());
        Report {
            action,
            outcome,
            http_status,
            latency_ms: millis(started.elapsed()),
            attempts,
            message,
        }
    }

    async fn attempt(&self, action: Action, trigger: Trigger) -> (Outcome, Option<u16>) {
        let request = self
            .http
            .post(self.url.endpoint("/v1/actions"))
            .bearer_auth(self.key.expose())
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(&ActionRequest { action, trigger }));
        match request.send().await {
            Ok(response) => {
                let status = response.status().as_u16();
                let retry = response
                    .headers()
                    .get(reqwest::header::RETRY_AFTER)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| retry_after(v, SystemTime::now()));
                let body = read_bounded(response).await;
                answer_outcome(status, retry, &body)
            }
            Err(e) => (transport(&e), None),
        }
    }
}

/// A request body as JSON (the wire types always serialize).
pub(crate) fn json_body<T: serde::Serialize>(value: &T) -> Vec<u8> {
    serde_json::to_vec(value).unwrap_or_default()
}

/// What an answer of the relay means, and 8x8's status inside it.
fn answer_outcome(status: u16, retry: Option<Duration>, body: &[u8]) -> (Outcome, Option<u16>) {
    match status {
        200 => match serde_json::from_slice::<ActionResponse>(body) {
            Ok(r) => (r.outcome, r.http_status),
            Err(_) => (
                Outcome::Unrecognised {
                    snippet: outcome::snippet(body),
                },
                None,
            ),
        },
        401 => {
            let revoked = serde_json::from_slice::<ErrorBody>(body)
                .is_ok_and(|b| b.error.kind == ErrorKind::Revoked);
            (Outcome::DeviceRefused { revoked }, None)
        }
        429 => (
            Outcome::RelayLimited {
                retry_after_ms: retry.map(millis),
            },
            None,
        ),
        300..=399 => (
            Outcome::Redirected {
                status,
                location: None,
            },
            None,
        ),
        500..=599 => (Outcome::RelayFailed { status }, None),
        // 400, 403, 404, 405, 408, 413, 415 and any other: the relay refused
        // the request as such; nothing went to 8x8.
        _ => (Outcome::BadRequest { status }, None),
    }
}

/// A failure before any answer.
fn transport(e: &reqwest::Error) -> Outcome {
    if is_tls(e) {
        Outcome::Tls {
            detail: error_chain(e),
        }
    } else if e.is_timeout() {
        Outcome::Timeout
    } else if e.is_connect() {
        Outcome::RelayUnreachable {
            detail: error_chain(e),
        }
    } else {
        // The request may have reached the relay: unknown.
        Outcome::Network {
            detail: error_chain(e),
        }
    }
}

async fn read_bounded(mut response: reqwest::Response) -> Vec<u8> {
    let mut body = Vec::new();
    while let Ok(Some(chunk)) = response.chunk().await {
        let room = MAX_ANSWER_BYTES.saturating_sub(body.len());
        body.extend_from_slice(&chunk[..chunk.len().min(room)]);
        if body.len() >= MAX_ANSWER_BYTES {
            break;
        }
    }
    body
}

impl ActionSender for RelayClient {
    fn send(&self, action: Action) -> Pin<Box<dyn Future<Output = Report> + Send + '_>> {
        Box::pin(self.act(action, Trigger::Cli))
    }
    fn send_for(
        &self,
        action: Action,
        trigger: Trigger,
    ) -> Pin<Box<dyn Future<Output = Report> + Send + '_>> {
        Box::pin(self.act(action, trigger))
    }
    fn tenant(&self) -> &str {
        &self.tenant
    }
    fn texts(&self) -> Texts {
        self.options.texts.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_relays_answers_keep_their_families() {
        let ok = br#"{"action":"pause","outcome":{"kind":"no_active_call"},"http_status":200,"latency_ms":1,"attempts":1,"audit_id":"au_1"}"#;
        assert_eq!(
            answer_outcome(200, None, ok),
            (Outcome::NoActiveCall, Some(200))
        );
        let revoked = br#"{"error":{"kind":"revoked","message":"m"}}"#;
        assert_eq!(
            answer_outcome(401, None, revoked).0.exit_code(),
            Outcome::Unauthorized { status: 401 }.exit_code()
        );
        assert_eq!(
            answer_outcome(401, None, revoked).0,
            Outcome::DeviceRefused { revoked: true }
        );
        assert_eq!(
            answer_outcome(401, None, b"").0,
            Outcome::DeviceRefused { revoked: false }
        );
        let limited = answer_outcome(429, Some(Duration::from_secs(3)), b"").0;
        assert_eq!(
            limited,
            Outcome::RelayLimited {
                retry_after_ms: Some(3000)
            }
        );
        assert_eq!(limited.exit_code(), 12);
        assert_eq!(answer_outcome(503, None, b"").0.exit_code(), 8);
        assert_eq!(answer_outcome(415, None, b"").0.exit_code(), 7);
        assert!(matches!(
            answer_outcome(200, None, b"<html>").0,
            Outcome::Unrecognised { .. }
        ));
    }
}
