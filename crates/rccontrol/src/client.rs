//! The hardened HTTP client for the Recording Control endpoint.

use crate::action::Action;
use crate::outcome::{self, Outcome, Report};
use crate::secret::Secret;
use crate::settings::{Config, Identity};
use crate::validate;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use std::error::Error as _;
use std::time::{Duration, Instant, SystemTime};

/// Largest body read; the rest is discarded unread.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// Characters percent-encoded in a path segment: everything RFC 3986 does not
/// allow in `pchar`, and `;`, which starts path parameters on some servers
/// (unreserved, the other sub-delims, `:` and `@` stay as they are).
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
    .remove(b'=')
    .remove(b':')
    .remove(b'@');

/// Timeouts and retry policy.
#[derive(Debug, Clone)]
pub struct ClientOptions {
    /// TCP + TLS connect timeout.
    pub connect_timeout: Duration,
    /// Whole action, retries and waits included.
    pub deadline: Duration,
    /// One attempt (connect, request, answer), within the deadline. An attempt
    /// that runs out of it (e.g. a stuck pooled connection) is retried once on
    /// a new connection.
    pub attempt_timeout: Duration,
    /// Retries after the first attempt (connection failures, an attempt that
    /// timed out, 5xx and 429 only).
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
            attempt_timeout: Duration::from_secs(3),
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
    /// Pooled connections: every first attempt.
    http: reqwest::Client,
    /// Built the same way, but keeps no idle connection: each request opens
    /// its own TCP + TLS connection. For the attempts after one that timed out.
    fresh: reqwest::Client,
    config: Config,
    token: Secret,
    options: ClientOptions,
}

/// A reqwest client the way every HTTPS call of the app is made: rustls,
/// HTTPS only, no redirects followed, the settings' CA file added to the
/// system roots, the settings' proxy (else the environment's).
pub(crate) fn http_client(
    ca_file: Option<&std::path::Path>,
    proxy: Option<&str>,
    connect_timeout: Duration,
    max_idle_per_host: usize,
) -> Result<reqwest::Client, ClientError> {
    let mut roots = Vec::new();
    if let Some(path) = ca_file {
        let pem = validate::ca_file(path)?;
        roots = reqwest::Certificate::from_pem_bundle(&pem)
            .map_err(|e| ClientError::Build(e.to_string()))?;
    }
    let proxy = match proxy {
        Some(proxy) => Some(
            reqwest::Proxy::all(proxy).map_err(|e| validate::FieldError {
                field: "proxy",
                problem: crate::msg!("proxy-refused", detail = e.to_string()),
            })?,
        ),
        None => None,
    };
    let mut builder = reqwest::Client::builder()
        .use_rustls_tls()
        .https_only(true)
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(connect_timeout)
        .pool_idle_timeout(Duration::from_secs(90))
        .pool_max_idle_per_host(max_idle_per_host)
        .tcp_nodelay(true)
        .user_agent(concat!("rccontrol/", env!("CARGO_PKG_VERSION")));
    for cert in roots {
        builder = builder.add_root_certificate(cert);
    }
    if let Some(proxy) = proxy {
        builder = builder.proxy(proxy);
    }
    builder
        .build()
        .map_err(|e| ClientError::Build(e.to_string()))
}

/// What one HTTP attempt gave.
enum Attempt {
    Answer {
        status: u16,
        location: Option<String>,
        /// `Retry-After`, when present and understood.
        retry_after: Option<Duration>,
        body: Vec<u8>,
    },
    /// No answer; whether a retry may help.
    Failed(Outcome, bool),
}

impl Client {
    /// The language its reports speak.
    pub fn texts(&self) -> &crate::Texts {
        &self.options.texts
    }

    /// Builds the client for validated settings and a token.
    pub fn new(config: Config, token: Secret, options: ClientOptions) -> Result<Self, ClientError> {
        let build = |max_idle_per_host: usize| {
            http_client(
                config.ca_file.as_deref(),
                config.proxy.as_deref(),
                options.connect_timeout,
                max_idle_per_host,
            )
        };
        Ok(Self {
            http: build(usize::MAX)?,
            fresh: build(0)?,
            config,
            token,
            options,
        })
    }

    /// The validated configuration in use.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The request URL for an action of the configured agent.
    pub fn url(&self, action: Action) -> String {
        self.url_as(action, &self.config.identity)
    }

    /// The request URL for an action of `identity` (the relay acts for many
    /// agents of one tenant with one client).
    pub fn url_as(&self, action: Action, identity: &Identity) -> String {
        let (kind, who) = match identity {
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
    /// an [`Outcome`].
    ///
    /// Each attempt gets `attempt_timeout`, all of them together `deadline`.
    /// Retries (PUT is idempotent), at most `max_retries`, each only if the
    /// deadline leaves time for it:
    /// - an attempt that timed out: once, at once, on a new connection (a
    ///   pooled connection can hang where a new one would not); later attempts
    ///   of this action stay on new connections;
    /// - a connection failure or a 5xx: after the backoff (doubling);
    /// - a 429: after its `Retry-After` (seconds or HTTP date), else the
    ///   backoff; a `Retry-After` past the deadline ends the action at once
    ///   with [`Outcome::RateLimited`].
    pub async fn send(&self, action: Action) -> Report {
        self.send_as(action, &self.config.identity).await
    }

    /// [`Client::send`] for `identity` instead of the configured agent: one
    /// client (one connection pool) for every agent of the tenant.
    pub async fn send_as(&self, action: Action, identity: &Identity) -> Report {
        let started = Instant::now();
        let deadline = started + self.options.deadline;
        let mut attempts = 0;
        let mut http_status = None;
        let mut fresh = false;
        let outcome = loop {
            attempts += 1;
            let remaining = deadline.saturating_duration_since(Instant::now());
            let budget = remaining.min(self.options.attempt_timeout);
            let http = if fresh { &self.fresh } else { &self.http };
            let backoff = self.options.backoff * 2u32.saturating_pow(attempts - 1);
            let result = tokio::time::timeout(budget, self.attempt(http, action, identity)).await;
            // How long to wait before the next attempt, if one may help.
            let (outcome, wait) = match result {
                Err(_) => {
                    // Only the attempt's own timeout, and only once: the deadline is final.
                    let retry = !fresh && budget < remaining;
                    fresh = true;
                    (Outcome::Timeout, retry.then_some(Duration::ZERO))
                }
                Ok(Attempt::Failed(outcome, retryable)) => (outcome, retryable.then_some(backoff)),
                Ok(Attempt::Answer {
                    status,
                    location,
                    retry_after,
                    body,
                }) => {
                    http_status = Some(status);
                    match outcome::classify(status, location, &body) {
                        Outcome::RateLimited { .. } => (
                            Outcome::RateLimited {
                                retry_after_ms: retry_after.map(millis),
                            },
                            Some(retry_after.unwrap_or(backoff)),
                        ),
                        outcome @ Outcome::ServerError { .. } => (outcome, Some(backoff)),
                        outcome => (outcome, None),
                    }
                }
            };
            let time_left = deadline.saturating_duration_since(Instant::now());
            match wait {
                Some(wait) if attempts <= self.options.max_retries && time_left > wait => {
                    tracing::debug!(
                        attempt = attempts,
                        kind = outcome.kind(),
                        wait_ms = millis(wait),
                        fresh,
                        "retrying"
                    );
                    tokio::time::sleep(wait).await;
                }
                _ => break outcome,
            }
        };
        let message = outcome.sentence(action, &self.config.tenant, &self.options.texts.get());
        Report {
            action,
            outcome,
            http_status,
            latency_ms: millis(started.elapsed()),
            attempts,
            message,
        }
    }

    async fn attempt(
        &self,
        http: &reqwest::Client,
        action: Action,
        identity: &Identity,
    ) -> Attempt {
        let request = http
            .put(self.url_as(action, identity))
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
        let header = |name| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let location = header(reqwest::header::LOCATION);
        let retry_after =
            header(reqwest::header::RETRY_AFTER).and_then(|v| retry_after(&v, SystemTime::now()));
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
        Attempt::Answer {
            status,
            location,
            retry_after,
            body,
        }
    }
}

/// A duration in whole milliseconds (saturating).
pub(crate) fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

/// The wait a `Retry-After` value asks for at `now`: delay-seconds, or an
/// HTTP date (IMF-fixdate, `Sun, 06 Nov 1994 08:49:37 GMT`; a date in the past
/// is no wait). `None` for anything else (RFC 9110 §10.2.3).
pub(crate) fn retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        // Too many digits for a u64: longer than any deadline anyway.
        return Some(Duration::from_secs(value.parse().unwrap_or(u64::MAX)));
    }
    let at = http_date(value)?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

/// Parses an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`); the day name is
/// checked for form only.
fn http_date(value: &str) -> Option<SystemTime> {
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let fields: Vec<&str> = value.split(' ').collect();
    let [day_name, day, month, year, time, "GMT"] = fields.as_slice() else {
        return None;
    };
    if !DAYS.iter().any(|d| day_name.strip_suffix(',') == Some(*d)) {
        return None;
    }
    let number = |s: &str, len: usize| -> Option<i64> {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let day = number(day, 2)?;
    let month = i64::try_from(MONTHS.iter().position(|m| m == month)? + 1).ok()?;
    let year = number(year, 4)?;
    let hms: Vec<&str> = time.split(':').collect();
    let [h, m, sec] = hms.as_slice() else {
        return None;
    };
    let (h, m, sec) = (number(h, 2)?, number(m, 2)?, number(sec, 2)?);
    if !(1..=31).contains(&day) || h > 23 || m > 59 || sec > 60 {
        return None;
    }
    let secs = days_from_civil(year, month, day) * 86_400 + h * 3600 + m * 60 + sec;
    // Before 1970 is simply in the past.
    Some(SystemTime::UNIX_EPOCH + Duration::from_secs(u64::try_from(secs).unwrap_or(0)))
}

/// Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Maps a transport error to an outcome, and whether a retry may help.
pub(crate) fn transport_outcome(e: &reqwest::Error) -> (Outcome, bool) {
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

pub(crate) fn is_tls(e: &reqwest::Error) -> bool {
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
pub(crate) fn error_chain(e: &reqwest::Error) -> String {
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
        client_in("acme01", email, agent)
    }

    fn client_in(tenant: &str, email: Option<&str>, agent: Option<&str>) -> Client {
        let s = Settings {
            cluster: Some("vcc-na7".into()),
            tenant: Some(tenant.into()),
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
        let c = client(Some("jörg;ü?x#y%z@ex.de"), None);
        assert_eq!(
            c.url(Action::Resume),
            "https://vcc-na7.8x8.com/api/tstats/rccontrol/resume/acme01/email/j%C3%B6rg%3B%C3%BC%3Fx%23y%25z@ex.de"
        );
        // `;` would start path parameters on some servers: encoded everywhere,
        // while the other sub-delims stay as typed.
        let c = client_in("ac;me", None, Some("a;b!$&'()*+,=:@"));
        assert!(
            c.url(Action::Pause)
                .ends_with("/pause/ac%3Bme/agentId/a%3Bb!$&'()*+,=:@"),
            "{}",
            c.url(Action::Pause)
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
    fn retry_after_in_seconds_and_as_a_date() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777); // Sun, 06 Nov 1994 08:49:37 GMT
        assert_eq!(retry_after("1", now), Some(Duration::from_secs(1)));
        assert_eq!(retry_after(" 120 ", now), Some(Duration::from_secs(120)));
        assert_eq!(retry_after("0", now), Some(Duration::ZERO));
        assert_eq!(
            retry_after("99999999999999999999999", now),
            Some(Duration::from_secs(u64::MAX))
        );
        assert_eq!(
            retry_after("Sun, 06 Nov 1994 08:50:07 GMT", now),
            Some(Duration::from_secs(30))
        );
        assert_eq!(
            retry_after("Mon, 07 Nov 1994 08:49:37 GMT", now),
            Some(Duration::from_secs(86_400))
        );
        // In the past: no wait.
        assert_eq!(
            retry_after("Sat, 05 Nov 1994 08:49:37 GMT", now),
            Some(Duration::ZERO)
        );
        for bad in [
            "",
            "-1",
            "1.5",
            "soon",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "Sun, 6 Nov 1994 08:49:37 GMT",
            "Sun, 06 Foo 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 24:00:00 GMT",
            "Xyz, 06 Nov 1994 08:49:37 GMT",
        ] {
            assert_eq!(retry_after(bad, now), None, "{bad:?}");
        }
    }

    #[test]
    fn http_dates_count_days_like_the_calendar() {
        let at = |s: &str| {
            http_date(s)
                .unwrap()
                .duration_since(SystemTime::UNIX_EPOCH)
                .unwrap()
                .as_secs()
        };
        assert_eq!(at("Thu, 01 Jan 1970 00:00:00 GMT"), 0);
        assert_eq!(at("Sun, 06 Nov 1994 08:49:37 GMT"), 784_111_777);
        assert_eq!(at("Tue, 29 Feb 2000 00:00:00 GMT"), 951_782_400);
        assert_eq!(at("Wed, 01 Mar 2000 00:00:00 GMT"), 951_868_800);
        assert_eq!(at("Fri, 31 Dec 2049 23:59:59 GMT"), 2_524_607_999);
        assert_eq!(
            at("Wed, 31 Dec 1969 23:59:59 GMT"),
            0,
            "before 1970 is the past"
        );
    }

    #[test]
    fn the_defaults_give_each_attempt_three_seconds_of_eight() {
        let o = ClientOptions::default();
        assert_eq!(
            (o.attempt_timeout, o.deadline),
            (Duration::from_secs(3), Duration::from_secs(8))
        );
    }

    #[test]
    fn debug_output_has_no_token() {
        let c = client(Some("a@b"), None);
        let dbg = format!("{c:?}");
        assert!(dbg.contains("Secret(<redacted>)"));
    }
}
