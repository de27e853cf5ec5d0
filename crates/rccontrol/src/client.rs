//! The hardened HTTP client for the Recording Control endpoint.

use crate::action::Action;
use crate::outcome::{self, Outcome, Report};
use crate::secret::Secret;
use crate::settings::{Config, Identity};
use crate::validate;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use std::error::Error as _;
use std::time::{Duration, Instant};

/// Largest body read; the rest is discarded unread.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// Characters percent-encoded in a path segment: everything RFC 3986 does not
/// allow in `pchar` (unreserved, sub-delims, `:` and `@` stay as they are).
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'!')
    .remove(b'$')
    .remove(b'&')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')')
    .remove(b'*')
    .remove(b'+')
    .remove(b',')
    .remove(b';')
    .remove(b'=')
    .remove(b':')
    .remove(b'@');

/// Timeouts and retry policy.
#[derive(Debug, Clone)]
pub struct ClientOptions {
    /// TCP + TLS connect timeout.
    pub connect_timeout: Duration,
    /// Whole action, retries included.
    pub deadline: Duration,
    /// Retries after the first attempt (connection failures and 5xx only).
    pub max_retries: u32,
    /// First backoff; doubles for each retry.
    pub backoff: Duration,
    /// The language of [`Report::message`].
    pub texts: crate::Texts,
}

impl Default for ClientOptions {
    fn default() -> Self {
        Self {
            connect_timeout: Duration::from_secs(3),
            deadline: Duration::from_secs(8),
            max_retries: 2,
            backoff: Duration::from_millis(250),
            texts: crate::Texts::default(),
        }
    }
}

/// Errors building the client (bad CA file or proxy).
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// A setting was rejected.
    #[error(transparent)]
    Field(#[from] validate::FieldError),
    /// The TLS/HTTP stack could not be set up.
    #[error("could not set up the HTTPS client: {0}")]
    Build(String),
}

/// One long-lived client: connections stay pooled, so the next press skips the
/// TLS handshake. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    config: Config,
    token: Secret,
    options: ClientOptions,
}

enum Attempt {
    Answer(u16, Option<String>, Vec<u8>),
    Failed(Outcome, bool),
}

impl Client {
    /// The language its reports speak.
    pub fn texts(&self) -> &crate::Texts {
        &self.options.texts
    }

    /// Builds the client for validated settings and a token.
    pub fn new(config: Config, token: Secret, options: ClientOptions) -> Result<Self, ClientError> {
        let mut builder = reqwest::Client::builder()
            .use_rustls_tls()
            .https_only(true)
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(options.connect_timeout)
            .pool_idle_timeout(Duration::from_secs(90))
            .tcp_nodelay(true)
            .user_agent(concat!("rccontrol/", env!("CARGO_PKG_VERSION")));
        if let Some(path) = &config.ca_file {
            let pem = validate::ca_file(path)?;
            for cert in reqwest::Certificate::from_pem_bundle(&pem)
                .map_err(|e| ClientError::Build(e.to_string()))?
            {
                builder = builder.add_root_certificate(cert);
            }
        }
        if let Some(proxy) = &config.proxy {
            let proxy = reqwest::Proxy::all(proxy).map_err(|e| validate::FieldError {
                field: "proxy",
                problem: crate::msg!("proxy-refused", detail = e.to_string()),
            })?;
            builder = builder.proxy(proxy);
        }
        let http = builder
            .build()
            .map_err(|e| ClientError::Build(e.to_string()))?;
        Ok(Self {
            http,
            config,
            token,
            options,
        })
    }

    /// The validated configuration in use.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The request URL for an action.
    pub fn url(&self, action: Action) -> String {
        let (kind, who) = match &self.config.identity {
            Identity::Email(e) => ("email", e.as_str()),
            Identity::AgentId(a) => ("agentId", a.as_str()),
        };
        format!(
            "https://{}/api/tstats/rccontrol/{}/{}/{}/{}",
            self.config.host,
            action.as_str(),
            utf8_percent_encode(&self.config.tenant, SEGMENT),
            kind,
            utf8_percent_encode(who, SEGMENT)
        )
    }

    /// Sends the action and classifies the answer. Never fails: every failure is
    /// an [`Outcome`]. Retries at most `max_retries` times on connection failure
    /// or 5xx, within the deadline.
    pub async fn send(&self, action: Action) -> Report {
        let started = Instant::now();
        let deadline = started + self.options.deadline;
        let mut attempts = 0;
        let mut http_status = None;
        let outcome = loop {
            attempts += 1;
            let remaining = deadline.saturating_duration_since(Instant::now());
            let result = tokio::time::timeout(remaining, self.attempt(action)).await;
            let (outcome, retryable) = match result {
                Err(_) => (Outcome::Timeout, false),
                Ok(Attempt::Failed(outcome, retryable)) => (outcome, retryable),
                Ok(Attempt::Answer(status, location, body)) => {
                    http_status = Some(status);
                    let outcome = outcome::classify(status, location, &body);
                    let retryable = matches!(outcome, Outcome::ServerError { .. });
                    (outcome, retryable)
                }
            };
            let backoff = self.options.backoff * 2u32.saturating_pow(attempts - 1);
            let time_left = deadline.saturating_duration_since(Instant::now());
            if retryable && attempts <= self.options.max_retries && time_left > backoff {
                tracing::debug!(attempt = attempts, kind = outcome.kind(), "retrying");
                tokio::time::sleep(backoff).await;
                continue;
            }
            break outcome;
        };
        let message = outcome.sentence(action, &self.config.tenant, &self.options.texts.get());
        Report {
            action,
            outcome,
            http_status,
            latency_ms: u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
            attempts,
            message,
        }
    }

    async fn attempt(&self, action: Action) -> Attempt {
        let request = self
            .http
            .put(self.url(action))
            .basic_auth(&self.config.tenant, Some(self.token.expose()))
            .header(reqwest::header::CONTENT_LENGTH, "0");
        let mut response = match request.send().await {
            Ok(r) => r,
            Err(e) => {
                let (outcome, retryable) = transport_outcome(&e);
                return Attempt::Failed(outcome, retryable);
            }
        };
        let status = response.status().as_u16();
        let location = response
            .headers()
            .get(reqwest::header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let mut body = Vec::new();
        loop {
            match response.chunk().await {
                Ok(Some(chunk)) => {
                    let room = MAX_BODY_BYTES - body.len();
                    body.extend_from_slice(&chunk[..chunk.len().min(room)]);
                    if body.len() >= MAX_BODY_BYTES {
                        break;
                    }
                }
                Ok(None) => break,
                // A body cut short still carries the status; classify what arrived.
                Err(_) => break,
            }
        }
        Attempt::Answer(status, location, body)
    }
}

/// Maps a transport error to an outcome, and whether a retry may help.
fn transport_outcome(e: &reqwest::Error) -> (Outcome, bool) {
    let chain = error_chain(e);
    if is_tls(e) {
        return (Outcome::Tls { detail: chain }, false);
    }
    if e.is_timeout() {
        return (Outcome::Timeout, e.is_connect());
    }
    // Connection refused/reset, closed before an answer: PUT is idempotent, retry.
    (Outcome::Network { detail: chain }, true)
}

fn is_tls(e: &reqwest::Error) -> bool {
    let mut source = e.source();
    while let Some(s) = source {
        if s.downcast_ref::<rustls::Error>().is_some() {
            return true;
        }
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            if io
                .get_ref()
                .is_some_and(|inner| inner.downcast_ref::<rustls::Error>().is_some())
            {
                return true;
            }
        }
        source = s.source();
    }
    let text = error_chain(e).to_ascii_lowercase();
    text.contains("certificate") || text.contains("handshake")
}

/// The error and its sources in one line (URLs removed: they carry the e-mail).
fn error_chain(e: &reqwest::Error) -> String {
    let mut parts = vec![e.without_url_ref()];
    let mut source = e.source();
    while let Some(s) = source {
        parts.push(s.to_string());
        source = s.source();
    }
    parts.dedup();
    parts.join(": ")
}

trait WithoutUrl {
    fn without_url_ref(&self) -> String;
}

impl WithoutUrl for reqwest::Error {
    fn without_url_ref(&self) -> String {
        let kind = if self.is_connect() {
            "connect error"
        } else if self.is_timeout() {
            "timeout"
        } else if self.is_request() {
            "request error"
        } else if self.is_body() {
            "body error"
        } else {
            "error"
        };
        kind.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::Settings;

    fn client(email: Option<&str>, agent: Option<&str>) -> Client {
        let s = Settings {
            cluster: Some("vcc-na7".into()),
            tenant: Some("acme01".into()),
            email: email.map(Into::into),
            agent_id: agent.map(Into::into),
            ..Settings::default()
        };
        let (_, config) = s.validate().unwrap();
        Client::new(config, Secret::new("x"), ClientOptions::default()).unwrap()
    }

    #[test]
    fn urls_encode_only_what_a_segment_forbids() {
        let c = client(Some("first.last+cc@example.com"), None);
        assert_eq!(
            c.url(Action::Pause),
            "https://vcc-na7.8x8.com/api/tstats/rccontrol/pause/acme01/email/first.last+cc@example.com"
        );
        let c = client(Some("jörg/ü?x#y%z@ex.de"), None);
        assert_eq!(
            c.url(Action::Resume),
            "https://vcc-na7.8x8.com/api/tstats/rccontrol/resume/acme01/email/j%C3%B6rg%2F%C3%BC%3Fx%23y%25z@ex.de"
        );
        let c = client(None, Some("ag-1001"));
        assert!(
            c.url(Action::Pause)
                .ends_with("/pause/acme01/agentId/ag-1001")
        );
        // The url crate keeps the path exactly as built.
        let parsed = url::Url::parse(&c.url(Action::Pause)).unwrap();
        assert_eq!(parsed.as_str(), c.url(Action::Pause));
    }

    #[test]
    fn debug_output_has_no_token() {
        let c = client(Some("a@b"), None);
        let dbg = format!("{c:?}");
        assert!(dbg.contains("Secret(<redacted>)"));
    }
}
