//! What the app believes the recording state is, and the file that keeps it
//! between runs. The API has no status query and 8x8's answer to a pause or
//! resume proves little ("there is no return error for any failure of pausing
//! or resuming"), so every state here is a *belief* built from 8x8's answers:
//! it says so in its wording, and it never claims more than an answer showed.

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
    /// Nothing known yet (no action since start, or a resume whose answer
    /// proved nothing while the state before was unknown too).
    Unknown,
    /// Recording: 8x8 accepted the last resume (or nothing was ever paused).
    Recording {
        /// When 8x8 accepted the last resume.
        since_ms: Option<u64>,
    },
    /// 8x8 accepted a pause: paused since the latest accepted pause.
    Paused {
        /// When 8x8 accepted the latest pause.
        since_ms: u64,
    },
    /// The recording may be paused, and the app cannot tell: see [`Doubt`].
    /// The safety nets treat it as paused (reminders, maximum pause, resume
    /// on quit).
    MaybePaused {
        /// When the pause in doubt was sent or accepted.
        since_ms: u64,
        /// Why the app is not sure.
        why: Doubt,
    },
    /// The last answer said the agent has no active call.
    NoActiveCall,
    /// Recording is not enabled for this agent.
    NotEnabled,
    /// The last action was refused; the message says why.
    Error {
        /// The plain sentence of the failure.
        message: String,
    },
    /// 8x8's event stream reports the recording of the agent's call paused.
    LivePaused {
        /// When the pause was reported.
        since_ms: u64,
        /// Who paused it.
        by: PausedBy,
    },
    /// 8x8's event stream reports the agent's call being recorded.
    LiveRecording {
        /// When the recording started or was last resumed.
        since_ms: u64,
    },
    /// 8x8's event stream reports no call for the agent.
    LiveNoCall,
    /// 8x8's event stream reports a call that is not recorded (or whose
    /// recording has not started: a pause now would be ignored).
    LiveNotRecorded,
}

/// Who paused or resumed, as 8x8's event stream reports it (`isAPICall`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PausedBy {
    /// Through the API: this app (or another integration of the tenant).
    Api,
    /// Agent Workspace's own button.
    AgentWorkspace,
}

/// Why a pause is in doubt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Doubt {
    /// A pause (or the resume after one) got no answer that proves anything:
    /// timeout, network error, server error or an unrecognised body. 8x8 may
    /// well have applied it.
    NoAnswer,
    /// The pause was accepted, but long ago: without live events the app
    /// cannot see a call end, and a new call is recorded from its start.
    CallMayHaveEnded,
    /// 8x8's event stream reported the pause, then went down: the pause may
    /// have ended since.
    LiveLost,
}

/// Where a belief comes from (`rcctl status --json`'s `source`).
pub const SOURCE_ANSWER: &str = "answer";
/// Where a verified state comes from: 8x8's event stream.
pub const SOURCE_EVENTS: &str = "events";

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

impl BelievedState {
    /// The state after `report`, given the state before it, at time `now_ms`.
    /// An accepted pause starts a new pause period (the latest accepted pause
    /// counts: the agent may be on a new call). An answer that proves nothing
    /// leaves a pause in doubt rather than forgetting it.
    pub fn after(&self, report: &Report, now_ms: u64) -> BelievedState {
        let uncertain = matches!(
            report.outcome,
            Outcome::Unrecognised { .. }
                | Outcome::ServerError { .. }
                | Outcome::RelayFailed { .. }
                | Outcome::Timeout
                | Outcome::Network { .. }
        );
        match (&report.outcome, report.action) {
            // 8x8's stream already reported what the answer says (its event
            // can arrive before the HTTP answer): the verified state stays.
            (Outcome::Applied, Action::Pause)
                if matches!(self, BelievedState::LivePaused { .. }) =>
            {
                self.clone()
            }
            (Outcome::Applied, Action::Resume)
                if matches!(self, BelievedState::LiveRecording { .. }) =>
            {
                self.clone()
            }
            (Outcome::Applied, Action::Pause) => BelievedState::Paused { since_ms: now_ms },
            (Outcome::Applied, Action::Resume) => BelievedState::Recording {
                since_ms: Some(now_ms),
            },
            (Outcome::NoActiveCall, _) => BelievedState::NoActiveCall,
            (Outcome::NotEnabled, _) => BelievedState::NotEnabled,
            // A pause may have been applied; one more cannot undo an accepted one.
            (_, Action::Pause) if uncertain => match self {
                BelievedState::Paused { .. } | BelievedState::LivePaused { .. } => self.clone(),
                BelievedState::MaybePaused { since_ms, .. } => BelievedState::MaybePaused {
                    since_ms: *since_ms,
                    why: Doubt::NoAnswer,
                },
                _ => BelievedState::MaybePaused {
                    since_ms: now_ms,
                    why: Doubt::NoAnswer,
                },
            },
            // A resume may not have been applied: a pause before it stays in doubt.
            (_, Action::Resume) if uncertain => match self {
                BelievedState::Paused { since_ms }
                | BelievedState::LivePaused { since_ms, .. }
                | BelievedState::MaybePaused { since_ms, .. } => BelievedState::MaybePaused {
                    since_ms: *since_ms,
                    why: Doubt::NoAnswer,
                },
                BelievedState::Recording { .. } | BelievedState::LiveRecording { .. } => {
                    self.clone()
                }
                _ => BelievedState::Unknown,
            },
            _ => BelievedState::Error {
                message: report.message.clone(),
            },
        }
    }

    /// The same pause, now in doubt because its call may have ended; any
    /// other state (or a newer pause) is returned as it is.
    pub fn doubted(&self, paused_since_ms: u64) -> BelievedState {
        match self {
            BelievedState::Paused { since_ms } if *since_ms == paused_since_ms => {
                BelievedState::MaybePaused {
                    since_ms: *since_ms,
                    why: Doubt::CallMayHaveEnded,
                }
            }
            other => other.clone(),
        }
    }

    /// What is left of a verified state when 8x8's stream stops reporting
    /// (down, or a new run of the app): the belief it allows, never more. A
    /// state that was not verified is returned as it is.
    pub fn unverified(&self) -> BelievedState {
        match self {
            BelievedState::LivePaused { since_ms, .. } => BelievedState::MaybePaused {
                since_ms: *since_ms,
                why: Doubt::LiveLost,
            },
            BelievedState::LiveRecording { .. } => BelievedState::Recording { since_ms: None },
            BelievedState::LiveNoCall | BelievedState::LiveNotRecorded => BelievedState::Unknown,
            other => other.clone(),
        }
    }

    /// True when the recording is, or may be, paused: the safety nets act.
    pub fn may_be_paused(&self) -> bool {
        matches!(
            self,
            BelievedState::Paused { .. }
                | BelievedState::MaybePaused { .. }
                | BelievedState::LivePaused { .. }
        )
    }

    /// True when the recording is paused, by an accepted answer or by 8x8's
    /// own report (not merely in doubt).
    pub fn is_paused(&self) -> bool {
        matches!(
            self,
            BelievedState::Paused { .. } | BelievedState::LivePaused { .. }
        )
    }

    /// When the state began, when known.
    pub fn since_ms(&self) -> Option<u64> {
        match self {
            BelievedState::Recording { since_ms } => *since_ms,
            BelievedState::Paused { since_ms }
            | BelievedState::MaybePaused { since_ms, .. }
            | BelievedState::LivePaused { since_ms, .. }
            | BelievedState::LiveRecording { since_ms } => Some(*since_ms),
            _ => None,
        }
    }

    /// Whether 8x8 itself reported this state (its event stream). False for
    /// a belief built from answers: an accepted request is not a verified
    /// recording.
    pub fn verified(&self) -> bool {
        matches!(
            self,
            BelievedState::LivePaused { .. }
                | BelievedState::LiveRecording { .. }
                | BelievedState::LiveNoCall
                | BelievedState::LiveNotRecorded
        )
    }

    /// Where the state comes from: 8x8's event stream, 8x8's answers, or
    /// nothing yet.
    pub fn source(&self) -> Option<&'static str> {
        match self {
            BelievedState::Unknown => None,
            s if s.verified() => Some(SOURCE_EVENTS),
            _ => Some(SOURCE_ANSWER),
        }
    }

    /// Stable snake_case name.
    pub fn kind(&self) -> &'static str {
        match self {
            BelievedState::Unknown => "unknown",
            BelievedState::Recording { .. } | BelievedState::LiveRecording { .. } => "recording",
            BelievedState::Paused { .. } | BelievedState::LivePaused { .. } => "paused",
            BelievedState::LiveNoCall => "no_active_call",
            BelievedState::LiveNotRecorded => "not_recorded",
            BelievedState::MaybePaused { .. } => "maybe_paused",
            BelievedState::NoActiveCall => "no_active_call",
            BelievedState::NotEnabled => "not_enabled",
            BelievedState::Error { .. } => "error",
        }
    }

    /// A line that says what is known and how, e.g. "Paused at 10:42 UTC ·
    /// 2:14 (8x8 accepted; not verified)", in `l`'s language.
    pub fn describe(&self, now_ms: u64, l: &Localizer) -> String {
        let ago = |since: u64| elapsed(Duration::from_millis(now_ms.saturating_sub(since)));
        match self {
            BelievedState::Unknown => tr!(l, "state-unknown"),
            BelievedState::Recording { since_ms: Some(t) } => {
                tr!(l, "state-resumed-at", time = clock(*t))
            }
            BelievedState::Recording { since_ms: None } => tr!(l, "state-recording-unverified"),
            BelievedState::Paused { since_ms } => tr!(
                l,
                "state-paused-at",
                time = clock(*since_ms),
                elapsed = ago(*since_ms)
            ),
            BelievedState::MaybePaused {
                since_ms,
                why: Doubt::NoAnswer,
            } => tr!(
                l,
                "state-maybe-paused",
                time = clock(*since_ms),
                elapsed = ago(*since_ms)
            ),
            BelievedState::MaybePaused {
                since_ms,
                why: Doubt::CallMayHaveEnded,
            } => tr!(l, "state-call-may-have-ended", time = clock(*since_ms)),
            BelievedState::MaybePaused {
                since_ms,
                why: Doubt::LiveLost,
            } => tr!(
                l,
                "state-live-lost-paused",
                time = clock(*since_ms),
                elapsed = ago(*since_ms)
            ),
            BelievedState::LivePaused {
                since_ms,
                by: PausedBy::Api,
            } => tr!(l, "state-live-paused", elapsed = ago(*since_ms)),
            BelievedState::LivePaused {
                since_ms,
                by: PausedBy::AgentWorkspace,
            } => tr!(l, "state-live-paused-aw", elapsed = ago(*since_ms)),
            BelievedState::LiveRecording { .. } => tr!(l, "state-live-recording"),
            BelievedState::LiveNoCall => tr!(l, "state-live-no-call"),
            BelievedState::LiveNotRecorded => tr!(l, "state-live-not-recorded"),
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

/// `HH:MM UTC` of a Unix-millisecond time.
pub fn clock(ms: u64) -> String {
    let t = UNIX_EPOCH + Duration::from_millis(ms);
    let text = humantime::format_rfc3339_seconds(t).to_string();
    text.get(11..16)
        .map_or(text.clone(), |hm| format!("{hm} UTC"))
}

/// RFC 3339 (UTC, seconds) of a Unix-millisecond time, for `--json`.
pub fn rfc3339(ms: u64) -> String {
    humantime::format_rfc3339_seconds(UNIX_EPOCH + Duration::from_millis(ms)).to_string()
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

    /// Reads the state; missing or unreadable → `Unknown`. A state 8x8's
    /// stream reported is read back as the belief it leaves
    /// ([`BelievedState::unverified`]): nobody is reporting it now.
    pub fn load(&self) -> BelievedState {
        std::fs::read(&self.path)
            .ok()
            .and_then(|b| serde_json::from_slice::<BelievedState>(&b).ok())
            .map_or(BelievedState::Unknown, |s| s.unverified())
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
    fn verified_states_say_so_and_leave_only_a_belief_behind() {
        let l = Localizer::english();
        let paused = BelievedState::LivePaused {
            since_ms: 1_000,
            by: PausedBy::AgentWorkspace,
        };
        assert!(paused.verified() && paused.may_be_paused() && paused.is_paused());
        assert_eq!(paused.source(), Some(SOURCE_EVENTS));
        assert_eq!(paused.kind(), "paused");
        assert_eq!(
            paused.describe(84_000, &l),
            "Recording paused from Agent Workspace · 1:23 — confirmed by 8x8"
        );
        // The stream stops reporting: a pause in doubt, never "confirmed".
        let left = paused.unverified();
        assert_eq!(
            left,
            BelievedState::MaybePaused {
                since_ms: 1_000,
                why: Doubt::LiveLost
            }
        );
        assert!(!left.verified() && left.may_be_paused());
        assert!(left.describe(84_000, &l).contains("not verified"));
        assert_eq!(
            BelievedState::LiveNoCall.unverified(),
            BelievedState::Unknown
        );
        assert_eq!(
            BelievedState::LiveRecording { since_ms: 5 }.unverified(),
            BelievedState::Recording { since_ms: None }
        );
        // Our own accepted pause after 8x8 already reported it: still verified.
        let again = paused.after(&report(Action::Pause, Outcome::Applied), 2_000);
        assert_eq!(again, paused);
        // A resume with no answer: the verified pause is in doubt.
        let lost = paused.after(&report(Action::Resume, Outcome::Timeout), 2_000);
        assert!(
            matches!(lost, BelievedState::MaybePaused { .. }),
            "{lost:?}"
        );
    }

    #[test]
    fn a_verified_state_in_the_file_is_read_back_unverified() {
        let dir = tempfile::tempdir().unwrap();
        let file = StateFile::new(dir.path().join("state.json"));
        file.save(&BelievedState::LivePaused {
            since_ms: 7,
            by: PausedBy::Api,
        })
        .unwrap();
        assert_eq!(
            file.load(),
            BelievedState::MaybePaused {
                since_ms: 7,
                why: Doubt::LiveLost
            }
        );
    }

    #[test]
    fn transitions() {
        let paused = BelievedState::Unknown.after(&report(Action::Pause, Outcome::Applied), 1000);
        assert_eq!(paused, BelievedState::Paused { since_ms: 1000 });
        // The latest accepted pause counts: the agent may be on a new call.
        assert_eq!(
            paused.after(&report(Action::Pause, Outcome::Applied), 5000),
            BelievedState::Paused { since_ms: 5000 }
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
        assert!(matches!(
            rec.after(
                &report(Action::Pause, Outcome::Unauthorized { status: 401 }),
                1
            ),
            BelievedState::Error { .. }
        ));
    }

    #[test]
    fn an_answer_that_proves_nothing_leaves_a_pause_in_doubt() {
        let maybe = |since_ms| BelievedState::MaybePaused {
            since_ms,
            why: Doubt::NoAnswer,
        };
        let unclear = [
            Outcome::Timeout,
            Outcome::Network { detail: "x".into() },
            Outcome::ServerError { status: 503 },
            Outcome::Unrecognised {
                snippet: "?".into(),
            },
        ];
        for outcome in unclear {
            let rec = BelievedState::Recording { since_ms: Some(1) };
            // A pause that may have been applied.
            assert_eq!(
                rec.after(&report(Action::Pause, outcome.clone()), 7),
                maybe(7)
            );
            assert_eq!(
                BelievedState::Unknown.after(&report(Action::Pause, outcome.clone()), 7),
                maybe(7)
            );
            // Another unclear pause keeps the first time; an accepted pause stays.
            assert_eq!(
                maybe(3).after(&report(Action::Pause, outcome.clone()), 7),
                maybe(3)
            );
            let paused = BelievedState::Paused { since_ms: 3 };
            assert_eq!(
                paused.after(&report(Action::Pause, outcome.clone()), 7),
                paused
            );
            // A resume that may not have been applied keeps the pause in doubt.
            assert_eq!(
                paused.after(&report(Action::Resume, outcome.clone()), 7),
                maybe(3)
            );
            assert_eq!(rec.after(&report(Action::Resume, outcome.clone()), 7), rec);
            assert_eq!(
                BelievedState::NoActiveCall.after(&report(Action::Resume, outcome.clone()), 7),
                BelievedState::Unknown
            );
            assert!(maybe(3).may_be_paused());
        }
    }

    #[test]
    fn an_old_pause_is_doubted_but_a_newer_one_is_not() {
        let paused = BelievedState::Paused { since_ms: 10 };
        assert_eq!(
            paused.doubted(10),
            BelievedState::MaybePaused {
                since_ms: 10,
                why: Doubt::CallMayHaveEnded
            }
        );
        assert_eq!(paused.doubted(9), paused, "a newer pause stays current");
        let rec = BelievedState::Recording { since_ms: None };
        assert_eq!(rec.doubted(10), rec);
    }

    #[test]
    fn every_line_says_how_much_is_known() {
        let l = Localizer::english();
        // 10:42:00 UTC on some day, and 2:14 later.
        let t = 1_765_017_720_000;
        let now = t + 134_000;
        let line = |s: BelievedState| s.describe(now, &l);
        assert_eq!(
            line(BelievedState::Paused { since_ms: t }),
            "Paused at 10:42 UTC · 2:14 (8x8 accepted; not verified)"
        );
        assert_eq!(
            line(BelievedState::MaybePaused {
                since_ms: t,
                why: Doubt::NoAnswer
            }),
            "May be paused since 10:42 UTC · 2:14 (8x8 did not confirm)"
        );
        assert_eq!(
            line(BelievedState::MaybePaused {
                since_ms: t,
                why: Doubt::CallMayHaveEnded
            }),
            "Paused at 10:42 UTC — the call may have ended: recording may be running again (not verified)"
        );
        assert_eq!(
            line(BelievedState::Recording { since_ms: Some(t) }),
            "Recording — resumed at 10:42 UTC (8x8 accepted; not verified)"
        );
        assert_eq!(rfc3339(t), "2025-12-06T10:42:00Z");
        for s in [
            BelievedState::Paused { since_ms: t },
            BelievedState::Recording { since_ms: Some(t) },
        ] {
            assert!(!s.verified());
            assert_eq!(s.source(), Some(SOURCE_ANSWER));
        }
        assert_eq!(BelievedState::Unknown.source(), None);
    }

    #[test]
    fn describe_and_file_round_trip() {
        assert_eq!(elapsed(Duration::from_secs(3725)), "1:02:05");
        let s = BelievedState::MaybePaused {
            since_ms: 5,
            why: Doubt::CallMayHaveEnded,
        };
        let dir = tempfile::tempdir().unwrap();
        let f = StateFile::new(dir.path().join("state.json"));
        assert_eq!(f.load(), BelievedState::Unknown);
        f.save(&s).unwrap();
        assert_eq!(f.load(), s);
        let text = std::fs::read_to_string(f.path()).unwrap();
        assert_eq!(
            text,
            r#"{"state":"maybe_paused","since_ms":5,"why":"call_may_have_ended"}"#
        );
    }
}
