//! Everything the engine, the guard, the press and the inputs report, as one
//! typed event for the fan-out loop ([`crate::fanout`]), and the sinks that
//! turn the controller's and the guard's events into it.

use rccontrol::guard::{GuardEvent, GuardListener};
use rccontrol::{Action, ControllerEvent, EventSink, Report, Trigger};
use tokio::sync::mpsc;

/// Something the surfaces must reflect.
#[derive(Debug, Clone)]
pub enum UiEvent {
    /// An action finished.
    Action {
        /// Who asked.
        trigger: Trigger,
        /// What happened.
        report: Report,
    },
    /// The guard reminds, resumes or applies a rule.
    Guard(GuardEvent),
    /// The mode changed (settings saved, demo started or left).
    ModeChanged,
    /// Something else changed (hotkeys, autostart, environment): redraw.
    Refresh,
    /// A press sent nothing (not configured, the app quitting…).
    Refused {
        /// What was asked.
        action: Action,
        /// Why nothing was sent, in the agent's language.
        reason: String,
    },
    /// A press repeated within the throttle window was dropped.
    Ignored(rccontrol::throttle::Throttled),
    /// A toggle is about to send this action (its outcome says so).
    Toggled(Action),
    /// A link asked for this action while links are off: ignored.
    LinkOff(Action),
    /// A link asks to pause: the agent confirms it (or not).
    LinkConfirm,
    /// Something about the live state from 8x8's event stream.
    Live(rccontrol::live::LiveNotice),
    /// Something the agent must know that is not an action's outcome (a
    /// hotkey the desktop refused, the portal's binding).
    Notice {
        /// The notification's summary.
        title: String,
        /// Its body.
        body: String,
    },
}

/// Sender side, cloned into sinks and surfaces.
pub type UiSender = mpsc::UnboundedSender<UiEvent>;

/// Forwards finished actions from the controller to the UI loop.
#[derive(Debug)]
pub struct UiSink {
    tx: UiSender,
}

impl UiSink {
    /// A sink that forwards to `tx`.
    pub fn new(tx: UiSender) -> Self {
        Self { tx }
    }
}

impl EventSink for UiSink {
    fn on_event(&self, event: &ControllerEvent) {
        match event {
            ControllerEvent::Finished {
                trigger, report, ..
            } => {
                let _ = self.tx.send(UiEvent::Action {
                    trigger: *trigger,
                    report: report.clone(),
                });
            }
            // A pause put in doubt, a state 8x8's stream reported: every
            // surface redraws.
            ControllerEvent::Changed { .. } => {
                let _ = self.tx.send(UiEvent::Refresh);
            }
            ControllerEvent::Live(notice) => {
                let _ = self.tx.send(UiEvent::Live(notice.clone()));
            }
            ControllerEvent::Sending { .. } => {}
        }
    }
}

/// Forwards guard events to the UI loop.
#[derive(Debug)]
pub struct GuardNotices {
    tx: UiSender,
}

impl GuardNotices {
    /// A listener that forwards to `tx`.
    pub fn new(tx: UiSender) -> Self {
        Self { tx }
    }
}

impl GuardListener for GuardNotices {
    fn on_guard(&self, event: &GuardEvent) {
        let _ = self.tx.send(UiEvent::Guard(event.clone()));
    }
}
