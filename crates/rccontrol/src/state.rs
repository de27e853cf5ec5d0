//! What the app believes the recording state is (the API has no status query),
//! and the file that keeps it between runs.

use crate::action::Action;
use crate::atomic_file::write_atomic;
use crate::outcome::{Outcome, Report};
use rccontrol_i18n::{Localizer, tr};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The believed recording state. Times are Unix milliseconds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum BelievedState {
    /// Nothing known yet (no action since start, or an unconfirmed answer).
    Unknown,
    /// Recording: the last resume was confirmed (or nothing was ever paused).
    Recording {
        /// When the last resume was confirmed.
        since_ms: Option<u64>,
    },
    /// Paused since the first confirmed pause of this pause period.
    Paused {
        /// When the pause was first confirmed.
        since_ms: u64,
    },
    /// The last answer said the agent has no active call.
    NoActiveCall,
    /// Recording is not enabled for this agent.
    NotEnabled,
    /// The last action failed; the message says why.
    Error {
        /// The plain sentence of the failure.
        message: String,
    },
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

impl BelievedState {
    /// The state after `report`, given the state before it, at time `now_ms`.
    /// A repeated pause keeps the first pause time (timers run from the first pause).
    pub fn after(&self, report: &Report, now_ms: u64) -> BelievedState {
        match (&report.outcome, report.action) {
            (Outcome::Applied, Action::Pause) => match self {
                BelievedState::Paused { since_ms } => BelievedState::Paused {
                    since_ms: *since_ms,
                },
                _ => BelievedState::Paused { since_ms: now_ms },
            },
            (Outcome::Applied, Action::Resume) => BelievedState::Recording {
                since_ms: Some(now_ms),
            },
            (Outcome::NoActiveCall, _) => BelievedState::NoActiveCall,
            (Outcome::NotEnabled, _) => BelievedState::NotEnabled,
            // The request may have been applied: we cannot say.
            (Outcome::Unrecognised { .. } | Outcome::ServerError { .. } | Outcome::Timeout, _) => {
                BelievedState::Unknown
            }
            _ => BelievedState::Error {
                message: report.message.clone(),
            },
        }
    }

    /// Stable snake_case name.
    pub fn kind(&self) -> &'static str {
        match self {
            BelievedState::Unknown => "unknown",
            BelievedState::Recording { .. } => "recording",
            BelievedState::Paused { .. } => "paused",
            BelievedState::NoActiveCall => "no_active_call",
            BelievedState::NotEnabled => "not_enabled",
            BelievedState::Error { .. } => "error",
        }
    }

    /// A line that says what is true, e.g. "Recording paused · 2:14", in
    /// `l`'s language.
    pub fn describe(&self, now_ms: u64, l: &Localizer) -> String {
        match self {
            BelievedState::Unknown => tr!(l, "state-unknown"),
            BelievedState::Recording { since_ms: Some(t) } => {
                tr!(l, "state-recording-since", time = clock(*t))
            }
            BelievedState::Recording { since_ms: None } => tr!(l, "state-recording"),
            BelievedState::Paused { since_ms } => tr!(
                l,
                "state-paused",
                elapsed = elapsed(Duration::from_millis(now_ms.saturating_sub(*since_ms)))
            ),
            BelievedState::NoActiveCall => tr!(l, "state-no-call"),
            BelievedState::NotEnabled => tr!(l, "state-not-enabled"),
            BelievedState::Error { message } => tr!(l, "state-error", message = message.as_str()),
        }
    }
}

/// `m:ss` or `h:mm:ss`.
pub fn elapsed(d: Duration) -> String {
    let s = d.as_secs();
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

/// `HH:MM` (UTC) of a Unix-millisecond time; the GUI shells localize.
fn clock(ms: u64) -> String {
    let t = UNIX_EPOCH + Duration::from_millis(ms);
    let text = humantime::format_rfc3339_seconds(t).to_string();
    text.get(11..16)
        .map_or(text.clone(), |hm| format!("{hm} UTC"))
}

/// The believed state persisted as JSON, so `rcctl status` can tell what the
/// last action left behind.
#[derive(Debug, Clone)]
pub struct StateFile {
    path: PathBuf,
}

impl StateFile {
    /// A state file at `path`.
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Self { path: path.into() }
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Reads the state; missing or unreadable → `Unknown`.
    pub fn load(&self) -> BelievedState {
        std::fs::read(&self.path)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or(BelievedState::Unknown)
    }

    /// Writes the state atomically.
    pub fn save(&self, state: &BelievedState) -> std::io::Result<()> {
        let bytes = serde_json::to_vec(state).map_err(std::io::Error::other)?;
        write_atomic(&self.path, &bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(action: Action, outcome: Outcome) -> Report {
        Report {
            action,
            message: outcome.sentence(action, "t", &Localizer::english()),
            outcome,
            http_status: Some(200),
            latency_ms: 1,
            attempts: 1,
        }
    }

    #[test]
    fn transitions() {
        let paused = BelievedState::Unknown.after(&report(Action::Pause, Outcome::Applied), 1000);
        assert_eq!(paused, BelievedState::Paused { since_ms: 1000 });
        // A repeated pause keeps the first time.
        assert_eq!(
            paused.after(&report(Action::Pause, Outcome::Applied), 5000),
            paused
        );
        let rec = paused.after(&report(Action::Resume, Outcome::Applied), 6000);
        assert_eq!(
            rec,
            BelievedState::Recording {
                since_ms: Some(6000)
            }
        );
        assert_eq!(
            rec.after(&report(Action::Pause, Outcome::NoActiveCall), 1),
            BelievedState::NoActiveCall
        );
        assert_eq!(
            rec.after(
                &report(
                    Action::Pause,
                    Outcome::Unrecognised {
                        snippet: "?".into()
                    }
                ),
                1
            ),
            BelievedState::Unknown
        );
        assert!(matches!(
            rec.after(
                &report(Action::Pause, Outcome::Unauthorized { status: 401 }),
                1
            ),
            BelievedState::Error { .. }
        ));
    }

    #[test]
    fn describe_and_file_round_trip() {
        let s = BelievedState::Paused { since_ms: 0 };
        assert_eq!(
            s.describe(134_000, &Localizer::english()),
            "Recording paused · 2:14"
        );
        assert_eq!(elapsed(Duration::from_secs(3725)), "1:02:05");
        let dir = tempfile::tempdir().unwrap();
        let f = StateFile::new(dir.path().join("state.json"));
        assert_eq!(f.load(), BelievedState::Unknown);
        f.save(&s).unwrap();
        assert_eq!(f.load(), s);
    }
}
