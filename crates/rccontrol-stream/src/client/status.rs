//! What the reader is doing, as published on its status watch.

use std::fmt;
use std::time::Duration;

/// The reader's connection status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Opening a connection (`attempt` counts from 1 over the handle's life;
    /// 0 until the task has started).
    Connecting {
        /// Which attempt.
        attempt: u64,
    },
    /// Connected: events flow.
    Connected,
    /// The connection is down; the next attempt is in `retry_in`.
    Down {
        /// Why.
        reason: DownReason,
        /// The wait before the next attempt (backoff with jitter).
        retry_in: Duration,
    },
    /// Event Streaming refused the credential (HTTP 401/403 at the handshake).
    /// Terminal unless a retry delay is configured (`retry_in`).
    Rejected {
        /// The HTTP status.
        status: u16,
        /// When a long retry is configured, the wait before it.
        retry_in: Option<Duration>,
    },
    /// Stopped (by the handle, or because no one reads the events any more).
    Stopped,
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Status::Connecting { attempt } => {
                write!(f, "connecting to Event Streaming (attempt {attempt})")
            }
            Status::Connected => f.write_str("connected to Event Streaming"),
            Status::Down { reason, retry_in } => write!(
                f,
                "Event Streaming is down ({reason}); retrying in {}",
                humantime::format_duration(*retry_in)
            ),
            Status::Rejected { .. } => f.write_str("Event Streaming rejected the credential"),
            Status::Stopped => f.write_str("Event Streaming stopped"),
        }
    }
}

/// Why a connection went down (never contains the credential).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DownReason {
    /// The connection (TCP, TLS and WebSocket handshake) did not complete in time.
    #[error("connecting timed out after {}", humantime::format_duration(*.0))]
    ConnectTimeout(Duration),
    /// TCP connect or name resolution failed.
    #[error("cannot reach the host: {0}")]
    Network(String),
    /// The TLS handshake failed (certificate, protocol).
    #[error("TLS failed: {0}")]
    Tls(String),
    /// The WebSocket handshake got an HTTP status other than 101, 401 or 403.
    #[error("the server answered HTTP {0} to the WebSocket handshake")]
    Http(u16),
    /// No frame and no ping within the idle limit.
    #[error("no frame or ping for {}", humantime::format_duration(*.0))]
    Stalled(Duration),
    /// The server closed the connection (with a close code, when it gave one).
    #[error("the server closed the connection{}", .0.map(|c| format!(" (code {c})")).unwrap_or_default())]
    Closed(Option<u16>),
    /// A WebSocket protocol error (including a message over the size limit).
    #[error("WebSocket error: {0}")]
    Protocol(String),
}
