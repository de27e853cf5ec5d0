//! Pure mapping from the engine's snapshot to what surfaces show: the tray's
//! state line and icon. No I/O, unit-tested.

use crate::engine::{Mode, Snapshot};
use rccontrol::BelievedState;
use rccontrol::live::StreamState;
use rccontrol::{Localizer, tr};

/// Which tray icon (file stem under `icons/png/`, without the size).
pub fn icon_name(snapshot: &Snapshot) -> &'static str {
    let demo = matches!(snapshot.mode, Mode::Demo { .. });
    let base = match (&snapshot.mode, &snapshot.state) {
        (Mode::NotConfigured { .. }, _) => "error",
        (_, BelievedState::Recording { .. }) => "recording",
        (_, BelievedState::Paused { .. }) => "paused",
        // Not sure: the icon says so; the line and the badge say "may be paused".
        (_, BelievedState::MaybePaused { .. }) => "unknown",
        (_, BelievedState::NoActiveCall) => "no-call",
        (_, BelievedState::NotEnabled) => "not-enabled",
        (_, BelievedState::Error { .. }) => "error",
        (_, BelievedState::Unknown) => "unknown",
        // 8x8's event stream reported it: the icon carries the verified mark.
        (_, BelievedState::LiveRecording { .. }) => "live-recording",
        (_, BelievedState::LivePaused { .. }) => "live-paused",
        (_, BelievedState::LiveNoCall) => "live-no-call",
        (_, BelievedState::LiveNotRecorded) => "live-not-recorded",
    };
    match (demo, base) {
        (false, b) => b,
        (true, "live-recording") => "demo-live-recording",
        (true, "live-paused") => "demo-live-paused",
        (true, "live-no-call") => "demo-live-no-call",
        (true, "live-not-recorded") => "demo-live-not-recorded",
        (true, "recording") => "demo-recording",
        (true, "paused") => "demo-paused",
        (true, "no-call") => "demo-no-call",
        (true, "not-enabled") => "demo-not-enabled",
        (true, "error") => "demo-error",
        (true, _) => "demo-unknown",
    }
}

/// The tray's state line: what is known now and how, e.g. "Paused at 10:42
/// UTC · 2:14 (8x8 accepted; not verified)".
pub fn state_line(snapshot: &Snapshot, now_ms: u64, l: &Localizer) -> String {
    let line = match &snapshot.mode {
        Mode::NotConfigured { .. } => return tr!(l, "not-configured"),
        Mode::Real { .. } => snapshot.state.describe(now_ms, l),
        Mode::Demo { .. } => tr!(l, "demo-line", line = snapshot.state.describe(now_ms, l)),
    };
    // Live state on but not live: the line says why it is a belief (a pause
    // in doubt from a lost stream already says so).
    let lost_pause = matches!(
        snapshot.state,
        BelievedState::MaybePaused {
            why: rccontrol::Doubt::LiveLost,
            ..
        }
    );
    match &snapshot.stream {
        Some(StreamState::Down { .. }) if !lost_pause => {
            tr!(l, "state-line-live-down", line = line)
        }
        Some(StreamState::Rejected) => tr!(l, "state-line-live-rejected", line = line),
        _ => line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snap(mode: Mode, state: BelievedState) -> Snapshot {
        Snapshot {
            mode,
            state,
            stream: None,
        }
    }

    #[test]
    fn a_live_state_that_is_not_live_says_why() {
        let real = Mode::Real {
            tenant: "t".into(),
            host: "h".into(),
        };
        let l = Localizer::english();
        let rec = BelievedState::Recording { since_ms: None };
        let with = |stream| Snapshot {
            stream: Some(stream),
            ..snap(real.clone(), rec.clone())
        };
        assert_eq!(
            state_line(&with(StreamState::Rejected), 0, &l),
            "Recording (not verified) · Event Streaming rejected the credential"
        );
        assert_eq!(
            state_line(&with(StreamState::Down { reason: "x".into() }), 0, &l),
            "Recording (not verified) · live state lost"
        );
        assert_eq!(
            state_line(&with(StreamState::Live), 0, &l),
            "Recording (not verified)"
        );
        let verified = Snapshot {
            stream: Some(StreamState::Live),
            ..snap(
                real,
                BelievedState::LivePaused {
                    since_ms: 0,
                    by: rccontrol::PausedBy::Api,
                },
            )
        };
        assert_eq!(icon_name(&verified), "live-paused");
        assert_eq!(
            state_line(&verified, 83_000, &l),
            "Recording paused · 1:23 — confirmed by 8x8"
        );
    }

    #[test]
    fn lines_and_icons() {
        let real = Mode::Real {
            tenant: "t".into(),
            host: "h".into(),
        };
        let demo = Mode::Demo { url: "u".into() };
        let paused = BelievedState::Paused { since_ms: 0 };
        assert_eq!(
            state_line(
                &snap(real.clone(), paused.clone()),
                134_000,
                &Localizer::english()
            ),
            "Paused at 00:00 UTC · 2:14 (8x8 accepted; not verified)"
        );
        assert_eq!(
            state_line(
                &snap(demo.clone(), paused.clone()),
                1_000,
                &Localizer::english()
            ),
            "DEMO · Paused at 00:00 UTC · 0:01 (8x8 accepted; not verified)"
        );
        let maybe = BelievedState::MaybePaused {
            since_ms: 0,
            why: rccontrol::Doubt::NoAnswer,
        };
        assert_eq!(icon_name(&snap(real.clone(), maybe.clone())), "unknown");
        assert_eq!(icon_name(&snap(demo.clone(), maybe)), "demo-unknown");
        let nc = Mode::NotConfigured { reason: "x".into() };
        assert_eq!(
            state_line(
                &snap(nc.clone(), BelievedState::Unknown),
                0,
                &Localizer::english()
            ),
            "Not configured"
        );
        assert_eq!(icon_name(&snap(nc, BelievedState::Unknown)), "error");
        assert_eq!(icon_name(&snap(real, paused.clone())), "paused");
        assert_eq!(icon_name(&snap(demo.clone(), paused)), "demo-paused");
        assert_eq!(
            icon_name(&snap(demo, BelievedState::NoActiveCall)),
            "demo-no-call"
        );
    }
}
