//! Simulated time: `start_paused` lets minutes pass instantly and exactly.

use super::*;
use crate::controller::ActionSender;
use crate::outcome::{Outcome, Report};
use crate::rules::RuleSet;
use std::future::Future;
use std::pin::Pin;
use std::sync::Mutex;

/// Answers every action with the next scripted outcome (then `Applied`),
/// after 40 ms; records what was sent and when.
#[derive(Default)]
struct Fake {
    sent: Mutex<Vec<(Action, Duration)>>,
    script: Mutex<Vec<Outcome>>,
    t0: Mutex<Option<Instant>>,
}

impl Fake {
    fn sent(&self) -> Vec<Action> {
        self.sent.lock().unwrap().iter().map(|(a, _)| *a).collect()
    }
}

impl ActionSender for Fake {
    fn send(&self, action: Action) -> Pin<Box<dyn Future<Output = Report> + Send + '_>> {
        let t0 = *self.t0.lock().unwrap().get_or_insert_with(Instant::now);
        self.sent.lock().unwrap().push((action, t0.elapsed()));
        let outcome = {
            let mut script = self.script.lock().unwrap();
            if script.is_empty() {
                Outcome::Applied
            } else {
                script.remove(0)
            }
        };
        Box::pin(async move {
            tokio::time::sleep(Duration::from_millis(40)).await;
            Report {
                action,
                message: outcome.sentence(action, "t", &crate::Localizer::english()),
                outcome,
                http_status: Some(200),
                latency_ms: 40,
                attempts: 1,
            }
        })
    }
    fn tenant(&self) -> &str {
        "t"
    }
}

/// Guard events with the simulated time they came at.
#[derive(Default)]
struct Heard(Mutex<Vec<(Duration, GuardEvent)>>, Mutex<Option<Instant>>);

impl GuardListener for Heard {
    fn on_guard(&self, event: &GuardEvent) {
        let t0 = *self.1.lock().unwrap().get_or_insert_with(Instant::now);
        self.0.lock().unwrap().push((t0.elapsed(), event.clone()));
    }
}

impl Heard {
    fn reminders(&self) -> Vec<u64> {
        self.0
            .lock()
            .unwrap()
            .iter()
            .filter_map(|(_, e)| match e {
                GuardEvent::Reminder { paused_for, .. } => Some(paused_for.as_secs()),
                _ => None,
            })
            .collect()
    }
}

struct Rig {
    fake: Arc<Fake>,
    heard: Arc<Heard>,
    controller: Controller,
    guard: Guard,
}

fn safety(reminder: u64, max_pause: u64, rules: &[&str]) -> Safety {
    let rules: Vec<_> = rules
        .iter()
        .map(|p| AutoPauseRule {
            pattern: (*p).into(),
            regex: false,
        })
        .collect();
    Safety {
        reminder: (reminder > 0).then(|| Duration::from_secs(reminder)),
        max_pause: (max_pause > 0).then(|| Duration::from_secs(max_pause)),
        rules: RuleSet::compile(&rules).unwrap(),
        ..Safety::default()
    }
}

fn rig(safety: Safety) -> Rig {
    let fake = Arc::new(Fake::default());
    let heard = Arc::new(Heard::default());
    *heard.1.lock().unwrap() = Some(Instant::now());
    *fake.t0.lock().unwrap() = Some(Instant::now());
    let (sink, inbox) = channel();
    let controller = Controller::spawn(fake.clone(), BelievedState::Unknown, vec![Arc::new(sink)]);
    let guard = Guard::spawn(controller.clone(), inbox, safety, heard.clone());
    Rig {
        fake,
        heard,
        controller,
        guard,
    }
}

async fn press(r: &Rig, action: Action) -> BelievedState {
    r.controller.request(action, Trigger::Hotkey).await.unwrap();
    settle().await;
    r.controller.state()
}

/// Lets the guard task see what the controller emitted.
async fn settle() {
    for _ in 0..10 {
        tokio::task::yield_now().await;
    }
}

async fn advance(secs: u64) {
    tokio::time::sleep(Duration::from_secs(secs)).await;
    settle().await;
}

#[tokio::test(start_paused = true)]
async fn reminders_repeat_while_paused_and_stop_on_resume() {
    let r = rig(safety(60, 0, &[]));
    assert!(matches!(
        press(&r, Action::Pause).await,
        BelievedState::Paused { .. }
    ));
    advance(59).await;
    assert!(r.heard.reminders().is_empty());
    advance(1).await;
    assert_eq!(r.heard.reminders(), [60]);
    advance(60).await;
    assert_eq!(r.heard.reminders(), [60, 120]);
    press(&r, Action::Resume).await;
    advance(600).await;
    assert_eq!(r.heard.reminders(), [60, 120]);
    assert_eq!(
        r.fake.sent(),
        [Action::Pause, Action::Resume],
        "the guard sent nothing"
    );
}

#[tokio::test(start_paused = true)]
async fn auto_resume_counts_from_the_latest_accepted_pause() {
    let r = rig(safety(0, 300, &[]));
    press(&r, Action::Pause).await;
    advance(200).await;
    // A pause accepted later (maybe on the next call) starts its own period.
    press(&r, Action::Pause).await;
    advance(299).await;
    assert_eq!(r.fake.sent(), [Action::Pause, Action::Pause]);
    advance(1).await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    settle().await;
    assert_eq!(
        r.fake.sent(),
        [Action::Pause, Action::Pause, Action::Resume]
    );
    let (_, at) = r.fake.sent.lock().unwrap()[2];
    assert_eq!(at.as_secs(), 500, "resume sent at {at:?}");
    assert!(matches!(
        r.controller.state(),
        BelievedState::Recording { .. }
    ));
    let heard = r.heard.0.lock().unwrap();
    assert!(
        matches!(heard[0].1, GuardEvent::AutoResuming { paused_for } if paused_for.as_secs() == 300)
    );
}

/// Sequence 1 without events: an accepted pause is current until its first
/// reminder goes unanswered; then it is in doubt and the reminders ask
/// whether this is still the same call.
#[tokio::test(start_paused = true)]
async fn an_unanswered_reminder_puts_the_pause_in_doubt() {
    let r = rig(safety(60, 0, &[]));
    press(&r, Action::Pause).await;
    advance(60).await;
    assert!(matches!(r.controller.state(), BelievedState::Paused { .. }));
    advance(60).await;
    assert_eq!(r.controller.state().kind(), "maybe_paused");
    advance(60).await;
    let kinds: Vec<_> = r
        .heard
        .0
        .lock()
        .unwrap()
        .iter()
        .filter_map(|(_, e)| match e {
            GuardEvent::Reminder { kind, .. } => Some(*kind),
            _ => None,
        })
        .collect();
    assert_eq!(
        kinds,
        [
            ReminderKind::Paused,
            ReminderKind::SameCall,
            ReminderKind::SameCall
        ]
    );
    // Pausing again answers it: a new, current pause.
    assert!(matches!(
        press(&r, Action::Pause).await,
        BelievedState::Paused { .. }
    ));
    advance(119).await;
    assert!(matches!(r.controller.state(), BelievedState::Paused { .. }));
    advance(1).await;
    assert_eq!(r.controller.state().kind(), "maybe_paused");
}

/// With reminders off, the pause is still put in doubt after two minutes.
#[tokio::test(start_paused = true)]
async fn without_reminders_the_pause_is_doubted_after_two_minutes() {
    let r = rig(safety(0, 0, &[]));
    press(&r, Action::Pause).await;
    advance(119).await;
    assert!(matches!(r.controller.state(), BelievedState::Paused { .. }));
    advance(1).await;
    assert_eq!(r.controller.state().kind(), "maybe_paused");
    assert!(r.heard.reminders().is_empty());
}

/// Sequence 3: a pause whose answer proved nothing starts the safety nets.
#[tokio::test(start_paused = true)]
async fn a_pause_that_may_have_been_applied_is_guarded() {
    let r = rig(safety(60, 90, &[]));
    r.fake
        .script
        .lock()
        .unwrap()
        .push(Outcome::ServerError { status: 503 });
    assert_eq!(press(&r, Action::Pause).await.kind(), "maybe_paused");
    advance(60).await;
    assert_eq!(r.heard.reminders(), [60]);
    advance(30).await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    settle().await;
    assert_eq!(r.fake.sent(), [Action::Pause, Action::Resume]);
    assert!(matches!(
        r.controller.state(),
        BelievedState::Recording { .. }
    ));
}

/// A rule's pause that may have been applied is still the rule's to undo.
#[tokio::test(start_paused = true)]
async fn a_rule_still_owns_a_pause_in_doubt() {
    let r = rig(safety(0, 0, &["card"]));
    r.fake.script.lock().unwrap().push(Outcome::Timeout);
    r.guard.set_title(Some("Card".into()));
    tokio::time::sleep(Duration::from_millis(100)).await;
    settle().await;
    assert_eq!(r.controller.state().kind(), "maybe_paused");
    r.guard.set_title(Some("Notes".into()));
    tokio::time::sleep(Duration::from_millis(100)).await;
    settle().await;
    assert_eq!(r.fake.sent(), [Action::Pause, Action::Resume]);
}

#[tokio::test(start_paused = true)]
async fn failed_auto_resume_is_retried_and_reminders_say_unsure() {
    let r = rig(safety(60, 90, &[]));
    press(&r, Action::Pause).await;
    r.fake.script.lock().unwrap().push(Outcome::Timeout);
    advance(91).await;
    assert_eq!(r.fake.sent(), [Action::Pause, Action::Resume]);
    assert_eq!(r.controller.state().kind(), "maybe_paused");
    advance(30).await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    settle().await;
    assert_eq!(
        r.fake.sent(),
        [Action::Pause, Action::Resume, Action::Resume]
    );
    assert!(matches!(
        r.controller.state(),
        BelievedState::Recording { .. }
    ));
    let heard = r.heard.0.lock().unwrap();
    // At 60 s: certain, auto-resume in 30 s. At 120 s, after the failed resume
    // and just before the retry: "may still be paused". None once resumed.
    let reminders: Vec<_> = heard
        .iter()
        .filter_map(|(_, e)| match e {
            GuardEvent::Reminder {
                kind,
                auto_resume_in,
                ..
            } => Some((*kind, *auto_resume_in)),
            _ => None,
        })
        .collect();
    assert_eq!(
        reminders,
        [
            (ReminderKind::Paused, Some(Duration::from_secs(30))),
            (ReminderKind::Unsure, None)
        ]
    );
}

#[tokio::test(start_paused = true)]
async fn call_end_stops_reminders() {
    let r = rig(safety(60, 300, &[]));
    press(&r, Action::Pause).await;
    advance(60).await;
    assert_eq!(r.heard.reminders(), [60]);
    // "Nothing to be modified": the call ended.
    r.fake.script.lock().unwrap().push(Outcome::NoActiveCall);
    assert_eq!(press(&r, Action::Pause).await, BelievedState::NoActiveCall);
    advance(900).await;
    assert_eq!(r.heard.reminders(), [60]);
    assert_eq!(
        r.fake.sent(),
        [Action::Pause, Action::Pause],
        "no auto-resume after the call"
    );
}

#[tokio::test(start_paused = true)]
async fn a_rule_pauses_and_resumes_only_its_own_pause() {
    let r = rig(safety(0, 0, &["card details"]));
    r.guard.set_title(Some("Notes".into()));
    settle().await;
    assert!(r.fake.sent().is_empty());
    r.guard.set_title(Some("Payment – Card details".into()));
    tokio::time::sleep(Duration::from_millis(100)).await;
    settle().await;
    assert_eq!(r.fake.sent(), [Action::Pause]);
    // Another matching title: nothing new.
    r.guard.set_title(Some("Card details – step 2".into()));
    settle().await;
    r.guard.set_title(Some("Notes".into()));
    tokio::time::sleep(Duration::from_millis(100)).await;
    settle().await;
    assert_eq!(r.fake.sent(), [Action::Pause, Action::Resume]);
    assert!(matches!(
        r.controller.state(),
        BelievedState::Recording { .. }
    ));

    // A pause made by hand is never resumed by a rule.
    press(&r, Action::Pause).await;
    r.guard.set_title(Some("Card details".into()));
    settle().await;
    r.guard.set_title(Some("Notes".into()));
    tokio::time::sleep(Duration::from_millis(100)).await;
    settle().await;
    assert_eq!(
        r.fake.sent(),
        [Action::Pause, Action::Resume, Action::Pause]
    );
    press(&r, Action::Resume).await;

    // A rule pause the agent then confirms by hand becomes theirs.
    r.guard.set_title(Some("Card details".into()));
    tokio::time::sleep(Duration::from_millis(100)).await;
    settle().await;
    press(&r, Action::Pause).await;
    r.guard.set_title(None);
    tokio::time::sleep(Duration::from_millis(100)).await;
    settle().await;
    assert_eq!(
        r.fake.sent(),
        [
            Action::Pause,
            Action::Resume,
            Action::Pause,
            Action::Resume,
            Action::Pause,
            Action::Pause
        ]
    );
    assert!(matches!(r.controller.state(), BelievedState::Paused { .. }));
}

#[tokio::test(start_paused = true)]
async fn leaving_while_the_rule_pause_is_in_flight_still_resumes() {
    let r = rig(safety(0, 0, &["card"]));
    r.guard.set_title(Some("Card".into()));
    settle().await;
    r.guard.set_title(Some("Notes".into()));
    tokio::time::sleep(Duration::from_millis(200)).await;
    settle().await;
    assert_eq!(r.fake.sent(), [Action::Pause, Action::Resume]);
    assert!(matches!(
        r.controller.state(),
        BelievedState::Recording { .. }
    ));
}

#[tokio::test(start_paused = true)]
async fn coming_back_while_the_rule_resume_is_in_flight_pauses_again() {
    let r = rig(safety(0, 0, &["card"]));
    r.guard.set_title(Some("Card".into()));
    tokio::time::sleep(Duration::from_millis(200)).await;
    settle().await;
    assert!(matches!(r.controller.state(), BelievedState::Paused { .. }));
    // Away, and back before the rule's resume has landed (it takes 40 ms).
    r.guard.set_title(Some("Notes".into()));
    settle().await;
    r.guard.set_title(Some("Card again".into()));
    tokio::time::sleep(Duration::from_millis(200)).await;
    settle().await;
    assert_eq!(
        r.fake.sent(),
        [Action::Pause, Action::Resume, Action::Pause]
    );
    assert!(matches!(r.controller.state(), BelievedState::Paused { .. }));
    // And the rule still owns that pause: leaving resumes it.
    r.guard.set_title(Some("Notes".into()));
    tokio::time::sleep(Duration::from_millis(200)).await;
    settle().await;
    assert_eq!(r.fake.sent().len(), 4);
    assert!(matches!(
        r.controller.state(),
        BelievedState::Recording { .. }
    ));
}

#[tokio::test(start_paused = true)]
async fn restart_while_paused_reminds_at_once_and_new_rules_apply() {
    let fake = Arc::new(Fake::default());
    let heard = Arc::new(Heard::default());
    let (sink, inbox) = channel();
    // The state file said: paused 10 minutes ago.
    let since_ms = now_ms() - 600_000;
    let controller = Controller::spawn(
        fake.clone(),
        BelievedState::Paused { since_ms },
        vec![Arc::new(sink)],
    );
    let guard = Guard::spawn(controller.clone(), inbox, safety(60, 0, &[]), heard.clone());
    advance(1).await;
    assert_eq!(heard.reminders(), [600]);
    advance(60).await;
    assert_eq!(heard.reminders(), [600, 660]);
    // Auto-resume switched on later: 10 minutes is past 5, so it resumes now.
    guard.set_safety(safety(60, 300, &[]));
    tokio::time::sleep(Duration::from_millis(100)).await;
    settle().await;
    assert_eq!(fake.sent(), [Action::Resume]);
}
