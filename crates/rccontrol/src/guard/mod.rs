//! The guard against a recording left paused by mistake. It watches what the
//! controller reports and:
//! - reminds the agent while the recording is (or may still be) paused;
//! - resumes by itself after the maximum pause, counted from the first pause
//!   (a further Pause press does not extend it), when that is switched on;
//! - runs the auto-pause rules: pauses while a matching window is in front and
//!   resumes when none is — only what a rule paused, never a pause made by hand.
//!
//! It sends only through the controller, with trigger `timer` or `rule`.

use crate::action::{Action, Trigger};
use crate::controller::{Controller, ControllerEvent, EventSink};
use crate::rules::AutoPauseRule;
use crate::safety::Safety;
use crate::state::{BelievedState, now_ms};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::Instant;

/// After a failed auto-resume, the next try comes this much later.
pub const AUTO_RESUME_RETRY: Duration = Duration::from_secs(30);

/// What the guard tells the app (notifications, tray).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GuardEvent {
    /// The recording is still paused (or may be: the last resume failed).
    Reminder {
        /// Time since the first pause.
        paused_for: Duration,
        /// False when the last answer left the state unknown (a resume failed).
        certain: bool,
        /// Time left before the automatic resume, when one is set.
        auto_resume_in: Option<Duration>,
    },
    /// The maximum pause is reached: the guard is resuming.
    AutoResuming {
        /// Time since the first pause.
        paused_for: Duration,
    },
    /// A rule matched the window in front: the guard is pausing.
    RulePausing {
        /// The rule that matched.
        rule: AutoPauseRule,
    },
    /// No rule matches any more: the guard resumes what a rule paused.
    RuleResuming,
}

/// Receives guard events; called on the guard's task, keep it quick.
pub trait GuardListener: Send + Sync {
    /// Handles one event.
    fn on_guard(&self, event: &GuardEvent);
}

#[derive(Debug)]
enum Input {
    Finished {
        trigger: Trigger,
        action: Action,
        state: BelievedState,
    },
    Title(Option<String>),
    Safety(Box<Safety>),
}

/// The controller sink that feeds the guard; give it to the controller's sinks.
#[derive(Debug, Clone)]
pub struct GuardSink(mpsc::UnboundedSender<Input>);

impl EventSink for GuardSink {
    fn on_event(&self, event: &ControllerEvent) {
        if let ControllerEvent::Finished {
            trigger,
            report,
            state,
        } = event
        {
            let _ = self.0.send(Input::Finished {
                trigger: *trigger,
                action: report.action,
                state: state.clone(),
            });
        }
    }
}

/// The receiving end, consumed by [`Guard::spawn`].
#[derive(Debug)]
pub struct GuardInbox {
    tx: mpsc::UnboundedSender<Input>,
    rx: mpsc::UnboundedReceiver<Input>,
}

/// A sink for the controller and the inbox for the guard that will watch it.
pub fn channel() -> (GuardSink, GuardInbox) {
    let (tx, rx) = mpsc::unbounded_channel();
    (GuardSink(tx.clone()), GuardInbox { tx, rx })
}

/// Handle to the guard task; the task stops when the handle is dropped.
#[derive(Debug)]
pub struct Guard {
    tx: mpsc::UnboundedSender<Input>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Guard {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Guard {
    /// Starts guarding `controller` (whose sinks include the inbox's
    /// [`GuardSink`]) on the current tokio runtime.
    pub fn spawn(
        controller: Controller,
        inbox: GuardInbox,
        safety: Safety,
        listener: Arc<dyn GuardListener>,
    ) -> Self {
        let GuardInbox { tx, rx } = inbox;
        let state = controller.state();
        let mut watch = Watch {
            controller,
            listener,
            safety,
            state: BelievedState::Unknown,
            anchor: None,
            next_reminder: None,
            auto_resume_at: None,
            matched: None,
            title: None,
            owned: Owned::No,
        };
        watch.on_state(state, Instant::now());
        let task = tokio::spawn(watch.run(rx));
        Self { tx, task }
    }

    /// The foreground window's title changed (`None`: no window / no title).
    pub fn set_title(&self, title: Option<String>) {
        let _ = self.tx.send(Input::Title(title));
    }

    /// The settings changed.
    pub fn set_safety(&self, safety: Safety) {
        let _ = self.tx.send(Input::Safety(Box::new(safety)));
    }
}

/// Whether the current pause is a rule's to undo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Owned {
    /// Not the rule's (none, or the agent's own pause).
    No,
    /// The rule's pause is on its way.
    Pending,
    /// The rule's pause was confirmed.
    Yes,
}

struct Watch {
    controller: Controller,
    listener: Arc<dyn GuardListener>,
    safety: Safety,
    state: BelievedState,
    /// When the current pause period began (first confirmed pause).
    anchor: Option<Instant>,
    next_reminder: Option<Instant>,
    auto_resume_at: Option<Instant>,
    /// The rule matching the current title.
    matched: Option<AutoPauseRule>,
    title: Option<String>,
    owned: Owned,
}

impl Watch {
    async fn run(mut self, mut rx: mpsc::UnboundedReceiver<Input>) {
        loop {
            let deadline = [self.next_reminder, self.auto_resume_at]
                .into_iter()
                .flatten()
                .min();
            tokio::select! {
                input = rx.recv() => match input {
                    None => return,
                    Some(input) => self.on_input(input),
                },
                () = sleep_until(deadline), if deadline.is_some() => self.on_timer(Instant::now()),
            }
        }
    }

    fn on_input(&mut self, input: Input) {
        let now = Instant::now();
        match input {
            Input::Finished {
                trigger,
                action,
                state,
            } => {
                self.on_finished(trigger, action, &state);
                self.on_state(state, now);
                self.on_rule_resumed(trigger, action);
                if trigger == Trigger::Timer && self.anchor.is_some() && self.paused_maybe() {
                    // The automatic resume failed: try again a little later.
                    self.auto_resume_at = self.safety.max_pause.map(|_| now + AUTO_RESUME_RETRY);
                }
            }
            Input::Title(title) => {
                self.title = title;
                self.on_title();
            }
            Input::Safety(safety) => {
                self.safety = *safety;
                self.next_reminder = None;
                self.schedule(now);
                self.on_title();
            }
        }
    }

    /// Who owns the pause after a finished action.
    fn on_finished(&mut self, trigger: Trigger, action: Action, state: &BelievedState) {
        match (state, action) {
            (BelievedState::Paused { .. }, Action::Pause)
                if trigger == Trigger::Rule && self.owned == Owned::Pending =>
            {
                self.owned = Owned::Yes;
            }
            (BelievedState::Paused { .. }, Action::Pause) if trigger == Trigger::Rule => {}
            // The agent paused by hand: the pause is theirs now.
            (BelievedState::Paused { .. }, Action::Pause) => self.owned = Owned::No,
            (BelievedState::Paused { .. }, Action::Resume) => {}
            // A rule pause that failed paused nothing to undo.
            _ if trigger == Trigger::Rule && action == Action::Pause => self.owned = Owned::No,
            _ => {}
        }
    }

    fn on_state(&mut self, state: BelievedState, now: Instant) {
        match &state {
            BelievedState::Paused { since_ms } => {
                if self.anchor.is_none() {
                    let ago = Duration::from_millis(now_ms().saturating_sub(*since_ms));
                    self.anchor = Some(now.checked_sub(ago).unwrap_or(now));
                }
            }
            // The state may still be paused: keep the pause period.
            BelievedState::Unknown | BelievedState::Error { .. } => {}
            BelievedState::Recording { .. }
            | BelievedState::NoActiveCall
            | BelievedState::NotEnabled => {
                self.anchor = None;
                self.owned = Owned::No;
            }
        }
        self.state = state;
        self.schedule(now);
    }

    /// True while the recording is, or may still be, paused.
    fn paused_maybe(&self) -> bool {
        self.anchor.is_some()
            && matches!(
                self.state,
                BelievedState::Paused { .. } | BelievedState::Unknown | BelievedState::Error { .. }
            )
    }

    /// Sets the reminder and auto-resume deadlines for the current pause period;
    /// a reminder already due keeps its time (inputs must not reset it).
    fn schedule(&mut self, now: Instant) {
        let Some(anchor) = self.anchor.filter(|_| self.paused_maybe()) else {
            self.next_reminder = None;
            self.auto_resume_at = None;
            return;
        };
        if self.next_reminder.is_none() {
            // Past the first reminder already (a restart while paused): remind now.
            self.next_reminder = self.safety.reminder.map(|every| (anchor + every).max(now));
        }
        match (self.safety.max_pause, &self.state) {
            (Some(max), BelievedState::Paused { .. }) => self.auto_resume_at = Some(anchor + max),
            (None, _) => self.auto_resume_at = None,
            // Unknown or error: keep a pending retry.
            (Some(_), _) => {}
        }
    }

    fn on_timer(&mut self, now: Instant) {
        let Some(anchor) = self.anchor else {
            self.next_reminder = None;
            self.auto_resume_at = None;
            return;
        };
        let paused_for = now.duration_since(anchor);
        if self.auto_resume_at.is_some_and(|at| at <= now) {
            self.auto_resume_at = None;
            self.listener
                .on_guard(&GuardEvent::AutoResuming { paused_for });
            drop(self.controller.request(Action::Resume, Trigger::Timer));
        }
        if let Some(at) = self.next_reminder.filter(|at| *at <= now) {
            let certain = matches!(self.state, BelievedState::Paused { .. });
            let auto_resume_in = self
                .safety
                .max_pause
                .filter(|_| certain)
                .map(|max| max.saturating_sub(paused_for));
            self.listener.on_guard(&GuardEvent::Reminder {
                paused_for,
                certain,
                auto_resume_in,
            });
            let every = self.safety.reminder.unwrap_or(Duration::from_secs(60));
            let next = at + every;
            self.next_reminder = Some(if next > now { next } else { now + every });
        }
    }

    /// A matching window came back to the front while the rule's resume was
    /// on its way (the guard still believed "paused" and did not pause): now
    /// that the resume has landed, pause again.
    fn on_rule_resumed(&mut self, trigger: Trigger, action: Action) {
        let resumed = !matches!(
            self.state,
            BelievedState::Paused { .. } | BelievedState::Unknown | BelievedState::Error { .. }
        );
        if trigger != Trigger::Rule || action != Action::Resume || !resumed {
            return;
        }
        if let Some(rule) = self.matched.clone() {
            self.owned = Owned::Pending;
            self.listener.on_guard(&GuardEvent::RulePausing { rule });
            drop(self.controller.request(Action::Pause, Trigger::Rule));
        }
    }

    /// Applies the rules to the current title; acts only on transitions.
    fn on_title(&mut self) {
        let matched = self
            .title
            .as_deref()
            .and_then(|t| self.safety.rules.find(t))
            .cloned();
        let paused = matches!(self.state, BelievedState::Paused { .. });
        match (&self.matched, &matched) {
            // A pause the agent made stays theirs; only pause when not paused.
            (None, Some(rule)) if !paused => {
                self.owned = Owned::Pending;
                self.listener
                    .on_guard(&GuardEvent::RulePausing { rule: rule.clone() });
                drop(self.controller.request(Action::Pause, Trigger::Rule));
            }
            (Some(_), None) if self.owned != Owned::No => {
                self.owned = Owned::No;
                self.listener.on_guard(&GuardEvent::RuleResuming);
                drop(self.controller.request(Action::Resume, Trigger::Rule));
            }
            _ => {}
        }
        self.matched = matched;
    }
}

async fn sleep_until(deadline: Option<Instant>) {
    match deadline {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}

#[cfg(test)]
mod tests;
