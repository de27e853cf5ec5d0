//! The one way an input asks for an action: a press goes to the engine (its
//! throttle, then the controller); a toggle is resolved here; a link is
//! checked against the links switch here. What the agent must be told — a
//! refusal, which action a toggle sent, a link that was ignored — goes out as
//! an event to the UI loop, never to an output directly.

use crate::engine::Engine;
use crate::error::{self, AppError};
use crate::ui_events::{UiEvent, UiSender};
use rccontrol::{Action, Report, Trigger};
use std::sync::Arc;

/// Presses actions on behalf of the inputs (hotkeys, links, the socket) and
/// of the outputs' own Resume buttons (tray, badge, notification).
#[derive(Debug, Clone)]
pub struct Press {
    engine: Arc<Engine>,
    events: UiSender,
    rt: tokio::runtime::Handle,
}

impl Press {
    /// Presses go to `engine`; what the agent must be told goes to `events`.
    pub fn new(engine: Arc<Engine>, events: UiSender, rt: tokio::runtime::Handle) -> Self {
        Press { engine, events, rt }
    }

    /// Queues `action` now (presses keep their order); its outcome reaches
    /// the agent through the UI loop, a refusal as [`UiEvent::Refused`]. A
    /// repeat within the throttle window is dropped — the press that went
    /// through moments ago is the one that counts — and the agent is told
    /// once per burst ([`UiEvent::Ignored`]).
    pub fn press(&self, action: Action, trigger: Trigger) {
        match self.request(action, trigger) {
            Ok(pending) => {
                self.rt.spawn(async move {
                    let _ = pending.await;
                });
            }
            Err(AppError::Throttled(t)) => {
                tracing::info!(%t, "press dropped");
                if t.first {
                    let _ = self.events.send(UiEvent::Ignored(t));
                }
            }
            Err(e) => self.refused(action, &e),
        }
    }

    /// A toggle: resume while believed paused, else pause. The notification
    /// of its outcome says which action it sent ([`UiEvent::Toggled`]).
    pub fn toggle(&self, trigger: Trigger) -> Action {
        let action = self.engine.toggle_action();
        let _ = self.events.send(UiEvent::Toggled(action));
        self.press(action, trigger);
        action
    }

    /// A `rccontrol://` link asking for `action`: pressed when links are on
    /// — a pause only once the agent confirms it, unless that is switched off
    /// ([`UiEvent::LinkConfirm`]); otherwise refused, and the agent told
    /// ([`UiEvent::LinkOff`]).
    pub fn link(&self, action: Action) {
        if self.links_on(action) && !self.link_waits(action) {
            self.press(action, Trigger::Link);
        }
    }

    /// Whether a link's `action` waits for the agent's confirmation (a pause,
    /// while that is switched on); if so, the agent is asked
    /// ([`UiEvent::LinkConfirm`]).
    pub fn link_waits(&self, action: Action) -> bool {
        if action != Action::Pause || !self.engine.safety().link_pause_confirm {
            return false;
        }
        tracing::info!("a link asks to pause: waiting for the agent's confirmation");
        let _ = self.events.send(UiEvent::LinkConfirm);
        true
    }

    /// Whether links are on; when off, the agent is told that a link asked
    /// for `action` and was ignored.
    pub fn links_on(&self, action: Action) -> bool {
        if self.engine.safety().deep_link {
            tracing::info!(%action, "rccontrol link");
            return true;
        }
        tracing::warn!(%action, "rccontrol link ignored: links are off");
        let _ = self.events.send(UiEvent::LinkOff(action));
        false
    }

    /// Queues `action` now and returns the future of its report, or why
    /// nothing was sent. Reports nothing itself: for callers that answer
    /// someone (the control socket answers its client).
    pub fn request(
        &self,
        action: Action,
        trigger: Trigger,
    ) -> Result<impl Future<Output = Result<Report, AppError>> + Send + use<>, AppError> {
        // The engine may open its session again first (a keychain that was
        // out), which starts the controller's task on this runtime.
        let _runtime = self.rt.enter();
        self.engine.request(action, trigger)
    }

    /// Tells the agent that `action` was not sent, and why ([`UiEvent::Refused`]).
    pub fn refused(&self, action: Action, e: &AppError) {
        let l = self.engine.texts().get();
        let _ = self.events.send(UiEvent::Refused {
            action,
            reason: error::localized(e, &l),
        });
    }
}
