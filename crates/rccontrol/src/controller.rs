//! The single place actions are sent from.
//!
//! One action is in flight at a time. A request for the action already in flight
//! joins it instead of being sent again; a request for the other action waits as
//! the *pending intent*, and the last intent wins: pause, resume, pause while the
//! first pause is in flight sends one pause. The controller never decides to
//! send anything by itself.

use crate::action::{Action, Trigger};
use crate::audit::{AuditEntry, AuditLog};
use crate::client::Client;
use crate::outcome::Report;
use crate::state::{BelievedState, StateFile, now_ms};
use crate::texts::Texts;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use tokio::sync::{mpsc, oneshot, watch};

/// Sends one action and reports how it ended. [`Client`] is the real one.
pub trait ActionSender: Send + Sync {
    /// Sends `action`; never fails (failures are outcomes).
    fn send(&self, action: Action) -> Pin<Box<dyn Future<Output = Report> + Send + '_>>;
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
        if let ControllerEvent::Finished { state, .. } = event {
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

/// The reply a caller gets when the controller stopped before answering.
#[derive(Debug, Clone, Copy, thiserror::Error)]
#[error("the controller has stopped")]
pub struct ControllerStopped;

/// Handle to the controller task. Cheap to clone.
#[derive(Clone)]
pub struct Controller {
    requests: mpsc::UnboundedSender<Request>,
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
            .send(Request {
                action,
                trigger,
                reply,
            })
            .is_ok();
        async move {
            if !queued {
                return Err(ControllerStopped);
            }
            answer.await.map_err(|_| ControllerStopped)
        }
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
    mut rx: mpsc::UnboundedReceiver<Request>,
    state: watch::Sender<BelievedState>,
    sinks: Vec<Arc<dyn EventSink>>,
) {
    let emit = |event: ControllerEvent| sinks.iter().for_each(|s| s.on_event(&event));
    let mut open = true;
    while let Some(first) = rx.recv().await {
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
            let send = sender.send(current.action);
            tokio::pin!(send);
            let report = loop {
                tokio::select! {
                    biased;
                    report = &mut send => break report,
                    next = rx.recv(), if open => match next {
                        None => open = false,
                        Some(req) => absorb(&mut current, &mut pending, req),
                    },
                }
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
            match pending.take() {
                Some(next) => current = next,
                None => break,
            }
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
    use crate::outcome::Outcome;
    use std::sync::Mutex;
    use std::time::Duration;

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
}
