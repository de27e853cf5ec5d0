//! The single place actions are sent from.
//!
//! One action is in flight at a time. A request for the action already in flight
//! joins it instead of being sent again; a request for the other action waits as
//! the *pending intent*, and the last intent wins: pause, resume, pause while the
//! first pause is in flight sends one pause. The controller never decides to
//! send anything by itself.
//!
//! A request abandoned after a timeout or a network error may still be applied
//! by 8x8 later, even after the opposite action sent next. So when the action
//! after such a one is accepted, the controller waits [`SETTLE`] and sends the
//! final intent once more before it reports the new state.

use crate::action::{Action, Trigger};
use crate::audit::{AuditEntry, AuditLog};
use crate::client::Client;
use crate::live::LiveNotice;
use crate::outcome::{Outcome, Report};
use crate::state::{BelievedState, StateFile, now_ms};
use crate::texts::Texts;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{mpsc, oneshot, watch};

/// How long after an accepted action the final intent is sent again, when an
/// earlier, opposite request was abandoned unanswered and may still land.
pub const SETTLE: Duration = Duration::from_secs(2);

/// Sends one action and reports how it ended. [`Client`] is the real one.
pub trait ActionSender: Send + Sync {
    /// Sends `action`; never fails (failures are outcomes).
    fn send(&self, action: Action) -> Pin<Box<dyn Future<Output = Report> + Send + '_>>;
    /// Sends `action` asked for by `trigger`. Only a sender that records the
    /// trigger elsewhere (the relay's central audit) needs more than [`send`](ActionSender::send).
    fn send_for(
        &self,
        action: Action,
        trigger: Trigger,
    ) -> Pin<Box<dyn Future<Output = Report> + Send + '_>> {
        let _ = trigger;
        self.send(action)
    }
    /// Tenant name, for messages.
    fn tenant(&self) -> &str;
    /// The language of its reports (English unless the sender says otherwise).
    fn texts(&self) -> Texts {
        Texts::english()
    }
}

impl ActionSender for Client {
    fn send(&self, action: Action) -> Pin<Box<dyn Future<Output = Report> + Send + '_>> {
        Box::pin(Client::send(self, action))
    }
    fn texts(&self) -> Texts {
        Client::texts(self).clone()
    }
    fn tenant(&self) -> &str {
        &self.config().tenant
    }
}

/// What the controller tells its listeners.
#[derive(Debug, Clone)]
pub enum ControllerEvent {
    /// An action goes on the wire.
    Sending {
        /// The action.
        action: Action,
        /// Who asked first.
        trigger: Trigger,
    },
    /// An action finished; the believed state is updated.
    Finished {
        /// Who asked first.
        trigger: Trigger,
        /// The full report.
        report: Report,
        /// The believed state after it.
        state: BelievedState,
    },
    /// The believed state changed without an action (a pause put in doubt,
    /// a state 8x8's event stream reported).
    Changed {
        /// The believed state now.
        state: BelievedState,
    },
    /// Something about the live state the agent should be told.
    Live(LiveNotice),
}

/// A listener for controller events (audit log, state file, tray, notifications).
/// Called on the controller's task, in order; keep it quick.
pub trait EventSink: Send + Sync {
    /// Handles one event.
    fn on_event(&self, event: &ControllerEvent);
}

impl EventSink for AuditLog {
    fn on_event(&self, event: &ControllerEvent) {
        if let ControllerEvent::Finished {
            trigger, report, ..
        } = event
        {
            if let Err(e) = self.append(&AuditEntry::from_report(*trigger, report)) {
                tracing::warn!(path = %self.path().display(), error = %e, "audit log write failed");
            }
        }
    }
}

impl EventSink for StateFile {
    fn on_event(&self, event: &ControllerEvent) {
        if let ControllerEvent::Finished { state, .. } | ControllerEvent::Changed { state } = event
        {
            if let Err(e) = self.save(state) {
                tracing::warn!(path = %self.path().display(), error = %e, "state file write failed");
            }
        }
    }
}

struct Request {
    action: Action,
    trigger: Trigger,
    reply: oneshot::Sender<Report>,
}

/// What reaches the controller task.
enum Msg {
    /// An action asked for.
    Act(Request),
    /// Put the pause accepted at `since_ms` in doubt (its call may have ended).
    Doubt { since_ms: u64 },
    /// A state 8x8's event stream reported (or what is left when it stops).
    Observe(BelievedState),
    /// A live-state notice for the listeners.
    Announce(LiveNotice),
    /// Nothing verifies the state any more: keep only the belief it allows.
    Unverify,
}

/// The reply a caller gets when the controller stopped before answering.
#[derive(Debug, Clone, Copy, thiserror::Error)]
#[error("the controller has stopped")]
pub struct ControllerStopped;

/// Handle to the controller task. Cheap to clone.
#[derive(Clone)]
pub struct Controller {
    requests: mpsc::UnboundedSender<Msg>,
    state: watch::Receiver<BelievedState>,
    texts: Texts,
}

impl std::fmt::Debug for Controller {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Controller")
            .field("state", &*self.state.borrow())
            .finish()
    }
}

impl Controller {
    /// Starts the controller task on the current tokio runtime.
    pub fn spawn(
        sender: Arc<dyn ActionSender>,
        initial: BelievedState,
        sinks: Vec<Arc<dyn EventSink>>,
    ) -> Self {
        let (tx, rx) = mpsc::unbounded_channel();
        let (state_tx, state_rx) = watch::channel(initial);
        let texts = sender.texts();
        tokio::spawn(run(sender, rx, state_tx, sinks));
        Self {
            requests: tx,
            state: state_rx,
            texts,
        }
    }

    /// The language of its reports and state lines.
    pub fn texts(&self) -> &Texts {
        &self.texts
    }

    /// Asks for `action`. The request is queued when this is called (so calls
    /// are ordered as made); the future resolves to the report of what was finally
    /// sent for this intent (the report of a later, opposite action if this intent
    /// was superseded before it went out).
    pub fn request(
        &self,
        action: Action,
        trigger: Trigger,
    ) -> impl Future<Output = Result<Report, ControllerStopped>> + Send + use<> {
        let (reply, answer) = oneshot::channel();
        let queued = self
            .requests
            .send(Msg::Act(Request {
                action,
                trigger,
                reply,
            }))
            .is_ok();
        async move {
            if !queued {
                return Err(ControllerStopped);
            }
            answer.await.map_err(|_| ControllerStopped)
        }
    }

    /// Puts the pause accepted at `since_ms` in doubt (see
    /// [`BelievedState::doubted`]); ignored when a newer answer changed the
    /// state, or while an action is on its way (its answer decides).
    pub fn doubt(&self, since_ms: u64) {
        let _ = self.requests.send(Msg::Doubt { since_ms });
    }

    /// Sets the state 8x8's event stream reports (or, when the stream stops,
    /// what is left of it). While an action is on its way it is applied
    /// right after that action's answer, so the stream has the last word.
    pub fn observe(&self, state: BelievedState) {
        let _ = self.requests.send(Msg::Observe(state));
    }

    /// Nothing verifies the state any more (the stream is down): the state
    /// becomes the belief it allows ([`BelievedState::unverified`]), applied
    /// to whatever the state is by then.
    pub fn unverify(&self) {
        let _ = self.requests.send(Msg::Unverify);
    }

    /// Tells the listeners a live-state notice, in order with the states.
    pub fn announce(&self, notice: LiveNotice) {
        let _ = self.requests.send(Msg::Announce(notice));
    }

    /// The believed state now.
    pub fn state(&self) -> BelievedState {
        self.state.borrow().clone()
    }

    /// A receiver that sees every state change.
    pub fn watch_state(&self) -> watch::Receiver<BelievedState> {
        self.state.clone()
    }
}

struct Batch {
    action: Action,
    trigger: Trigger,
    waiters: Vec<oneshot::Sender<Report>>,
}

async fn run(
    sender: Arc<dyn ActionSender>,
    mut rx: mpsc::UnboundedReceiver<Msg>,
    state: watch::Sender<BelievedState>,
    sinks: Vec<Arc<dyn EventSink>>,
) {
    let emit = |event: ControllerEvent| sinks.iter().for_each(|s| s.on_event(&event));
    let mut open = true;
    // An action sent without an answer (timeout, network error): 8x8 may
    // still apply it.
    let mut loose: Option<Action> = None;
    let apply = |msg: Msg| match msg {
        Msg::Doubt { since_ms } => {
            let doubted = state.borrow().doubted(since_ms);
            if doubted != *state.borrow() {
                state.send_replace(doubted.clone());
                emit(ControllerEvent::Changed { state: doubted });
            }
        }
        Msg::Observe(observed) => {
            if observed != *state.borrow() {
                state.send_replace(observed.clone());
                emit(ControllerEvent::Changed { state: observed });
            }
        }
        Msg::Announce(notice) => emit(ControllerEvent::Live(notice)),
        Msg::Unverify => {
            let left = state.borrow().unverified();
            if left != *state.borrow() {
                state.send_replace(left.clone());
                emit(ControllerEvent::Changed { state: left });
            }
        }
        Msg::Act(_) => {}
    };
    // Stream reports that arrived while an action was on its way.
    let mut deferred: Vec<Msg> = Vec::new();
    while let Some(msg) = rx.recv().await {
        let first = match msg {
            Msg::Act(request) => request,
            other => {
                apply(other);
                continue;
            }
        };
        let mut current = Batch {
            action: first.action,
            trigger: first.trigger,
            waiters: vec![first.reply],
        };
        loop {
            let mut pending: Option<Batch> = None;
            emit(ControllerEvent::Sending {
                action: current.action,
                trigger: current.trigger,
            });
            let started = tokio::time::Instant::now();
            let mut report = send_absorbing(
                &*sender,
                &mut rx,
                &mut open,
                &mut current,
                &mut pending,
                &mut deferred,
            )
            .await;
            let opposite_loose = loose.is_some_and(|a| a != current.action);
            if opposite_loose && report.outcome.is_confirmed() {
                // The abandoned request may land after this one: let it, then
                // send the final intent again (unless a newer one is waiting).
                let settle = tokio::time::sleep(SETTLE);
                tokio::pin!(settle);
                loop {
                    tokio::select! {
                        biased;
                        () = &mut settle => break,
                        next = rx.recv(), if open => match next {
                            None => open = false,
                            Some(Msg::Act(req)) => absorb(&mut current, &mut pending, req),
                            Some(Msg::Doubt { .. }) => {}
                            Some(live) => deferred.push(live),
                        },
                    }
                }
                if pending.is_none() {
                    tracing::info!(action = %current.action, "sending the final intent again: an abandoned request may have landed after it");
                    let again = send_absorbing(
                        &*sender,
                        &mut rx,
                        &mut open,
                        &mut current,
                        &mut pending,
                        &mut deferred,
                    )
                    .await;
                    report = Report {
                        attempts: report.attempts + again.attempts,
                        latency_ms: u64::try_from(started.elapsed().as_millis())
                            .unwrap_or(u64::MAX),
                        ..again
                    };
                }
            }
            loose = match &report.outcome {
                Outcome::Timeout | Outcome::Network { .. } => Some(report.action),
                o if o.is_confirmed() && (opposite_loose || loose == Some(report.action)) => None,
                _ => loose,
            };
            let next_state = state.borrow().after(&report, now_ms());
            state.send_replace(next_state.clone());
            emit(ControllerEvent::Finished {
                trigger: current.trigger,
                report: report.clone(),
                state: next_state,
            });
            for waiter in current.waiters.drain(..) {
                let _ = waiter.send(report.clone());
            }
            deferred.drain(..).for_each(&apply);
            match pending.take() {
                Some(next) => current = next,
                None => break,
            }
        }
    }
}

/// Sends `current`'s action; requests arriving meanwhile join it or wait as
/// the pending intent.
async fn send_absorbing(
    sender: &dyn ActionSender,
    rx: &mut mpsc::UnboundedReceiver<Msg>,
    open: &mut bool,
    current: &mut Batch,
    pending: &mut Option<Batch>,
    deferred: &mut Vec<Msg>,
) -> Report {
    let send = sender.send_for(current.action, current.trigger);
    tokio::pin!(send);
    loop {
        tokio::select! {
            biased;
            report = &mut send => return report,
            next = rx.recv(), if *open => match next {
                None => *open = false,
                Some(Msg::Act(req)) => absorb(current, pending, req),
                // The answer on its way decides.
                Some(Msg::Doubt { .. }) => {}
                // After the answer: the stream has the last word.
                Some(live) => deferred.push(live),
            },
        }
    }
}

/// Folds a request that arrived while `current` is in flight.
fn absorb(current: &mut Batch, pending: &mut Option<Batch>, req: Request) {
    match pending {
        // Same as in flight, nothing pending: join the in-flight action.
        None if req.action == current.action => current.waiters.push(req.reply),
        None => {
            *pending = Some(Batch {
                action: req.action,
                trigger: req.trigger,
                waiters: vec![req.reply],
            });
        }
        Some(p) if p.action == req.action => p.waiters.push(req.reply),
        // Back to the in-flight action: the pending intent is superseded.
        Some(_) => {
            if let Some(p) = pending.take() {
                current.waiters.extend(p.waiters);
            }
            current.waiters.push(req.reply);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    /// Records what was sent; each send takes 50 ms of (paused) time.
    #[derive(Default)]
    struct Recorder(Mutex<Vec<Action>>);

    impl ActionSender for Recorder {
        fn send(&self, action: Action) -> Pin<Box<dyn Future<Output = Report> + Send + '_>> {
            self.0.lock().unwrap().push(action);
            Box::pin(async move {
                tokio::time::sleep(Duration::from_millis(50)).await;
                Report {
                    action,
                    outcome: Outcome::Applied,
                    http_status: Some(200),
                    latency_ms: 50,
                    attempts: 1,
                    message: Outcome::Applied.sentence(
                        action,
                        "t",
                        &rccontrol_i18n::Localizer::english(),
                    ),
                }
            })
        }
        fn tenant(&self) -> &str {
            "t"
        }
    }

    #[derive(Default)]
    struct Events(Mutex<Vec<String>>);
    impl EventSink for Events {
        fn on_event(&self, e: &ControllerEvent) {
            let s = match e {
                ControllerEvent::Sending { action, trigger } => format!("send {action} {trigger}"),
                ControllerEvent::Finished { report, state, .. } => {
                    format!("done {} {}", report.action, state.kind())
                }
                ControllerEvent::Changed { state } => format!("changed {}", state.kind()),
                ControllerEvent::Live(notice) => format!("live {notice:?}"),
            };
            self.0.lock().unwrap().push(s);
        }
    }

    #[tokio::test(start_paused = true)]
    async fn burst_of_one_action_sends_once() {
        let rec = Arc::new(Recorder::default());
        let c = Controller::spawn(rec.clone(), BelievedState::Unknown, vec![]);
        let calls: Vec<_> = (0..50)
            .map(|_| {
                let c = c.clone();
                tokio::spawn(async move { c.request(Action::Pause, Trigger::Hotkey).await })
            })
            .collect();
        for call in calls {
            assert_eq!(call.await.unwrap().unwrap().action, Action::Pause);
        }
        assert!(rec.0.lock().unwrap().len() <= 2);
        assert!(matches!(c.state(), BelievedState::Paused { .. }));
    }

    #[tokio::test(start_paused = true)]
    async fn last_intent_wins() {
        let rec = Arc::new(Recorder::default());
        let events = Arc::new(Events::default());
        let c = Controller::spawn(rec.clone(), BelievedState::Unknown, vec![events.clone()]);
        let a = tokio::spawn({
            let c = c.clone();
            async move { c.request(Action::Pause, Trigger::Tray).await }
        });
        tokio::task::yield_now().await;
        tokio::time::sleep(Duration::from_millis(1)).await;
        // While the pause is in flight: resume, then pause again → the resume is dropped.
        let b = tokio::spawn({
            let c = c.clone();
            async move { c.request(Action::Resume, Trigger::Tray).await }
        });
        tokio::time::sleep(Duration::from_millis(1)).await;
        let d = tokio::spawn({
            let c = c.clone();
            async move { c.request(Action::Pause, Trigger::Tray).await }
        });
        a.await.unwrap().unwrap();
        assert_eq!(
            b.await.unwrap().unwrap().action,
            Action::Pause,
            "superseded intent gets the final report"
        );
        d.await.unwrap().unwrap();
        assert_eq!(*rec.0.lock().unwrap(), [Action::Pause]);
        // While a pause is in flight, resume → sent after it: final state Recording.
        let a = tokio::spawn({
            let c = c.clone();
            async move { c.request(Action::Pause, Trigger::Tray).await }
        });
        tokio::time::sleep(Duration::from_millis(1)).await;
        let b = c.request(Action::Resume, Trigger::Hotkey).await.unwrap();
        a.await.unwrap().unwrap();
        assert_eq!(b.action, Action::Resume);
        assert_eq!(
            *rec.0.lock().unwrap(),
            [Action::Pause, Action::Pause, Action::Resume]
        );
        assert!(matches!(c.state(), BelievedState::Recording { .. }));
        assert_eq!(
            events.0.lock().unwrap().as_slice(),
            [
                "send pause tray",
                "done pause paused",
                "send pause tray",
                "done pause paused",
                "send resume hotkey",
                "done resume recording"
            ]
        );
    }

    /// Answers from a script (then Applied), 50 ms each.
    struct Scripted {
        sent: Mutex<Vec<Action>>,
        script: Mutex<std::collections::VecDeque<Outcome>>,
    }

    impl Scripted {
        fn new(script: Vec<Outcome>) -> Self {
            Self {
                sent: Mutex::new(Vec::new()),
                script: Mutex::new(script.into()),
            }
        }
    }

    impl ActionSender for Scripted {
        fn send(&self, action: Action) -> Pin<Box<dyn Future<Output = Report> + Send + '_>> {
            self.sent.lock().unwrap().push(action);
            let outcome = self
                .script
                .lock()
                .unwrap()
                .pop_front()
                .unwrap_or(Outcome::Applied);
            Box::pin(async move {
                tokio::time::sleep(Duration::from_millis(50)).await;
                Report {
                    action,
                    message: outcome.sentence(action, "t", &rccontrol_i18n::Localizer::english()),
                    outcome,
                    http_status: Some(200),
                    latency_ms: 50,
                    attempts: 1,
                }
            })
        }
        fn tenant(&self) -> &str {
            "t"
        }
    }

    /// Sequence 4: a pause abandoned on a timeout may land after the resume
    /// sent next; the resume is sent again after [`SETTLE`], and the state
    /// says "recording" only then.
    #[tokio::test(start_paused = true)]
    async fn after_an_abandoned_request_the_final_intent_is_sent_again() {
        let rec = Arc::new(Scripted::new(vec![Outcome::Timeout]));
        let events = Arc::new(Events::default());
        let c = Controller::spawn(rec.clone(), BelievedState::Unknown, vec![events.clone()]);
        let paused = c.request(Action::Pause, Trigger::Hotkey).await.unwrap();
        assert_eq!(paused.outcome, Outcome::Timeout);
        assert_eq!(c.state().kind(), "maybe_paused");
        let started = tokio::time::Instant::now();
        let mut watch = c.watch_state();
        watch.borrow_and_update();
        let resumed = tokio::spawn({
            let c = c.clone();
            async move { c.request(Action::Resume, Trigger::Hotkey).await }
        });
        // Not "recording" before the second resume is answered.
        watch.changed().await.unwrap();
        assert!(started.elapsed() >= SETTLE, "{:?}", started.elapsed());
        let resumed = resumed.await.unwrap().unwrap();
        assert_eq!(resumed.outcome, Outcome::Applied);
        assert_eq!(resumed.attempts, 2);
        assert_eq!(
            *rec.sent.lock().unwrap(),
            [Action::Pause, Action::Resume, Action::Resume]
        );
        assert_eq!(c.state().kind(), "recording");
        // Once settled, the next actions go once each.
        c.request(Action::Pause, Trigger::Hotkey).await.unwrap();
        c.request(Action::Resume, Trigger::Hotkey).await.unwrap();
        assert_eq!(rec.sent.lock().unwrap().len(), 5);
        assert_eq!(
            events.0.lock().unwrap().as_slice(),
            [
                "send pause hotkey",
                "done pause maybe_paused",
                "send resume hotkey",
                "done resume recording",
                "send pause hotkey",
                "done pause paused",
                "send resume hotkey",
                "done resume recording"
            ]
        );
    }

    /// The same action sent again after a timeout needs no settle: an
    /// abandoned pause landing late only pauses what is paused.
    #[tokio::test(start_paused = true)]
    async fn the_same_action_after_a_timeout_is_sent_once() {
        let rec = Arc::new(Scripted::new(vec![Outcome::Timeout]));
        let c = Controller::spawn(rec.clone(), BelievedState::Unknown, vec![]);
        c.request(Action::Pause, Trigger::Hotkey).await.unwrap();
        c.request(Action::Pause, Trigger::Hotkey).await.unwrap();
        assert_eq!(*rec.sent.lock().unwrap(), [Action::Pause, Action::Pause]);
        assert_eq!(c.state().kind(), "paused");
    }

    #[tokio::test(start_paused = true)]
    async fn a_doubt_applies_only_to_the_pause_it_names() {
        let rec = Arc::new(Recorder::default());
        let events = Arc::new(Events::default());
        let c = Controller::spawn(rec, BelievedState::Unknown, vec![events.clone()]);
        c.request(Action::Pause, Trigger::Hotkey).await.unwrap();
        let since = c.state().since_ms().unwrap();
        c.doubt(since + 1);
        c.doubt(since);
        let mut watch = c.watch_state();
        watch
            .wait_for(|s| s.kind() == "maybe_paused")
            .await
            .unwrap();
        assert_eq!(
            c.state(),
            BelievedState::MaybePaused {
                since_ms: since,
                why: crate::state::Doubt::CallMayHaveEnded
            }
        );
        assert_eq!(
            events.0.lock().unwrap().last().unwrap(),
            "changed maybe_paused"
        );
    }
}
