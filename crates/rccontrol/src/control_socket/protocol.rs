//! The wire format: JSON lines, one request and one reply per line, versioned and
//! bounded.
//!
//! ```text
//! → {"v":1,"cmd":"pause"}                       (audited with trigger cli)
//! ← {"v":1,"ok":true,"report":{…},"state":{"state":"paused","since_ms":…},"state_line":"…","demo":false}
//! → {"v":1,"cmd":"status"}
//! ← {"v":1,"ok":true,"state":{…},"state_line":"…","demo":false,"app_version":"0.1.0","stream":"live"}
//! → {"v":2,"cmd":"pause"}
//! ← {"v":1,"ok":false,"error":{"kind":"unsupported_version","message":"…"}}
//! → {"v":1,"cmd":"pause"}                       (the app cannot act)
//! ← {"v":1,"ok":false,"error":{"kind":"unavailable","message":"…","reason":"not_configured"}}
//! ```
//!
//! An app's refusal says its message in the agent's language and may add its
//! own finer `reason`; clients that do not know the field ignore it.
//!
//! Two commands serve the app itself: `open` (a second launch asks the running
//! app to open its settings window; answered like `status`) and `window` (the
//! settings window's process turns the connection into a long-lived session of
//! its own, see [`super::window_session`]; answered like `status`, then handed over).
//!
//! `link_pause` / `link_resume` are a link handed over by a second launch
//! (audited with trigger `link`, obeyed only when links are on). The server
//! decides the audit trigger from the command: a `trigger` field a client
//! sends is ignored, as are all unknown fields (newer clients may send more).
//! A client of another user is refused with `forbidden`.
//!
//! `stream` (the live state's event stream: `off`, `connecting`, `live`,
//! `down`, `rejected`) came later: a reply without it is from an older app
//! ([`StatusReply::stream`] `None`), a value this version does not know is
//! [`StreamStatus::Unknown`].

use crate::action::{Action, Trigger};
use crate::outcome::Report;
use crate::state::BelievedState;
use serde::{Deserialize, Serialize};

/// The protocol version this crate speaks.
pub const VERSION: u32 = 1;

/// Every version a server of this crate answers.
pub const SUPPORTED_VERSIONS: &[u32] = &[VERSION];

/// Longest request line in bytes, newline excluded. A longer line gets a `too_large`
/// reply and the connection is closed.
pub const MAX_REQUEST_BYTES: usize = 4096;

/// Longest reply line a client accepts, newline excluded.
pub const MAX_REPLY_BYTES: usize = 64 * 1024;

/// What a client asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Command {
    /// Pause the recording.
    Pause,
    /// Resume the recording.
    Resume,
    /// The app's believed state.
    Status,
    /// Open the settings window (what a second launch of the app sends).
    Open,
    /// Turn this connection into the settings window's session.
    Window,
    /// Pause, asked by a link (`rccontrol://pause`) a second launch hands over.
    LinkPause,
    /// Resume, asked by a link a second launch hands over.
    LinkResume,
}

impl Command {
    /// Every command name, for messages.
    pub const NAMES: &'static str = "pause, resume, status, open, window, link_pause, link_resume";

    /// The action this command performs, if any.
    pub fn action(self) -> Option<Action> {
        match self {
            Command::Pause | Command::LinkPause => Some(Action::Pause),
            Command::Resume | Command::LinkResume => Some(Action::Resume),
            Command::Status | Command::Open | Command::Window => None,
        }
    }

    /// The audit trigger of this command's action: the server's decision,
    /// never the client's word.
    pub fn trigger(self) -> Trigger {
        match self {
            Command::LinkPause | Command::LinkResume => Trigger::Link,
            _ => Trigger::Cli,
        }
    }

    /// The command a link asking `action` is handed over as.
    pub fn link(action: Action) -> Self {
        match action {
            Action::Pause => Command::LinkPause,
            Action::Resume => Command::LinkResume,
        }
    }
}

impl From<Action> for Command {
    fn from(a: Action) -> Self {
        match a {
            Action::Pause => Command::Pause,
            Action::Resume => Command::Resume,
        }
    }
}

/// One request line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    /// Protocol version ([`VERSION`]).
    pub v: u32,
    /// The command.
    pub cmd: Command,
}

impl Request {
    /// A current-version request.
    pub fn new(cmd: Command) -> Self {
        Self { v: VERSION, cmd }
    }

    /// Parses one request line, checking shape, version and command in that order,
    /// so every failure gets the most useful error.
    pub fn parse(line: &[u8]) -> Result<Request, ControlFailure> {
        let text = std::str::from_utf8(line)
            .map_err(|_| ControlFailure::new(ErrorKind::Malformed, "request is not UTF-8"))?;
        if text.trim().is_empty() {
            return Err(ControlFailure::new(
                ErrorKind::Malformed,
                "empty request: send one JSON object per line, e.g. {\"v\":1,\"cmd\":\"status\"}",
            ));
        }
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
            ControlFailure::new(ErrorKind::Malformed, format!("request is not JSON: {e}"))
        })?;
        let Some(obj) = value.as_object() else {
            return Err(ControlFailure::new(
                ErrorKind::Malformed,
                "request must be a JSON object",
            ));
        };
        let v = match obj.get("v") {
            None => {
                return Err(ControlFailure::new(
                    ErrorKind::Malformed,
                    "request has no protocol version \"v\"",
                ));
            }
            Some(v) => v.as_u64().ok_or_else(|| {
                ControlFailure::new(
                    ErrorKind::Malformed,
                    "protocol version \"v\" must be a non-negative integer",
                )
            })?,
        };
        if !SUPPORTED_VERSIONS.iter().any(|s| u64::from(*s) == v) {
            return Err(ControlFailure::new(
                ErrorKind::UnsupportedVersion,
                format!(
                    "protocol version {v} is not supported; supported: {}",
                    supported_list()
                ),
            ));
        }
        let cmd = match obj.get("cmd") {
            None => {
                return Err(ControlFailure::new(
                    ErrorKind::Malformed,
                    "request has no \"cmd\"",
                ));
            }
            Some(serde_json::Value::String(s)) => s,
            Some(_) => {
                return Err(ControlFailure::new(
                    ErrorKind::Malformed,
                    "\"cmd\" must be a string",
                ));
            }
        };
        let cmd = match cmd.as_str() {
            "pause" => Command::Pause,
            "resume" => Command::Resume,
            "status" => Command::Status,
            "open" => Command::Open,
            "window" => Command::Window,
            "link_pause" => Command::LinkPause,
            "link_resume" => Command::LinkResume,
            other => {
                return Err(ControlFailure::new(
                    ErrorKind::UnknownCommand,
                    format!(
                        "unknown command {:?}: allowed are {}",
                        truncate(other, 64),
                        Command::NAMES
                    ),
                ));
            }
        };
        Ok(Request { v: VERSION, cmd })
    }

    /// The request as one line, newline included.
    pub fn to_line(&self) -> String {
        line_of(self)
    }
}

fn supported_list() -> String {
    SUPPORTED_VERSIONS
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn truncate(s: &str, chars: usize) -> String {
    s.chars().take(chars).collect()
}

/// What went wrong, as a stable snake_case kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// Not JSON, not an object, or a field of the wrong type.
    Malformed,
    /// The line exceeded [`MAX_REQUEST_BYTES`]; the connection is closed after the reply.
    TooLarge,
    /// A protocol version the server does not speak.
    UnsupportedVersion,
    /// A command the server does not know.
    UnknownCommand,
    /// The app cannot act now (e.g. not configured); the message says why.
    Unavailable,
    /// Too many connections at once; try again.
    Busy,
    /// The client runs as another user: this app serves only its own.
    Forbidden,
    /// A settings window is already connected (one session at a time).
    WindowOpen,
    /// The same action was pressed moments ago; this press was dropped.
    Throttled,
    /// A bug or an unexpected failure in the app.
    Internal,
    /// A kind this version does not know (sent by a newer server).
    #[serde(other)]
    Unknown,
}

impl ErrorKind {
    /// Stable snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Malformed => "malformed",
            ErrorKind::TooLarge => "too_large",
            ErrorKind::UnsupportedVersion => "unsupported_version",
            ErrorKind::UnknownCommand => "unknown_command",
            ErrorKind::Unavailable => "unavailable",
            ErrorKind::Busy => "busy",
            ErrorKind::Forbidden => "forbidden",
            ErrorKind::WindowOpen => "window_open",
            ErrorKind::Throttled => "throttled",
            ErrorKind::Internal => "internal",
            ErrorKind::Unknown => "unknown",
        }
    }
}

impl std::fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An error reply's body: the kind, one plain sentence (in the agent's
/// language when the app refuses) and, from the app, its own finer reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{message}")]
pub struct ControlFailure {
    /// What went wrong.
    pub kind: ErrorKind,
    /// One sentence for the user.
    pub message: String,
    /// The app's own snake_case kind of a refusal (e.g. `not_configured`,
    /// `stopped`), finer than [`ErrorKind`]; absent when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl ControlFailure {
    /// A failure of `kind`.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Self {
            kind,
            message: message.into(),
            reason: None,
        }
    }

    /// The same failure with the app's finer `reason`.
    #[must_use]
    pub fn with_reason(mut self, reason: impl Into<String>) -> Self {
        self.reason = Some(reason.into());
        self
    }

    /// The app cannot act now (e.g. not configured).
    pub fn unavailable(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Unavailable, message)
    }

    /// An unexpected failure.
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Internal, message)
    }
}

/// The wire form of a [`Report`]: everything `rcctl` prints, the exit code included,
/// so the socket and direct paths print the same.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionReport {
    /// The action sent.
    pub action: Action,
    /// The outcome kind ([`crate::Outcome::kind`]).
    pub outcome: String,
    /// True only when 8x8 confirmed the action.
    pub confirmed: bool,
    /// The last HTTP status received, if any.
    pub http_status: Option<u16>,
    /// The plain sentence.
    pub message: String,
    /// Wall time of the action in milliseconds.
    pub latency_ms: u64,
    /// Number of HTTP attempts.
    pub attempts: u32,
    /// The `rcctl` exit code of the outcome.
    pub exit_code: u8,
    /// Technical detail ([`crate::Outcome::detail`]).
    pub detail: Option<String>,
}

impl From<&Report> for ActionReport {
    fn from(r: &Report) -> Self {
        Self {
            action: r.action,
            outcome: r.outcome.kind().to_owned(),
            confirmed: r.outcome.is_confirmed(),
            http_status: r.http_status,
            message: r.message.clone(),
            latency_ms: r.latency_ms,
            attempts: r.attempts,
            exit_code: r.outcome.exit_code(),
            detail: r.outcome.detail().map(str::to_owned),
        }
    }
}

/// The answer to `pause` / `resume`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionReply {
    /// What happened.
    pub report: ActionReport,
    /// The app's believed state after it.
    pub state: BelievedState,
    /// [`BelievedState::describe`] of it, as the app shows it.
    pub state_line: String,
    /// True when the app runs against its built-in simulator.
    pub demo: bool,
}

/// The live state's event stream, as the app reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StreamStatus {
    /// Live state is off (or not set up: no credential, no agent ID).
    Off,
    /// Connecting (first time, or again after a drop).
    Connecting,
    /// Connected: states shown are confirmed by 8x8.
    Live,
    /// Down: states shown are not verified.
    Down,
    /// 8x8 rejected the Event Streaming credential.
    Rejected,
    /// A value this version does not know (sent by a newer app).
    #[serde(other)]
    Unknown,
}

impl StreamStatus {
    /// Stable snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            StreamStatus::Off => "off",
            StreamStatus::Connecting => "connecting",
            StreamStatus::Live => "live",
            StreamStatus::Down => "down",
            StreamStatus::Rejected => "rejected",
            StreamStatus::Unknown => "unknown",
        }
    }
}

impl From<Option<&crate::live::StreamState>> for StreamStatus {
    fn from(state: Option<&crate::live::StreamState>) -> Self {
        use crate::live::StreamState;
        match state {
            None => StreamStatus::Off,
            Some(StreamState::Connecting) => StreamStatus::Connecting,
            Some(StreamState::Live) => StreamStatus::Live,
            Some(StreamState::Down { .. }) => StreamStatus::Down,
            Some(StreamState::Rejected) => StreamStatus::Rejected,
        }
    }
}

/// The answer to `status`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusReply {
    /// The app's believed state.
    pub state: BelievedState,
    /// [`BelievedState::describe`] of it.
    pub state_line: String,
    /// True when the app runs against its built-in simulator.
    pub demo: bool,
    /// The app's version.
    pub app_version: String,
    /// The live state's event stream; `None` from an app that does not say.
    pub stream: Option<StreamStatus>,
}

/// One reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// An action was performed (whatever its outcome).
    Action(ActionReply),
    /// The status.
    Status(StatusReply),
    /// The request was refused or failed.
    Error(ControlFailure),
}

/// The flat JSON object every reply line is.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct WireReply {
    v: u32,
    ok: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    report: Option<ActionReport>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    state: Option<BelievedState>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    state_line: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    demo: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    app_version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    stream: Option<StreamStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    error: Option<ControlFailure>,
}

/// A reply line that is not a valid reply.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid reply from the app: {0}")]
pub struct BadReply(pub String);

impl Reply {
    /// The reply as one line, newline included.
    pub fn to_line(&self) -> String {
        let wire = match self.clone() {
            Reply::Action(a) => WireReply {
                v: VERSION,
                ok: true,
                report: Some(a.report),
                state: Some(a.state),
                state_line: Some(a.state_line),
                demo: Some(a.demo),
                app_version: None,
                stream: None,
                error: None,
            },
            Reply::Status(s) => WireReply {
                v: VERSION,
                ok: true,
                report: None,
                state: Some(s.state),
                state_line: Some(s.state_line),
                demo: Some(s.demo),
                app_version: Some(s.app_version),
                stream: s.stream,
                error: None,
            },
            Reply::Error(e) => WireReply {
                v: VERSION,
                ok: false,
                report: None,
                state: None,
                state_line: None,
                demo: None,
                app_version: None,
                stream: None,
                error: Some(e),
            },
        };
        line_of(&wire)
    }

    /// Parses one reply line.
    pub fn parse(line: &[u8]) -> Result<Reply, BadReply> {
        let w: WireReply =
            serde_json::from_slice(line).map_err(|e| BadReply(format!("not a reply: {e}")))?;
        if w.v != VERSION {
            return Err(BadReply(format!(
                "protocol version {} (this rcctl speaks {VERSION})",
                w.v
            )));
        }
        if !w.ok {
            return w
                .error
                .map(Reply::Error)
                .ok_or_else(|| BadReply("error reply without \"error\"".into()));
        }
        let missing = |f: &str| BadReply(format!("reply without \"{f}\""));
        let state = w.state.ok_or_else(|| missing("state"))?;
        let state_line = w.state_line.ok_or_else(|| missing("state_line"))?;
        let demo = w.demo.unwrap_or(false);
        Ok(match w.report {
            Some(report) => Reply::Action(ActionReply {
                report,
                state,
                state_line,
                demo,
            }),
            None => Reply::Status(StatusReply {
                state,
                state_line,
                demo,
                app_version: w.app_version.unwrap_or_default(),
                stream: w.stream,
            }),
        })
    }
}

/// Serializes `v` as one line. Serializing these plain structs cannot fail; should it
/// ever, the line is a well-formed `internal` error instead.
fn line_of<T: Serialize>(v: &T) -> String {
    let mut s = serde_json::to_string(v).unwrap_or_else(|e| {
        format!(
            "{{\"v\":{VERSION},\"ok\":false,\"error\":{{\"kind\":\"internal\",\"message\":{}}}}}",
            serde_json::Value::String(format!("could not encode the reply: {e}"))
        )
    });
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outcome::Outcome;

    fn kind(line: &str) -> ErrorKind {
        Request::parse(line.as_bytes()).unwrap_err().kind
    }

    #[test]
    fn requests() {
        assert_eq!(
            Request::parse(br#"{"v":1,"cmd":"pause"}"#),
            Ok(Request::new(Command::Pause))
        );
        // A client's trigger is not taken: the command decides.
        let r = Request::parse(br#"{"v":1,"cmd":"resume","trigger":"hotkey","x":1}"#).unwrap();
        assert_eq!((r.cmd, r.cmd.trigger()), (Command::Resume, Trigger::Cli));
        let r = Request::parse(br#"{"v":1,"cmd":"link_pause","trigger":"cli"}"#).unwrap();
        assert_eq!(
            (r.cmd.action(), r.cmd.trigger()),
            (Some(Action::Pause), Trigger::Link)
        );
        assert_eq!(Command::link(Action::Resume), Command::LinkResume);
        assert_eq!(
            Request::parse(Request::new(Command::Status).to_line().as_bytes()),
            Ok(Request::new(Command::Status))
        );
        assert_eq!(kind(""), ErrorKind::Malformed);
        assert_eq!(kind("   "), ErrorKind::Malformed);
        assert_eq!(kind("pause"), ErrorKind::Malformed);
        assert_eq!(kind("[1]"), ErrorKind::Malformed);
        assert_eq!(kind(r#"{"cmd":"pause"}"#), ErrorKind::Malformed);
        assert_eq!(kind(r#"{"v":"1","cmd":"pause"}"#), ErrorKind::Malformed);
        assert_eq!(kind(r#"{"v":1}"#), ErrorKind::Malformed);
        assert_eq!(kind(r#"{"v":1,"cmd":7}"#), ErrorKind::Malformed);
        assert_eq!(kind(r#"{"v":1,"cmd":"PAUSE"}"#), ErrorKind::UnknownCommand);
        assert_eq!(
            kind(r#"{"v":2,"cmd":"nope"}"#),
            ErrorKind::UnsupportedVersion
        );
        let e = Request::parse(br#"{"v":0,"cmd":"pause"}"#).unwrap_err();
        assert_eq!(
            e.message,
            "protocol version 0 is not supported; supported: 1"
        );
        assert_eq!(
            Request::parse(&[0xff, 0xfe]).unwrap_err().kind,
            ErrorKind::Malformed
        );
    }

    #[test]
    fn replies_round_trip() {
        let report = Report {
            action: Action::Pause,
            outcome: Outcome::Network {
                detail: "refused".into(),
            },
            http_status: None,
            latency_ms: 7,
            attempts: 3,
            message: "Could not reach 8x8 (network error)".into(),
        };
        let replies = [
            Reply::Action(ActionReply {
                report: ActionReport::from(&report),
                state: BelievedState::Paused { since_ms: 5 },
                state_line: "Recording paused · 0:01".into(),
                demo: true,
            }),
            Reply::Status(StatusReply {
                state: BelievedState::Unknown,
                state_line: "Recording state unknown".into(),
                demo: false,
                app_version: "1.2.3".into(),
                stream: Some(StreamStatus::Live),
            }),
            Reply::Status(StatusReply {
                state: BelievedState::Unknown,
                state_line: "Recording state unknown".into(),
                demo: false,
                app_version: "1.2.3".into(),
                stream: None,
            }),
            Reply::Error(ControlFailure::unavailable("not configured")),
            Reply::Error(
                ControlFailure::unavailable("nicht konfiguriert").with_reason("not_configured"),
            ),
        ];
        for r in replies {
            let line = r.to_line();
            assert!(line.ends_with('\n') && line.matches('\n').count() == 1);
            assert_eq!(Reply::parse(line.trim_end().as_bytes()), Ok(r));
        }
        let a = ActionReport::from(&report);
        assert_eq!((a.exit_code, a.detail.as_deref()), (9, Some("refused")));
        let v: serde_json::Value = serde_json::from_str(
            &Reply::Error(ControlFailure::new(ErrorKind::TooLarge, "x")).to_line(),
        )
        .unwrap();
        assert_eq!(
            v,
            serde_json::json!({"v":1,"ok":false,"error":{"kind":"too_large","message":"x"}})
        );
        assert_eq!(
            Reply::parse(br#"{"v":1,"ok":false,"error":{"kind":"brand_new","message":"m"}}"#),
            Ok(Reply::Error(ControlFailure::new(ErrorKind::Unknown, "m")))
        );
        // The reason is on the wire only when there is one.
        let v: serde_json::Value = serde_json::from_str(
            &Reply::Error(ControlFailure::unavailable("x").with_reason("stopped")).to_line(),
        )
        .unwrap();
        assert_eq!(v["error"]["reason"], "stopped");
        assert_eq!(v["error"]["kind"], "unavailable");
        assert!(Reply::parse(br#"{"v":2,"ok":true}"#).is_err());
        assert!(Reply::parse(br#"{"v":1,"ok":true}"#).is_err());
    }

    #[test]
    fn the_stream_field_is_backward_compatible() {
        let status = |extra: &str| {
            let line = format!(
                r#"{{"v":1,"ok":true,"state":{{"state":"unknown"}},"state_line":"s","demo":false,"app_version":"1"{extra}}}"#
            );
            match Reply::parse(line.as_bytes()) {
                Ok(Reply::Status(s)) => s.stream,
                other => panic!("{other:?}"),
            }
        };
        // An older app says nothing; a newer one may say more.
        assert_eq!(status(""), None);
        assert_eq!(status(r#","stream":"down""#), Some(StreamStatus::Down));
        assert_eq!(status(r#","stream":"paused""#), Some(StreamStatus::Unknown));
        use crate::live::StreamState;
        let down = StreamState::Down {
            reason: "closed".into(),
        };
        assert_eq!(StreamStatus::from(Some(&down)).as_str(), "down");
        assert_eq!(StreamStatus::from(None).as_str(), "off");
        assert_eq!(
            StreamStatus::from(Some(&StreamState::Rejected)).as_str(),
            "rejected"
        );
    }
}
