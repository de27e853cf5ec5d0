//! From controller events to what the agent sees: one loop that refreshes the
//! tray, shows notifications and updates an open settings window.

use crate::app::App;
use crate::{settings_window, tray};
use rccontrol::guard::{GuardEvent, GuardListener};
use rccontrol::{Action, BelievedState, ControllerEvent, EventSink, Report, Trigger, tr};
use std::time::Duration;
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
    /// A toggle is about to send this action (its outcome says so).
    Toggled(Action),
    /// A link asked for this action while links are off: ignored.
    LinkOff(Action),
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
        if let ControllerEvent::Finished {
            trigger, report, ..
        } = event
        {
            let _ = self.tx.send(UiEvent::Action {
                trigger: *trigger,
                report: report.clone(),
            });
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

/// Runs until the channel closes. While the state is Paused the tray's state
/// line is refreshed once a second (the elapsed time); otherwise it waits.
pub async fn run(app: App, mut rx: mpsc::UnboundedReceiver<UiEvent>) {
    let engine = app.engine.clone();
    let notifier = &app.notifier;
    loop {
        let paused = matches!(engine.snapshot().state, BelievedState::Paused { .. });
        let full = tokio::select! {
            event = rx.recv() => match event {
                None => break,
                Some(UiEvent::Action { trigger, report }) => {
                    notifier.outcome(&app, trigger, &report, engine.is_demo());
                    true
                }
                Some(UiEvent::Guard(event)) => {
                    notifier.guard(&app, &event, engine.is_demo());
                    false
                }
                Some(UiEvent::ModeChanged | UiEvent::Refresh) => true,
                Some(UiEvent::Refused { action, reason }) => {
                    tracing::info!(%action, reason, "nothing sent");
                    notifier.info(&tr!(engine.texts().get(), "nothing-sent"), &reason);
                    false
                }
                Some(UiEvent::Notice { title, body }) => {
                    notifier.info(&title, &body);
                    false
                }
                Some(UiEvent::Toggled(action)) => {
                    notifier.toggle_sent(action);
                    false
                }
                Some(UiEvent::LinkOff(action)) => {
                    let l = engine.texts().get();
                    let action = crate::notifications::action_word(action, &l);
                    notifier.info(
                        &tr!(l, "link-off-title", action = action),
                        &tr!(l, "link-off-body"),
                    );
                    false
                }
            },
            () = tokio::time::sleep(Duration::from_secs(1)), if paused => false,
        };
        tray::refresh(&app, full);
        if full {
            crate::badge::sync(&app);
        }
        settings_window::push_view(&app, full);
    }
}
