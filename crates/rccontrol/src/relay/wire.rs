//! The relay's HTTP API as types: what the desktop sends and what the relay
//! answers (docs/relay.md). Shared by `rccontrol-relay` and the desktop's
//! relay client, so the two cannot drift apart.

use crate::action::{Action, Trigger};
use crate::outcome::Outcome;
use serde::{Deserialize, Serialize};

/// The prefix of every device key (`rcd_` + 43 base64url characters: 256 bits).
pub const DEVICE_KEY_PREFIX: &str = "rcd_";

/// `POST /v1/enroll`: exchange a one-time enrollment code for a device key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnrollRequest {
    /// The code `rccontrol-relay agents add` printed (`XXXX-XXXX-XXXX-XXXX`).
    pub code: String,
    /// A name for this computer, shown in `agents list` (host name).
    pub device_name: String,
}

/// The agent a device acts for; bound on the relay, never chosen by a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgentIdentity {
    /// The agent's e-mail.
    pub email: String,
    /// The agent id (`ag…`), when the administrator gave it.
    #[serde(default)]
    pub agent_id: Option<String>,
}

/// The answer to an enrollment. `device_key` is shown once, here only.
///
/// On the wire `device_id` appears once (`Me`'s), as docs/relay.md shows:
/// `{"device_id", "device_key", "tenant", "agent", "live_state"}`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "EnrollWire", into = "EnrollWire")]
pub struct EnrollResponse {
    /// The device's id (`dv_…`), safe to show and log.
    pub device_id: String,
    /// The device key: a secret, for the keychain only.
    pub device_key: String,
    /// Who this device acts for, and where.
    #[serde(flatten)]
    pub me: Me,
}

/// [`EnrollResponse`] as sent: the key and the flattened [`Me`].
#[derive(Serialize, Deserialize)]
struct EnrollWire {
    device_key: String,
    #[serde(flatten)]
    me: Me,
}

impl From<EnrollWire> for EnrollResponse {
    fn from(w: EnrollWire) -> Self {
        Self {
            device_id: w.me.device_id.clone(),
            device_key: w.device_key,
            me: w.me,
        }
    }
}

impl From<EnrollResponse> for EnrollWire {
    fn from(r: EnrollResponse) -> Self {
        Self {
            device_key: r.device_key,
            me: r.me,
        }
    }
}

impl std::fmt::Debug for EnrollResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EnrollResponse")
            .field("device_id", &self.device_id)
            .field("device_key", &"<redacted>")
            .field("me", &self.me)
            .finish()
    }
}

/// `GET /v1/me`: the device's identity as the relay binds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Me {
    /// The device's id (`dv_…`).
    pub device_id: String,
    /// The 8x8 tenant the relay serves.
    pub tenant: String,
    /// The agent.
    pub agent: AgentIdentity,
    /// Whether the relay offers live state to this device (it reads the
    /// tenant's event stream and the agent has an agent id).
    pub live_state: bool,
}

/// `POST /v1/actions`: pause or resume *this device's* agent. There is no
/// field naming an agent: an unknown field is refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionRequest {
    /// Pause or resume.
    pub action: Action,
    /// What asked for it on the desktop (recorded in the central audit).
    pub trigger: Trigger,
}

/// The answer to an action the relay sent to 8x8: the same outcome model the
/// desktop shows for a direct call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionResponse {
    /// The action sent.
    pub action: Action,
    /// How 8x8 answered (or did not).
    pub outcome: Outcome,
    /// 8x8's last HTTP status, if any.
    pub http_status: Option<u16>,
    /// The relay's time from the first attempt to the classified answer.
    pub latency_ms: u64,
    /// HTTP attempts to 8x8.
    pub attempts: u32,
    /// The central audit row of this action.
    pub audit_id: String,
}

/// `POST /v1/device/rotate`: a new key for this device; the old one stops
/// working at once.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RotateResponse {
    /// The new device key (secret).
    pub device_key: String,
}

impl std::fmt::Debug for RotateResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RotateResponse { device_key: <redacted> }")
    }
}

/// Every refusal the relay answers, as `{"error": {...}}` with this HTTP status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// 400: malformed JSON, an unknown or missing field, a bad value.
    BadRequest,
    /// 401: no device key, or one the relay does not know.
    Unauthorized,
    /// 401: the device key was revoked (or replaced by a rotation).
    Revoked,
    /// 403: the enrollment code is unknown, used or expired (one answer for all three).
    EnrollmentRefused,
    /// 403: the request names another agent than the device's own.
    Forbidden,
    /// 404: no such endpoint.
    NotFound,
    /// 405: the endpoint exists, not with this method.
    MethodNotAllowed,
    /// 408: the client was too slow sending its request.
    Timeout,
    /// 413: the body is larger than allowed.
    PayloadTooLarge,
    /// 415: the body is not `application/json`.
    UnsupportedMediaType,
    /// 429: too many requests from this device (or address); `Retry-After` says when.
    RateLimited,
    /// 503: shutting down, or the database is unreachable.
    Unavailable,
    /// 500: a fault of the relay's own.
    Internal,
}

impl ErrorKind {
    /// The HTTP status the relay answers with.
    pub fn status(self) -> u16 {
        match self {
            ErrorKind::BadRequest => 400,
            ErrorKind::Unauthorized | ErrorKind::Revoked => 401,
            ErrorKind::EnrollmentRefused | ErrorKind::Forbidden => 403,
            ErrorKind::NotFound => 404,
            ErrorKind::MethodNotAllowed => 405,
            ErrorKind::Timeout => 408,
            ErrorKind::PayloadTooLarge => 413,
            ErrorKind::UnsupportedMediaType => 415,
            ErrorKind::RateLimited => 429,
            ErrorKind::Unavailable => 503,
            ErrorKind::Internal => 500,
        }
    }
}

/// The body of every refusal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// What went wrong.
    pub error: ErrorDetail,
}

/// One refusal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorDetail {
    /// Its kind.
    pub kind: ErrorKind,
    /// One English sentence for logs and administrators.
    pub message: String,
    /// The request field at fault, when one is (`action`, `code`…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_action_request_cannot_name_an_agent() {
        let err = serde_json::from_str::<ActionRequest>(
            r#"{"action":"pause","trigger":"hotkey","agent_id":"agOther"}"#,
        )
        .unwrap_err();
        assert!(err.to_string().contains("agent_id"), "{err}");
    }

    #[test]
    fn an_action_response_round_trips_the_outcome_model() {
        let r = ActionResponse {
            action: Action::Pause,
            outcome: Outcome::RateLimited {
                retry_after_ms: Some(1000),
            },
            http_status: Some(429),
            latency_ms: 3,
            attempts: 2,
            audit_id: "au_1".into(),
        };
        let text = serde_json::to_string(&r).unwrap();
        assert!(text.contains(r#""kind":"rate_limited""#), "{text}");
        assert_eq!(serde_json::from_str::<ActionResponse>(&text).unwrap(), r);
    }

    #[test]
    fn keys_stay_out_of_debug() {
        let e = EnrollResponse {
            device_id: "dv_1".into(),
            device_key: "rcd_secret".into(),
            me: Me {
                device_id: "dv_1".into(),
                tenant: "acme".into(),
                agent: AgentIdentity {
                    email: "a@b.c".into(),
                    agent_id: None,
                },
                live_state: false,
            },
        };
        assert!(!format!("{e:?}").contains("rcd_secret"));
        let text = serde_json::to_string(&e).unwrap();
        assert_eq!(text.matches("device_id").count(), 1, "{text}");
        assert_eq!(serde_json::from_str::<EnrollResponse>(&text).unwrap(), e);
        let r = RotateResponse {
            device_key: "rcd_secret".into(),
        };
        assert!(!format!("{r:?}").contains("rcd_secret"));
    }

    #[test]
    fn statuses_are_the_documented_ones() {
        assert_eq!(ErrorKind::Revoked.status(), 401);
        assert_eq!(ErrorKind::RateLimited.status(), 429);
        let body = r#"{"error":{"kind":"enrollment_refused","message":"x"}}"#;
        let parsed: ErrorBody = serde_json::from_str(body).unwrap();
        assert_eq!(parsed.error.kind, ErrorKind::EnrollmentRefused);
    }
}
