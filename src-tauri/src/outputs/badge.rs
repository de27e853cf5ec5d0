//! The on-screen "recording paused" badge: shown while the recording is, or
//! may be, paused (unless switched off), saying which; gone on resume or call
//! end. On Linux it is a
//! small native GTK window (no webview), created on show and destroyed on hide,
//! living on the GTK main thread; this module sends it commands from anywhere.

use crate::engine::Engine;
use crate::press::Press;
use rccontrol::{BelievedState, Localizer};
use std::sync::{Arc, Mutex};

/// What the badge should be showing.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Wanted {
    since_ms: u64,
    /// False while the pause is only maybe applied (or maybe over).
    sure: bool,
    /// 8x8's event stream reported the pause.
    verified: bool,
    corner: String,
    lang: &'static str,
}

/// A command for the badge on the main thread. Only the Linux badge reads
/// what to show: Windows and macOS have no badge yet.
#[derive(Debug)]
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
enum Command {
    Show {
        wanted: Wanted,
        texts: Arc<Localizer>,
    },
    Hide,
}

/// The handle the rest of the app uses; the badge itself stays on the main thread.
#[derive(Debug)]
pub struct BadgeHandle {
    tx: Option<tokio::sync::mpsc::UnboundedSender<Command>>,
    shown: Mutex<Option<Wanted>>,
}

impl BadgeHandle {
    /// Starts the badge's main-thread side. Call on the main thread.
    pub fn start(press: Press) -> Self {
        let tx = platform::start(press);
        BadgeHandle {
            tx,
            shown: Mutex::new(None),
        }
    }

    /// Makes the badge match the engine: shown while (maybe) paused and enabled.
    pub fn sync(&self, engine: &Engine) {
        let Some(tx) = &self.tx else { return };
        let snapshot = engine.snapshot();
        let (enabled, corner) = engine.badge();
        let texts = engine.texts().get();
        let sure = snapshot.state.is_paused();
        let verified = matches!(snapshot.state, BelievedState::LivePaused { .. });
        let wanted = match snapshot.state.since_ms() {
            Some(since_ms) if enabled && snapshot.state.may_be_paused() => Some(Wanted {
                since_ms,
                sure,
                verified,
                corner,
                lang: texts.tag(),
            }),
            _ => None,
        };
        if snapshot.state.may_be_paused() {
            // One line with the decision (the tests read it).
            tracing::debug!(
                shown = wanted.is_some(),
                sure,
                verified,
                "badge while paused"
            );
        }
        let mut shown = self.shown.lock().unwrap_or_else(|p| p.into_inner());
        if *shown == wanted {
            return;
        }
        let command = match &wanted {
            Some(w) => Command::Show {
                wanted: w.clone(),
                texts,
            },
            None => Command::Hide,
        };
        if tx.send(command).is_ok() {
            *shown = wanted;
        }
    }
}

#[cfg(target_os = "linux")]
mod platform {
    use super::Command;
    use crate::press::Press;
    use rccontrol::state::{elapsed, now_ms};
    use rccontrol::{Action, Trigger, tr};
    use rccontrol_badge::{Badge, BadgeText, Corner};

    /// Runs the badge on the GTK main context (main thread); returns the command sender.
    pub fn start(press: Press) -> Option<tokio::sync::mpsc::UnboundedSender<Command>> {
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<Command>();
        let on_resume = move || press.press(Action::Resume, Trigger::Badge);
        glib::MainContext::default().spawn_local(async move {
            let mut badge = Badge::new(on_resume);
            while let Some(command) = rx.recv().await {
                match command {
                    Command::Show { wanted, texts } => {
                        let corner = wanted.corner.parse().unwrap_or(Corner::BottomRight);
                        let (title, tooltip) = match (wanted.verified, wanted.sure) {
                            (true, _) => (
                                tr!(texts, "badge-title-live"),
                                tr!(texts, "badge-tooltip-live"),
                            ),
                            (false, true) => {
                                (tr!(texts, "badge-title"), tr!(texts, "badge-tooltip"))
                            }
                            (false, false) => (
                                tr!(texts, "badge-title-unsure"),
                                tr!(texts, "badge-tooltip-unsure"),
                            ),
                        };
                        let text = BadgeText {
                            title,
                            resume: tr!(texts, "badge-resume"),
                            tooltip,
                        };
                        let line: Box<dyn Fn(std::time::Duration) -> String> =
                            match (wanted.verified, wanted.sure) {
                                (true, _) => Box::new(move |d| {
                                    tr!(texts, "badge-line-live", elapsed = elapsed(d))
                                }),
                                (false, true) => Box::new(move |d| {
                                    tr!(texts, "badge-line", elapsed = elapsed(d))
                                }),
                                (false, false) => Box::new(move |d| {
                                    tr!(texts, "badge-line-unsure", elapsed = elapsed(d))
                                }),
                            };
                        badge.show(since_instant(wanted.since_ms), corner, text, line);
                    }
                    Command::Hide => badge.hide(),
                }
            }
        });
        Some(tx)
    }

    /// How long ago `since_ms` was, as a monotonic instant.
    fn since_instant(since_ms: u64) -> std::time::Instant {
        let ago = std::time::Duration::from_millis(now_ms().saturating_sub(since_ms));
        std::time::Instant::now()
            .checked_sub(ago)
            .unwrap_or_else(std::time::Instant::now)
    }
}

#[cfg(not(target_os = "linux"))]
mod platform {
    use super::Command;
    use crate::press::Press;

    /// Windows and macOS have no badge yet: the tray icon and the reminders
    /// carry the paused state there (see the README).
    pub fn start(_: Press) -> Option<tokio::sync::mpsc::UnboundedSender<Command>> {
        tracing::info!("the on-screen badge exists on Linux only");
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rccontrol::tr;

    #[test]
    fn the_badge_line_reads_like_the_issue_asks() {
        let l = Localizer::english();
        let line = tr!(
            l,
            "badge-line",
            elapsed = rccontrol::state::elapsed(std::time::Duration::from_secs(83))
        );
        assert_eq!(line, "● REC PAUSED 1:23");
    }
}
