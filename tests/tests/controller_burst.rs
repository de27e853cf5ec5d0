//! The controller against the simulator: bursts collapse, the last intent wins.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use rccontrol::{Action, BelievedState, Controller, Trigger};
use rccontrol_e2e::*;
use rccontrol_sim::{AgentRef, Fault};
use std::sync::Arc;
use std::time::Duration;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fifty_concurrent_pauses_reach_the_server_at_most_twice() {
    let s = Sim::start().await;
    let controller = Controller::spawn(
        Arc::new(s.client(&s.settings_email(EMAIL))),
        BelievedState::Unknown,
        vec![],
    );
    let calls: Vec<_> = (0..50)
        .map(|_| tokio::spawn(controller.request(Action::Pause, Trigger::Hotkey)))
        .collect();
    for call in calls {
        assert!(call.await.unwrap().unwrap().outcome.is_confirmed());
    }
    let n = s.sim.requests().len();
    assert!((1..=2).contains(&n), "{n} requests");
    assert!(matches!(controller.state(), BelievedState::Paused { .. }));
    assert!(s.sim.agent(TENANT, AgentRef::Email(EMAIL)).unwrap().paused);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mixed_burst_ends_in_the_last_intent() {
    let s = Sim::start().await;
    let controller = Controller::spawn(
        Arc::new(s.client(&s.settings_email(EMAIL))),
        BelievedState::Unknown,
        vec![],
    );
    // Many alternating presses, resume last, all made while the first is in
    // flight (held 2 s at the simulator): the in-flight pause, then the last
    // intent, once. The final state at the simulator and in the controller
    // is "recording".
    s.sim.inject(Fault::Delay(Duration::from_secs(2)), 1);
    let handles: Vec<_> = (0..40)
        .map(|i| {
            let action = if i % 2 == 0 {
                Action::Pause
            } else {
                Action::Resume
            };
            tokio::spawn(controller.request(action, Trigger::Tray))
        })
        .collect();
    let last = controller
        .request(Action::Resume, Trigger::Tray)
        .await
        .unwrap();
    assert_eq!(last.action, Action::Resume);
    for h in handles {
        h.await.unwrap().unwrap();
    }
    assert!(
        matches!(controller.state(), BelievedState::Recording { .. }),
        "{:?}",
        controller.state()
    );
    assert!(!s.sim.agent(TENANT, AgentRef::Email(EMAIL)).unwrap().paused);
    let sent: Vec<_> = s
        .sim
        .requests()
        .iter()
        .map(|r| r.raw_path.clone())
        .collect();
    assert_eq!(
        sent.len(),
        2,
        "coalesced to the in-flight and the last: {sent:?}"
    );
    assert!(
        sent[0].contains("/pause/") && sent[1].contains("/resume/"),
        "{sent:?}"
    );
}
