//! Every way an action can end, as a closed enum with one plain sentence and one
//! exit code per variant, and the classifier for the API's undocumented bodies.

use crate::action::Action;
use rccontrol_i18n::{Localizer, tr};
use serde::{Deserialize, Serialize};

/// How many characters of an unrecognised body are kept for the log.
pub const SNIPPET_CHARS: usize = 200;

/// The result of one action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Outcome {
    /// 200 and the body says success: the action was accepted.
    Applied,
    /// 200 "nothing to be modified" / "active transaction does not exist".
    NoActiveCall,
    /// 200 "not enabled": recording is not enabled for this agent.
    NotEnabled,
    /// 2xx whose body is none of the documented answers: state unconfirmed.
    Unrecognised {
        /// First [`SNIPPET_CHARS`] characters of the body, control characters escaped.
        snippet: String,
    },
    /// 400 (and other 4xx not listed below): the request was refused as malformed.
    BadRequest {
        /// The HTTP status.
        status: u16,
    },
    /// 401/403: tenant or token rejected.
    Unauthorized {
        /// The HTTP status.
        status: u16,
    },
    /// 404: the agent is not known in the tenant.
    AgentNotFound,
    /// 5xx after the retries.
    ServerError {
        /// The HTTP status.
        status: u16,
    },
    /// 429 after the retries the deadline allowed: 8x8 refused the request for
    /// now, so nothing was applied.
    RateLimited {
        /// The last `Retry-After` 8x8 sent, in milliseconds (seconds or an HTTP
        /// date, converted), if any.
        retry_after_ms: Option<u64>,
    },
    /// 3xx: not followed (credentials are never replayed to another host).
    Redirected {
        /// The HTTP status.
        status: u16,
        /// The Location header, if any.
        location: Option<String>,
    },
    /// No answer within the deadline.
    Timeout,
    /// Connection refused, reset, DNS failure…
    Network {
        /// What the transport said.
        detail: String,
    },
    /// The TLS handshake failed (certificate not trusted, wrong host…).
    Tls {
        /// What the TLS layer said.
        detail: String,
    },
    /// Relay mode: the relay refused this device's key (HTTP 401). Nothing
    /// was sent to 8x8.
    DeviceRefused {
        /// True when the key was revoked or replaced; false when the relay
        /// does not know it at all.
        revoked: bool,
    },
    /// Relay mode: the relay is limiting this device's requests (HTTP 429).
    /// Nothing was sent to 8x8.
    RelayLimited {
        /// The relay's `Retry-After`, in milliseconds, if any.
        retry_after_ms: Option<u64>,
    },
    /// Relay mode: no connection to the relay could be made. Nothing was sent.
    RelayUnreachable {
        /// What the transport said.
        detail: String,
    },
    /// Relay mode: the relay answered with a 5xx of its own; whether 8x8
    /// got the action is unknown.
    RelayFailed {
        /// The relay's HTTP status.
        status: u16,
    },
}

impl Outcome {
    /// Stable snake_case name, used in the audit log and `--json`.
    pub fn kind(&self) -> &'static str {
        match self {
            Outcome::Applied => "applied",
            Outcome::NoActiveCall => "no_active_call",
            Outcome::NotEnabled => "not_enabled",
            Outcome::Unrecognised { .. } => "unrecognised",
            Outcome::BadRequest { .. } => "bad_request",
            Outcome::Unauthorized { .. } => "unauthorized",
            Outcome::AgentNotFound => "agent_not_found",
            Outcome::ServerError { .. } => "server_error",
            Outcome::RateLimited { .. } => "rate_limited",
            Outcome::Redirected { .. } => "redirected",
            Outcome::Timeout => "timeout",
            Outcome::Network { .. } => "network",
            Outcome::Tls { .. } => "tls",
            Outcome::DeviceRefused { .. } => "device_refused",
            Outcome::RelayLimited { .. } => "relay_rate_limited",
            Outcome::RelayUnreachable { .. } => "relay_unreachable",
            Outcome::RelayFailed { .. } => "relay_failed",
        }
    }

    /// The `rcctl` exit code (documented in the README and `--help`).
    ///
    /// 0 applied, 3 no active call, 4 not enabled, 5 unauthorized, 6 agent not
    /// found, 7 bad request, 8 server error, 9 redirect/timeout/network/TLS,
    /// 10 unrecognised, 12 rate limited (HTTP 429). In relay mode the relay's
    /// refusals join these families: 5 the relay refused the device key, 8 the
    /// relay failed, 9 the relay unreachable, 12 the relay limiting. 1 and 2
    /// are `rcctl`'s own errors and 11 is the app's local press throttle: no
    /// outcome uses them.
    pub fn exit_code(&self) -> u8 {
        match self {
            Outcome::Applied => 0,
            Outcome::NoActiveCall => 3,
            Outcome::NotEnabled => 4,
            Outcome::Unauthorized { .. } | Outcome::DeviceRefused { .. } => 5,
            Outcome::AgentNotFound => 6,
            Outcome::BadRequest { .. } => 7,
            Outcome::ServerError { .. } | Outcome::RelayFailed { .. } => 8,
            Outcome::Redirected { .. }
            | Outcome::Timeout
            | Outcome::Network { .. }
            | Outcome::Tls { .. }
            | Outcome::RelayUnreachable { .. } => 9,
            Outcome::Unrecognised { .. } => 10,
            Outcome::RateLimited { .. } | Outcome::RelayLimited { .. } => 12,
        }
    }

    /// True only when the body confirmed the action.
    pub fn is_confirmed(&self) -> bool {
        matches!(self, Outcome::Applied)
    }

    /// One plain sentence an agent understands, in `l`'s language.
    pub fn sentence(&self, action: Action, tenant: &str, l: &Localizer) -> String {
        let pause = action == Action::Pause;
        match self {
            Outcome::Applied if pause => tr!(l, "outcome-paused"),
            Outcome::Applied => tr!(l, "outcome-resumed"),
            Outcome::NoActiveCall if pause => tr!(l, "outcome-no-call-pause"),
            Outcome::NoActiveCall => tr!(l, "outcome-no-call-resume"),
            Outcome::NotEnabled => tr!(l, "outcome-not-enabled"),
            Outcome::Unrecognised { .. } => tr!(l, "outcome-unrecognised"),
            Outcome::BadRequest { status } => tr!(l, "outcome-bad-request", status = *status),
            Outcome::Unauthorized { .. } => tr!(l, "outcome-unauthorized"),
            Outcome::AgentNotFound => tr!(l, "outcome-agent-not-found", tenant = tenant),
            Outcome::ServerError { status } => tr!(l, "outcome-server-error", status = *status),
            Outcome::RateLimited { .. } => tr!(l, "outcome-rate-limited"),
            Outcome::Redirected { status, .. } => tr!(l, "outcome-redirected", status = *status),
            Outcome::Timeout => tr!(l, "outcome-timeout"),
            Outcome::Network { .. } => tr!(l, "outcome-network"),
            Outcome::Tls { .. } => tr!(l, "outcome-tls"),
            Outcome::DeviceRefused { revoked: true } => tr!(l, "outcome-device-revoked"),
            Outcome::DeviceRefused { revoked: false } => tr!(l, "outcome-device-unknown"),
            Outcome::RelayLimited { .. } => tr!(l, "outcome-relay-limited"),
            Outcome::RelayUnreachable { .. } => tr!(l, "outcome-relay-unreachable"),
            Outcome::RelayFailed { status } => tr!(l, "outcome-relay-failed", status = *status),
        }
    }

    /// What a "Check settings" resume (sent while not on a call) says about
    /// the settings, in `l`'s language.
    pub fn settings_check_verdict(&self, l: &Localizer) -> String {
        match self {
            Outcome::NoActiveCall => tr!(l, "verdict-good"),
            Outcome::Applied => tr!(l, "verdict-good-resumed"),
            Outcome::NotEnabled => tr!(l, "verdict-not-enabled"),
            Outcome::Unauthorized { .. } => tr!(l, "verdict-unauthorized"),
            Outcome::AgentNotFound => tr!(l, "verdict-agent-not-found"),
            Outcome::BadRequest { .. } => tr!(l, "verdict-bad-request"),
            Outcome::Redirected { .. } => tr!(l, "verdict-redirected"),
            Outcome::Tls { .. } => tr!(l, "verdict-tls"),
            Outcome::Timeout | Outcome::Network { .. } => tr!(l, "verdict-unreachable"),
            Outcome::RateLimited { .. } => tr!(l, "verdict-rate-limited"),
            Outcome::DeviceRefused { .. } => tr!(l, "verdict-device-refused"),
            Outcome::RelayLimited { .. } => tr!(l, "verdict-relay-limited"),
            Outcome::RelayUnreachable { .. } => tr!(l, "verdict-relay-unreachable"),
            Outcome::ServerError { .. }
            | Outcome::Unrecognised { .. }
            | Outcome::RelayFailed { .. } => {
                tr!(l, "verdict-unclear")
            }
        }
    }

    /// Technical detail worth logging (never shown as the main sentence).
    pub fn detail(&self) -> Option<&str> {
        match self {
            Outcome::Unrecognised { snippet } => Some(snippet),
            Outcome::Network { detail }
            | Outcome::Tls { detail }
            | Outcome::RelayUnreachable { detail } => Some(detail),
            Outcome::Redirected { location, .. } => location.as_deref(),
            _ => None,
        }
    }
}

/// The full account of one action: what was sent, what came back, how long it took.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// The action sent.
    pub action: Action,
    /// How it ended.
    pub outcome: Outcome,
    /// The last HTTP status received, if any.
    pub http_status: Option<u16>,
    /// Wall time from the first attempt to the classified answer.
    pub latency_ms: u64,
    /// Number of HTTP attempts (1 + retries).
    pub attempts: u32,
    /// The plain sentence for the agent.
    pub message: String,
}

/// The phrases found in a body (in any of its values).
#[derive(Clone, Copy, Default)]
struct Phrases {
    no_call: bool,
    not_enabled: bool,
    success: bool,
    negated: bool,
}

impl Phrases {
    fn or(self, o: Phrases) -> Phrases {
        Phrases {
            no_call: self.no_call || o.no_call,
            not_enabled: self.not_enabled || o.not_enabled,
            success: self.success || o.success,
            negated: self.negated || o.negated,
        }
    }
}

/// Classifies an HTTP answer (status and the first bytes of the body).
pub fn classify(status: u16, location: Option<String>, body: &[u8]) -> Outcome {
    match status {
        200..=299 => classify_body(body),
        300..=399 => Outcome::Redirected { status, location },
        401 | 403 => Outcome::Unauthorized { status },
        404 => Outcome::AgentNotFound,
        // The Retry-After header is the client's to read: see `Client::send`.
        429 => Outcome::RateLimited {
            retry_after_ms: None,
        },
        400..=499 => Outcome::BadRequest { status },
        500..=599 => Outcome::ServerError { status },
        _ => Outcome::Unrecognised {
            snippet: format!("HTTP {status}: {}", snippet(body)),
        },
    }
}

/// Classifies a 2xx body by phrase, case-insensitively, whether it is plain text,
/// JSON (values only, flat or nested) or HTML (tags stripped).
pub fn classify_body(body: &[u8]) -> Outcome {
    let text = String::from_utf8_lossy(body);
    let trimmed = text.trim_start();
    let candidates: Vec<String> = if trimmed.starts_with('{') || trimmed.starts_with('[') {
        match serde_json::from_str::<serde_json::Value>(trimmed) {
            Ok(v) => {
                let mut out = Vec::new();
                json_strings(&v, &mut out);
                out
            }
            Err(_) => vec![text.to_string()],
        }
    } else if trimmed.starts_with('<') {
        vec![strip_html(&text)]
    } else {
        vec![text.to_string()]
    };
    // The whole body decides, whatever order its values come in: "nothing to be
    // modified" and "not enabled" anywhere win over "success", and a negation
    // anywhere ("no success") means nothing was confirmed.
    let found = candidates
        .iter()
        .map(|c| phrases(&c.to_lowercase()))
        .fold(Phrases::default(), Phrases::or);
    if found.no_call {
        Outcome::NoActiveCall
    } else if found.not_enabled {
        Outcome::NotEnabled
    } else if found.success && !found.negated {
        Outcome::Applied
    } else {
        Outcome::Unrecognised {
            snippet: snippet(body),
        }
    }
}

/// The phrases in one lower-cased text; "success" must stand as a word
/// ("unsuccessful" is not).
fn phrases(lower: &str) -> Phrases {
    let squashed = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    let no_call = squashed.contains("nothing to be modified")
        || squashed.contains("active transaction does not exist")
        || squashed.contains("no active transaction");
    let not_enabled = squashed.contains("not enabled");
    let is_word = |s: &str, at: usize, len: usize| {
        let before = s[..at].chars().next_back();
        let after = s[at + len..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    };
    let success = squashed
        .match_indices("success")
        .any(|(at, m)| is_word(&squashed, at, m.len()));
    let negated = [
        "not success",
        "no success",
        "success: false",
        "success=false",
    ]
    .iter()
    .any(|n| squashed.contains(n));
    Phrases {
        no_call,
        not_enabled,
        success,
        negated,
    }
}

fn json_strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| json_strings(x, out)),
        serde_json::Value::Object(o) => o.values().for_each(|x| json_strings(x, out)),
        _ => {}
    }
}

/// Elements whose content is never shown as the page's text: a phrase inside
/// them says nothing about the answer.
const HIDDEN_ELEMENTS: [&str; 4] = ["script", "style", "noscript", "template"];

/// The visible text of an HTML body: tags, comments and the content of
/// [`HIDDEN_ELEMENTS`] removed (case-insensitively); an unterminated comment or
/// hidden element drops the rest of the body.
fn strip_html(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let lower = html.to_ascii_lowercase();
    let mut i = 0;
    let bytes = html.as_bytes();
    while i < bytes.len() {
        if bytes[i] == b'<' {
            if lower[i..].starts_with("<!--") {
                match lower[i + 4..].find("-->") {
                    Some(end) => {
                        i += 4 + end + 3;
                        out.push(' ');
                        continue;
                    }
                    None => break,
                }
            }
            // By prefix, as before: `<scriptx>` is dropped too (dropping too
            // much can only turn a confirmation into "unrecognised").
            if let Some(tag) = HIDDEN_ELEMENTS
                .iter()
                .find(|tag| lower[i + 1..].starts_with(*tag))
            {
                match lower[i..].find(&format!("</{tag}")) {
                    Some(end) => i += end,
                    None => break,
                }
            }
            match html[i..].find('>') {
                Some(end) => {
                    i += end + 1;
                    out.push(' ');
                }
                None => break,
            }
        } else {
            let next = html[i..].find('<').map_or(html.len(), |n| i + n);
            out.push_str(&html[i..next]);
            i = next;
        }
    }
    out.replace("&nbsp;", " ")
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
}

/// The first [`SNIPPET_CHARS`] characters of a body, with control characters escaped.
pub fn snippet(body: &[u8]) -> String {
    String::from_utf8_lossy(&body[..body.len().min(SNIPPET_CHARS * 4)])
        .chars()
        .flat_map(|c| {
            if c.is_control() {
                c.escape_default().collect::<Vec<_>>()
            } else {
                vec![c]
            }
        })
        .take(SNIPPET_CHARS)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(s: &str) -> Outcome {
        classify(200, None, s.as_bytes())
    }

    #[test]
    fn documented_answers_in_every_style() {
        for (text, expected) in [
            ("Status: success", Outcome::Applied),
            ("status: SUCCESS\n", Outcome::Applied),
            ("{\"status\":\"success\"}", Outcome::Applied),
            (
                "{\"result\":{\"status\":\"Success\",\"code\":200}}",
                Outcome::Applied,
            ),
            (
                "<html><body><p>Status: success</p></body></html>",
                Outcome::Applied,
            ),
            ("Status: nothing to be modified", Outcome::NoActiveCall),
            (
                "{\"status\":\"Nothing to be   modified\"}",
                Outcome::NoActiveCall,
            ),
            ("Active transaction does not exist", Outcome::NoActiveCall),
            ("<p>Status: not enabled</p>", Outcome::NotEnabled),
            ("[{\"status\":\"not enabled\"}]", Outcome::NotEnabled),
        ] {
            assert_eq!(body(text), expected, "{text}");
        }
    }

    #[test]
    fn never_confirms_what_it_does_not_recognise() {
        for text in [
            "",
            "OK",
            "unsuccessful",
            "Status: not success",
            "{\"success\": false}",
            "{\"successful\": \"yes\"}",
            "<html><script>var success = 1;</script><p>Please log in</p></html>",
            "<title>Login</title>",
        ] {
            assert!(matches!(body(text), Outcome::Unrecognised { .. }), "{text}");
        }
    }

    #[test]
    fn snippet_is_bounded_and_escaped() {
        let long = "x".repeat(1000);
        match body(&long) {
            Outcome::Unrecognised { snippet } => assert_eq!(snippet.chars().count(), 200),
            o => panic!("{o:?}"),
        }
        assert_eq!(snippet(b"a\nb\x00"), "a\\nb\\u{0}");
        assert!(matches!(
            classify(200, None, &[0xff, 0xfe, 0x00]),
            Outcome::Unrecognised { .. }
        ));
    }

    #[test]
    fn statuses() {
        assert_eq!(
            classify(401, None, b""),
            Outcome::Unauthorized { status: 401 }
        );
        assert_eq!(classify(404, None, b""), Outcome::AgentNotFound);
        assert_eq!(
            classify(400, None, b""),
            Outcome::BadRequest { status: 400 }
        );
        assert_eq!(
            classify(503, None, b""),
            Outcome::ServerError { status: 503 }
        );
        assert!(matches!(
            classify(302, Some("x".into()), b""),
            Outcome::Redirected { status: 302, .. }
        ));
    }

    #[test]
    fn every_variant_has_its_exit_code_and_sentence() {
        let all = [
            Outcome::Applied,
            Outcome::NoActiveCall,
            Outcome::NotEnabled,
            Outcome::Unauthorized { status: 401 },
            Outcome::AgentNotFound,
            Outcome::BadRequest { status: 400 },
            Outcome::ServerError { status: 500 },
            Outcome::Timeout,
            Outcome::Unrecognised {
                snippet: String::new(),
            },
            Outcome::RateLimited {
                retry_after_ms: Some(1000),
            },
        ];
        let codes: Vec<u8> = all.iter().map(Outcome::exit_code).collect();
        assert_eq!(codes, [0, 3, 4, 5, 6, 7, 8, 9, 10, 12]);
        let kinds: std::collections::BTreeSet<_> = all.iter().map(Outcome::kind).collect();
        assert_eq!(kinds.len(), all.len(), "one kind per variant");
        assert_eq!(
            Outcome::AgentNotFound.sentence(Action::Pause, "acme", &Localizer::english()),
            "Agent not found in tenant acme"
        );
        assert_eq!(
            Outcome::NoActiveCall.sentence(Action::Pause, "t", &Localizer::english()),
            "No active call — nothing was paused"
        );
    }

    #[test]
    fn too_many_requests_is_its_own_outcome() {
        let limited = classify(429, None, b"Too Many Requests");
        assert_eq!(
            limited,
            Outcome::RateLimited {
                retry_after_ms: None
            }
        );
        assert_eq!(limited.kind(), "rate_limited");
        assert_eq!(limited.exit_code(), 12);
        assert!(!limited.is_confirmed());
        let l = Localizer::english();
        assert_eq!(
            limited.sentence(Action::Pause, "t", &l),
            "8x8 is limiting requests (HTTP 429) — nothing was changed; try again in a moment"
        );
        assert!(
            limited
                .settings_check_verdict(&l)
                .contains("could not be checked"),
        );
        let json = serde_json::to_value(Outcome::RateLimited {
            retry_after_ms: Some(2000),
        })
        .unwrap();
        assert_eq!(
            json,
            serde_json::json!({"kind": "rate_limited", "retry_after_ms": 2000})
        );
        // Other 4xx stay bad requests.
        assert_eq!(
            classify(428, None, b""),
            Outcome::BadRequest { status: 428 }
        );
    }

    #[test]
    fn hidden_html_says_nothing() {
        for text in [
            "<!-- Status: success -->",
            "<!-- STATUS: SUCCESS --><p>Please log in</p>",
            "<noscript>Status: success</noscript>",
            "<NOSCRIPT>Status: success</NoScript><p>Sign in</p>",
            "<template>success</template>",
            "<TEMPLATE id=t><p>success</p></TEMPLATE>",
            // Unterminated: the rest of the body is dropped.
            "<p>Sign in</p><!-- Status: success",
            "<html><noscript><p>Status: success</p>",
            "<html><template>Status: success",
            "<html><script>var s = 'Status: success';",
        ] {
            assert!(matches!(body(text), Outcome::Unrecognised { .. }), "{text}");
        }
        for (text, expected) in [
            ("<p>Status: success</p><!-- x -->", Outcome::Applied),
            ("<!-- x --><p>Status: success</p>", Outcome::Applied),
            (
                "<!-- <p>Status: success</p> --><p>Status: not enabled</p>",
                Outcome::NotEnabled,
            ),
            (
                "<template>nothing to be modified</template><p>Status: success</p>",
                Outcome::Applied,
            ),
            ("<p>Status: success</p><noscript>", Outcome::Applied),
        ] {
            assert_eq!(body(text), expected, "{text}");
        }
        assert_eq!(strip_html("a<!---->b<!-- - -- -->c").trim(), "a b c");
    }

    /// Found by fuzzing (fuzz/regressions/classify): the verdict must not depend
    /// on which JSON value comes first.
    #[test]
    fn every_value_of_a_json_body_counts() {
        for (body, want) in [
            (r#"{"":"success","e":"no success"}"#, "unrecognised"),
            (
                r#"{"a":"success","b":"Recording not enabled"}"#,
                "not_enabled",
            ),
            (
                r#"["Success","Status: nothing to be modified"]"#,
                "no_active_call",
            ),
            (
                r#"{"detail":"nothing to be modified","status":"success"}"#,
                "no_active_call",
            ),
            (r#"{"status":"success","detail":"ok"}"#, "applied"),
        ] {
            assert_eq!(classify_body(body.as_bytes()).kind(), want, "{body}");
        }
    }
}
