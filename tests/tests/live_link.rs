//! The live link against the simulator's event stream, over real TLS: what
//! 8x8 reports becomes a verified state, our own actions are confirmed (or
//! said to be accepted but not reported), contradictions are told, and a
//! stream that drops, refuses or sends garbage never leaves a verified state
//! standing that nobody reports.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use rccontrol::live::{LiveHandle, LiveNotice, StreamCredential, StreamState};
use rccontrol::{
    Action, BelievedState, Controller, ControllerEvent, Doubt, EventSink, PausedBy, Trigger,
};
use rccontrol_e2e::*;
use rccontrol_sim::{AgentRef, Garbage, StreamFault};
use rccontrol_stream::client::{Backoff, StreamConfig, Timings};
use rccontrol_stream::hosts::parse_host_override;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Every live notice the controller told its listeners.
#[derive(Default)]
struct Notices(Mutex<Vec<LiveNotice>>);

impl EventSink for Notices {
    fn on_event(&self, event: &ControllerEvent) {
        if let ControllerEvent::Live(n) = event {
            self.0.lock().unwrap().push(n.clone());
        }
    }
}

impl Notices {
    fn all(&self) -> Vec<LiveNotice> {
        self.0.lock().unwrap().clone()
    }
    fn has(&self, want: &LiveNotice) -> bool {
        self.all().contains(want)
    }
}

/// Polls `cond` every 10 ms for up to 15 s; fails naming `what`.
async fn until(what: &str, mut cond: impl FnMut() -> bool) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
    while !cond() {
        assert!(
            tokio::time::Instant::now() < deadline,
            "timed out waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

struct Live {
    s: Sim,
    controller: Controller,
    notices: Arc<Notices>,
    link: LiveHandle,
}

/// Test timings: quick reconnects, a short silence limit.
fn quick() -> Timings {
    Timings {
        connect_timeout: Duration::from_secs(5),
        idle_limit: Duration::from_millis(800),
        backoff: Backoff {
            initial: Duration::from_millis(100),
            max: Duration::from_millis(400),
            ..Backoff::default()
        },
        ..Timings::default()
    }
}

fn tls(ca: &std::path::Path) -> Arc<rustls::ClientConfig> {
    let mut roots = rustls::RootCertStore::empty();
    let pem = std::fs::read(ca).unwrap();
    for cert in rustls_pemfile::certs(&mut pem.as_slice()) {
        roots.add(cert.unwrap()).unwrap();
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    Arc::new(
        rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_root_certificates(roots)
            .with_no_client_auth(),
    )
}

/// The agent of [`EMAIL`] on a call, a controller over the simulator and a
/// live link reading their topic with `credential`.
async fn start(credential: &str) -> Live {
    let s = Sim::start().await;
    s.sim.set_ping_interval(Duration::from_millis(100));
    let settings = s.settings_live(EMAIL, AGENT_ID);
    let notices = Arc::new(Notices::default());
    let (sink, inbox) = rccontrol::live::channel();
    let controller = Controller::spawn(
        Arc::new(s.client(&settings)),
        BelievedState::Unknown,
        vec![notices.clone(), Arc::new(sink)],
    );
    let stream = StreamConfig::new(
        parse_host_override(&s.sim.host_port()).unwrap(),
        TENANT,
        AGENT_ID,
        StreamCredential::new(credential),
        tls(&s.ca_file()),
    )
    .unwrap()
    .with_timings(quick());
    let link = LiveHandle::spawn_with(stream, AGENT_ID, controller.clone(), inbox).unwrap();
    Live {
        s,
        controller,
        notices,
        link,
    }
}

/// Live, and the agent on a new recorded call, verified.
async fn recorded_call(l: &Live) {
    until("the stream to be live", || l.link.is_live()).await;
    l.s.sim.new_call(TENANT, me(), true).unwrap();
    until("the recorded call", || {
        matches!(l.controller.state(), BelievedState::LiveRecording { .. })
    })
    .await;
}

fn me() -> AgentRef<'static> {
    AgentRef::Email(EMAIL)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn our_pause_is_confirmed_and_what_others_do_is_told_and_shown() {
    let l = start(STREAM_KEY).await;
    until("the stream to be live", || l.link.is_live()).await;
    // Connected from `latest`: nothing is known of the call already on.
    assert!(
        !l.controller.state().verified(),
        "{:?}",
        l.controller.state()
    );

    let report = l
        .controller
        .request(Action::Pause, Trigger::Hotkey)
        .await
        .unwrap();
    assert!(report.outcome.is_confirmed(), "{report:?}");
    until("our pause confirmed", || {
        l.notices.has(&LiveNotice::Verified {
            action: Action::Pause,
            by: Some(PausedBy::Api),
        })
    })
    .await;
    until("a verified pause", || {
        matches!(
            l.controller.state(),
            BelievedState::LivePaused {
                by: PausedBy::Api,
                ..
            }
        )
    })
    .await;
    let state = l.controller.state();
    assert!(
        state.verified() && state.source() == Some("events"),
        "{state:?}"
    );
    // Our own pause is not told as someone else's.
    assert!(
        !l.notices
            .all()
            .iter()
            .any(|n| matches!(n, LiveNotice::Elsewhere { .. })),
        "{:?}",
        l.notices.all()
    );

    // Agent Workspace's own buttons: shown at once, and said.
    l.s.sim.workspace_recording(TENANT, me(), false).unwrap();
    until("the resume from Agent Workspace", || {
        matches!(l.controller.state(), BelievedState::LiveRecording { .. })
    })
    .await;
    assert!(l.notices.has(&LiveNotice::Elsewhere {
        paused: false,
        by: PausedBy::AgentWorkspace
    }));
    l.s.sim.workspace_recording(TENANT, me(), true).unwrap();
    until("the pause from Agent Workspace", || {
        matches!(
            l.controller.state(),
            BelievedState::LivePaused {
                by: PausedBy::AgentWorkspace,
                ..
            }
        )
    })
    .await;

    // The call ends while paused: the pause ends with it, and it is said.
    assert!(l.s.sim.set_call(TENANT, me(), false));
    until("no call", || {
        l.controller.state() == BelievedState::LiveNoCall
    })
    .await;
    assert!(l.notices.has(&LiveNotice::CallEndedWhilePaused));

    // The next call is recorded from its start.
    l.s.sim.new_call(TENANT, me(), true).unwrap();
    until("the new call recorded", || {
        matches!(l.controller.state(), BelievedState::LiveRecording { .. })
    })
    .await;
    assert_eq!(
        l.s.sim.stream_stats().accepted,
        1,
        "one connection all along"
    );
    l.link.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pause_8x8_accepts_but_does_not_apply_is_said_and_not_shown_as_paused() {
    let l = start(STREAM_KEY).await;
    until("the stream to be live", || l.link.is_live()).await;
    // A call whose recording has not started: 8x8 answers "success" and
    // ignores the pause.
    l.s.sim.new_call(TENANT, me(), false).unwrap();
    until("the unrecorded call", || {
        l.controller.state() == BelievedState::LiveNotRecorded
    })
    .await;
    let report = l
        .controller
        .request(Action::Pause, Trigger::Hotkey)
        .await
        .unwrap();
    assert!(report.outcome.is_confirmed(), "{report:?}");
    until("accepted but not reported", || {
        l.notices.has(&LiveNotice::Verified {
            action: Action::Pause,
            by: None,
        })
    })
    .await;
    until("the state 8x8 reports", || {
        l.controller.state() == BelievedState::LiveNotRecorded
    })
    .await;
    l.link.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dropped_stream_says_not_verified_and_resumes_without_losing_an_event() {
    let l = start(STREAM_KEY).await;
    until("the stream to be live", || l.link.is_live()).await;
    l.s.sim.workspace_recording(TENANT, me(), true).unwrap();
    until("a verified pause", || l.controller.state().is_paused()).await;

    // Stalled: no frame, no ping. Past the silence limit the state is a
    // belief again, and it is said once.
    l.s.sim.stream_fault(StreamFault::Stall);
    until("the stall noticed", || {
        matches!(
            l.controller.state(),
            BelievedState::MaybePaused {
                why: Doubt::LiveLost,
                ..
            }
        )
    })
    .await;
    assert!(
        l.notices
            .all()
            .iter()
            .any(|n| matches!(n, LiveNotice::Stream(StreamState::Down { .. }))),
        "{:?}",
        l.notices.all()
    );
    // While nobody listens, Agent Workspace resumes.
    l.s.sim.workspace_recording(TENANT, me(), false).unwrap();
    l.s.sim.clear_stream_faults();
    // The reader comes back from its last message: the resume is not lost.
    until("the missed resume", || {
        matches!(l.controller.state(), BelievedState::LiveRecording { .. })
    })
    .await;
    until("told it is back", || {
        l.notices.has(&LiveNotice::Stream(StreamState::Live))
    })
    .await;
    // One outage, told once; a few reconnect attempts, not a storm.
    let downs = l
        .notices
        .all()
        .iter()
        .filter(|n| matches!(n, LiveNotice::Stream(StreamState::Down { .. })))
        .count();
    assert_eq!(downs, 1, "{:?}", l.notices.all());
    let accepted = l.s.sim.stream_stats().accepted;
    assert!((2..=20).contains(&accepted), "{accepted} connections");

    // A dropped connection: the same.
    l.s.sim.stream_fault(StreamFault::Drop);
    l.s.sim.workspace_recording(TENANT, me(), true).unwrap();
    until("the pause after the drop", || {
        l.controller.state().is_paused()
    })
    .await;
    until("live again", || l.link.is_live()).await;
    l.link.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn garbage_frames_are_skipped_and_the_stream_goes_on() {
    let l = start(STREAM_KEY).await;
    until("the stream to be live", || l.link.is_live()).await;
    for garbage in [
        Garbage::NotJson,
        Garbage::NoPayload,
        Garbage::BadBase64,
        Garbage::PayloadNotJson,
    ] {
        assert_eq!(l.s.sim.stream_fault(StreamFault::Garbage(garbage)), 1);
    }
    l.s.sim.workspace_recording(TENANT, me(), true).unwrap();
    until("the pause after the garbage", || {
        matches!(l.controller.state(), BelievedState::LivePaused { .. })
    })
    .await;
    assert_eq!(l.s.sim.stream_stats().accepted, 1, "the connection stayed");
    assert!(l.link.is_live());
    l.link.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_credential_is_said_once_and_not_tried_again() {
    let l = start("eght_wrong").await;
    until("the refusal", || {
        l.link.stream_state() == StreamState::Rejected
    })
    .await;
    until("told", || {
        l.notices.has(&LiveNotice::Stream(StreamState::Rejected))
    })
    .await;
    // The reader has ended: no second attempt can follow.
    let stats = l.s.sim.stream_stats();
    assert_eq!((stats.accepted, stats.refused), (0, 1), "{stats:?}");
    // Actions still work, as beliefs.
    let report = l
        .controller
        .request(Action::Pause, Trigger::Cli)
        .await
        .unwrap();
    assert!(report.outcome.is_confirmed());
    assert_eq!(
        l.controller.state().source(),
        Some("answer"),
        "{:?}",
        l.controller.state()
    );
    l.link.stop().await;
}

/// Sequence 3 with the stream on: a pause answered only by server errors
/// leaves a pause in doubt — until the stream, which reported no pause within
/// the wait, settles it: recording, verified.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pause_without_a_clear_answer_is_settled_by_the_stream() {
    let l = start(STREAM_KEY).await;
    recorded_call(&l).await;
    l.s.sim.inject(rccontrol_sim::Fault::Status(503), 3);
    let report = l
        .controller
        .request(Action::Pause, Trigger::Hotkey)
        .await
        .unwrap();
    assert!(!report.outcome.is_confirmed(), "{report:?}");
    assert!(
        matches!(l.controller.state(), BelievedState::MaybePaused { .. }),
        "{:?}",
        l.controller.state()
    );
    until("the stream's word", || {
        matches!(l.controller.state(), BelievedState::LiveRecording { .. })
    })
    .await;
    assert!(!l.s.sim.agent(TENANT, me()).unwrap().paused);
    // Its notification said "no clear answer" already: no second one.
    assert!(
        !l.notices
            .all()
            .iter()
            .any(|n| matches!(n, LiveNotice::Verified { .. })),
        "{:?}",
        l.notices.all()
    );
    l.link.stop().await;
}

/// Sequence 4 with the stream on: a pause that times out and lands late, after
/// the app settled on "recording", is seen as it lands: paused, verified.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pause_landing_late_is_seen_when_it_lands() {
    let l = start(STREAM_KEY).await;
    recorded_call(&l).await;
    // Both attempts (3 s each) time out (at about 6 s); each lands 10 s after
    // it was sent, after the 2 s the stream is given to report it.
    l.s.sim
        .inject(rccontrol_sim::Fault::Late(Duration::from_secs(10)), 2);
    let report = l
        .controller
        .request(Action::Pause, Trigger::Hotkey)
        .await
        .unwrap();
    assert_eq!(report.outcome, rccontrol::Outcome::Timeout, "{report:?}");
    until("the stream's word: not paused (yet)", || {
        matches!(l.controller.state(), BelievedState::LiveRecording { .. })
    })
    .await;
    until("the late pause, as it lands", || {
        matches!(
            l.controller.state(),
            BelievedState::LivePaused {
                by: PausedBy::Api,
                ..
            }
        )
    })
    .await;
    assert!(l.s.sim.agent(TENANT, me()).unwrap().paused);
    l.link.stop().await;
}
