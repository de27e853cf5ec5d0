//! The guard against a recording left paused by mistake. It watches what the
//! controller reports and:
//! - reminds the agent while the recording is (or may still be) paused;
//! - stops presenting an accepted pause as current once the first reminder
//!   went unanswered (two reminder intervals after the latest accepted pause;
//!   two minutes when reminders are off): without live events the app cannot
//!   see the call end, and the next call is recorded from its start. The
//!   pause is put in doubt ([`crate::Doubt::CallMayHaveEnded`]) and the
//!   reminders ask "Is this still the same call?";
//! - resumes by itself after the maximum pause, counted from the latest
//!   accepted pause (a pause on a new call starts its own period), when that
//!   is switched on — also while a pause is only *maybe* applied;
//! - runs the auto-pause rules: pauses while a matching window is in front and
//!   resumes when none is — only what a rule paused, never a pause made by hand.
//!
//! It sends only through the controller, with trigger `timer` or `rule`.

use crate::action::{Action, Trigger};
use crate::controller::{Controller, ControllerEvent, EventSink};
use crate::rules::AutoPauseRule;
use crate::safety::{DEFAULT_REMINDER_SECS, Safety};
use crate::state::{BelievedState, Doubt, now_ms};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::Instant;

/// After a failed auto-resume, the next try comes this much later.
pub const AUTO_RESUME_RETRY: Duration = Duration::from_secs(30);

/// What a reminder can say about the pause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReminderKind {
    /// 8x8 accepted the pause (the latest answer).
    Paused,
    /// The pause is older than one unanswered reminder: is this still the
    /// same call? Recording may be running again.
    SameCall,
    /// A pause or the resume after it got no clear answer: the recording may
    /// be paused.
    Unsure,
}

/// What the guard tells the app (notifications, tray).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GuardEvent {
    /// The recording is still paused (or may be).
    Reminder {
        /// Time since the latest accepted (or sent) pause.
        paused_for: Duration,
        /// What is known about the pause.
        kind: ReminderKind,
        /// Time left before the automatic resume, when one is set.
        auto_resume_in: Option<Duration>,
    },
    /// The maximum pause is reached: the guard is resuming.
    AutoResuming {
        /// Time since the latest accepted pause.
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
    State(BelievedState),
    Title(Option<String>),
    Safety(Box<Safety>),
}

/// The controller sink that feeds the guard; give it to the controller's sinks.
#[derive(Debug, Clone)]
pub struct GuardSink(mpsc::UnboundedSender<Input>);

impl EventSink for GuardSink {
    fn on_event(&self, event: &ControllerEvent) {
        match event {
            ControllerEvent::Finished {
                trigger,
                report,
                state,
            } => {
                let _ = self.0.send(Input::Finished {
                    trigger: *trigger,
                    action: report.action,
                    state: state.clone(),
                });
            }
            ControllerEvent::Changed { state } => {
                let _ = self.0.send(Input::State(state.clone()));
            }
            ControllerEvent::Sending { .. } | ControllerEvent::Live(_) => {}
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
            anchor_ms: None,
            doubt_at: None,
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
    /// When the current pause period began (latest accepted, or sent, pause).
    anchor: Option<Instant>,
    /// The same, as the state's Unix-millisecond time: a new one is a new period.
    anchor_ms: Option<u64>,
    /// When the accepted pause stops being presented as current.
    doubt_at: Option<Instant>,
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
            let deadline = [self.next_reminder, self.auto_resume_at, self.doubt_at]
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
            Input::State(state) => self.on_state(state, now),
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

    /// Who owns the pause after a finished action. A rule's pause that may
    /// have been applied is still the rule's to undo.
    fn on_finished(&mut self, trigger: Trigger, action: Action, state: &BelievedState) {
        match (state.may_be_paused(), action) {
            (true, Action::Pause) if trigger == Trigger::Rule && self.owned == Owned::Pending => {
                self.owned = Owned::Yes;
            }
            (true, Action::Pause) if trigger == Trigger::Rule => {}
            // The agent paused by hand: the pause is theirs now.
            (true, Action::Pause) => self.owned = Owned::No,
            (true, Action::Resume) => {}
            // A rule pause that failed paused nothing to undo.
            _ if trigger == Trigger::Rule && action == Action::Pause => self.owned = Owned::No,
            _ => {}
        }
    }

    fn on_state(&mut self, state: BelievedState, now: Instant) {
        match &state {
            BelievedState::Paused { since_ms }
            | BelievedState::LivePaused { since_ms, .. }
            | BelievedState::MaybePaused { since_ms, .. } => {
                if self.anchor_ms != Some(*since_ms) {
                    // A new pause period, from the latest accepted pause.
                    let ago = Duration::from_millis(now_ms().saturating_sub(*since_ms));
                    self.anchor = Some(now.checked_sub(ago).unwrap_or(now));
                    self.anchor_ms = Some(*since_ms);
                    self.next_reminder = None;
                    self.auto_resume_at = None;
                }
            }
            // The state may still be paused: keep the pause period.
            BelievedState::Unknown | BelievedState::Error { .. } => {}
            // 8x8's stream saw the call end, or the recording run: the pause
            // period is over (a pause on the next call starts its own).
            BelievedState::Recording { .. }
            | BelievedState::NoActiveCall
            | BelievedState::NotEnabled
            | BelievedState::LiveRecording { .. }
            | BelievedState::LiveNoCall
            | BelievedState::LiveNotRecorded => {
                self.anchor = None;
                self.anchor_ms = None;
                self.owned = Owned::No;
            }
        }
        self.state = state;
        self.schedule(now);
    }

    /// True while the recording is, or may still be, paused.
    fn paused_maybe(&self) -> bool {
        self.anchor.is_some()
            && (self.state.may_be_paused()
                || matches!(
                    self.state,
                    BelievedState::Unknown | BelievedState::Error { .. }
                ))
    }

    /// Sets the reminder, doubt and auto-resume deadlines for the current
    /// pause period; a reminder already due keeps its time (inputs must not
    /// reset it).
    fn schedule(&mut self, now: Instant) {
        let Some(anchor) = self.anchor.filter(|_| self.paused_maybe()) else {
            self.next_reminder = None;
            self.auto_resume_at = None;
            self.doubt_at = None;
            return;
        };
        if self.next_reminder.is_none() {
            // Past the first reminder already (a restart while paused): remind now.
            self.next_reminder = self.safety.reminder.map(|every| (anchor + every).max(now));
        }
        // One reminder interval for the reminder, one more for its answer.
        let interval = self
            .safety
            .reminder
            .unwrap_or(Duration::from_secs(u64::from(DEFAULT_REMINDER_SECS)));
        self.doubt_at = matches!(self.state, BelievedState::Paused { .. })
            .then(|| (anchor + interval * 2).max(now));
        match (self.safety.max_pause, &self.state) {
            (Some(max), BelievedState::Paused { .. } | BelievedState::LivePaused { .. }) => {
                self.auto_resume_at = Some(anchor + max);
            }
            (Some(max), BelievedState::MaybePaused { .. }) if self.auto_resume_at.is_none() => {
                self.auto_resume_at = Some(anchor + max);
            }
            (None, _) => self.auto_resume_at = None,
            // Unknown or error: keep a pending retry.
            (Some(_), _) => {}
        }
    }

    fn on_timer(&mut self, now: Instant) {
        let Some(anchor) = self.anchor else {
            self.next_reminder = None;
            self.auto_resume_at = None;
            self.doubt_at = None;
            return;
        };
        let paused_for = now.duration_since(anchor);
        if self.doubt_at.is_some_and(|at| at <= now) {
            self.doubt_at = None;
            if let BelievedState::Paused { since_ms } = self.state {
                tracing::info!(
                    paused_for = ?paused_for,
                    "a reminder went unanswered: the pause may have ended with its call"
                );
                self.controller.doubt(since_ms);
                self.state = self.state.doubted(since_ms);
            }
        }
        if self.auto_resume_at.is_some_and(|at| at <= now) {
            self.auto_resume_at = None;
            self.listener
                .on_guard(&GuardEvent::AutoResuming { paused_for });
            drop(self.controller.request(Action::Resume, Trigger::Timer));
        }
        if let Some(at) = self.next_reminder.filter(|at| *at <= now) {
            let kind = match self.state {
                BelievedState::Paused { .. } | BelievedState::LivePaused { .. } => {
                    ReminderKind::Paused
                }
                BelievedState::MaybePaused {
                    why: Doubt::CallMayHaveEnded,
                    ..
                } => ReminderKind::SameCall,
                _ => ReminderKind::Unsure,
            };
            let auto_resume_in = self
                .safety
                .max_pause
                .filter(|_| kind == ReminderKind::Paused)
                .map(|max| max.saturating_sub(paused_for));
            self.listener.on_guard(&GuardEvent::Reminder {
                paused_for,
                kind,
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
        let resumed = !self.state.may_be_paused()
            && !matches!(
                self.state,
                BelievedState::Unknown | BelievedState::Error { .. }
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
        let paused = self.state.is_paused();
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
