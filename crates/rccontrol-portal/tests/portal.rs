//! The portal client against the session bus: with nothing (or a real
//! xdg-desktop-portal without GlobalShortcuts), with a portal that hangs, and
//! with the fake portal (feature `fake`).
//!
//! Run: `scripts/test-session.sh cargo test -p rccontrol-portal --features fake`
//! (a private bus); without DBUS_SESSION_BUS_ADDRESS every test skips, saying
//! so (and fails inside the test session, which always has one).
#![cfg(target_os = "linux")]
#![allow(clippy::expect_used, clippy::panic)]

use std::time::{Duration, Instant};

use rccontrol_portal::{PortalError, probe};

/// Tests that own or probe `org.freedesktop.portal.Desktop` take turns.
static BUS: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Bound on every wait for a condition.
const WAIT: Duration = Duration::from_secs(5);

/// Where a probe that has not answered counts as hung (its own bound is 3 s;
/// generous, as these machines are noisy: no timing is asserted).
const HANG: Duration = Duration::from_secs(30);

fn have_session_bus(test: &str) -> bool {
    let have = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some();
    rccontrol_testkit::available(test, "DBUS_SESSION_BUS_ADDRESS", have)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn probe_without_fake_portal_is_unavailable_within_bound() {
    if !have_session_bus("probe_without_fake_portal_is_unavailable_within_bound") {
        return;
    }
    let _bus = BUS.lock().await;
    let started = Instant::now();
    let answer = probe().await;
    let took = started.elapsed();
    // Either no portal at all, or a real xdg-desktop-portal (activated by the
    // bus) whose backends offer no GlobalShortcuts, as on the test machine.
    match &answer {
        Err(PortalError::Unavailable(why)) => println!("probe: {why} ({took:?})"),
        other => panic!("expected Unavailable, got {other:?}"),
    }
    // A hang is the failure; how fast it answers is bench material.
    assert!(took <= HANG, "probe hung: {took:?}");
}

/// A process that owns the portal name but never reads its messages.
struct HangingPortal {
    stop: std::sync::mpsc::Sender<()>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl HangingPortal {
    fn start() -> Self {
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let (stop, stop_rx) = std::sync::mpsc::channel::<()>();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            let conn = rt.block_on(async {
                zbus::connection::Builder::session()?
                    .name("org.freedesktop.portal.Desktop")?
                    .replace_existing_names(true)
                    .build()
                    .await
            });
            let report = conn.as_ref().map(|_| ()).map_err(|e| e.to_string());
            ready_tx.send(report).expect("report");
            // Outside block_on this runtime polls nothing: calls go unanswered.
            let _ = stop_rx.recv();
            drop(conn);
            drop(rt);
        });
        ready_rx
            .recv_timeout(WAIT)
            .expect("hanging portal did not start")
            .expect("hanging portal could not own the name");
        Self {
            stop,
            thread: Some(thread),
        }
    }
}

impl Drop for HangingPortal {
    fn drop(&mut self) {
        let _ = self.stop.send(());
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn probe_is_bounded_when_the_portal_hangs() {
    if !have_session_bus("probe_is_bounded_when_the_portal_hangs") {
        return;
    }
    let _bus = BUS.lock().await;
    let hanging = HangingPortal::start();
    let started = Instant::now();
    let answer = probe().await;
    let took = started.elapsed();
    drop(hanging);
    match &answer {
        // Its own bound fired (the message says so), not an error of the bus.
        Err(PortalError::Unavailable(why)) => assert!(why.contains("did not answer"), "{why}"),
        other => panic!("expected Unavailable, got {other:?}"),
    }
    assert!(took <= HANG, "probe hung: {took:?}");
}

#[cfg(feature = "fake")]
mod with_fake {
    use super::*;
    use rccontrol_portal::fake::{FakePortal, VERSION};
    use rccontrol_portal::{Binding, Shortcut, bind};
    use tokio::sync::mpsc::{UnboundedReceiver, unbounded_channel};
    use tokio::time::timeout;

    fn shortcuts() -> Vec<Shortcut> {
        vec![
            Shortcut {
                id: "pause".into(),
                description: "Pause recording".into(),
                preferred_trigger: Some("CTRL+ALT+p".into()),
            },
            Shortcut {
                id: "resume".into(),
                description: "Resume recording".into(),
                preferred_trigger: None,
            },
        ]
    }

    /// Binds `list`; the receiver gets every id the callback is called with.
    async fn bind_recording(list: Vec<Shortcut>) -> (Binding, UnboundedReceiver<String>) {
        let (tx, rx) = unbounded_channel();
        let binding = timeout(
            WAIT,
            bind(list, move |id| {
                let _ = tx.send(id.to_owned());
            }),
        )
        .await
        .expect("bind did not finish")
        .expect("bind failed");
        (binding, rx)
    }

    /// The next id the callback got; `None` once the callback is dropped.
    async fn next(rx: &mut UnboundedReceiver<String>) -> Option<String> {
        timeout(WAIT, rx.recv())
            .await
            .expect("no callback within 5 s")
    }

    async fn sessions_become(fake: &FakePortal, n: usize) {
        timeout(WAIT, fake.wait_sessions(n))
            .await
            .unwrap_or_else(|_| panic!("the fake's live sessions did not become {n}"));
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn probe_reports_the_fake_version() {
        if !have_session_bus("probe_reports_the_fake_version") {
            return;
        }
        let _bus = BUS.lock().await;
        let fake = FakePortal::start().await.expect("fake");
        assert_eq!(probe().await, Ok(VERSION));
        fake.stop().await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn portal_without_the_interface_is_unavailable() {
        if !have_session_bus("portal_without_the_interface_is_unavailable") {
            return;
        }
        let _bus = BUS.lock().await;
        let fake = FakePortal::start_without_global_shortcuts()
            .await
            .expect("fake");
        match probe().await {
            Err(PortalError::Unavailable(why)) => assert!(why.contains("GlobalShortcuts"), "{why}"),
            other => panic!("probe: expected Unavailable, got {other:?}"),
        }
        match bind(shortcuts(), |_| {}).await {
            Err(PortalError::Unavailable(why)) => assert!(why.contains("GlobalShortcuts"), "{why}"),
            other => panic!("bind: expected Unavailable, got {other:?}"),
        }
        fake.stop().await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn bind_binds_and_delivers_activations_in_order() {
        if !have_session_bus("bind_binds_and_delivers_activations_in_order") {
            return;
        }
        let _bus = BUS.lock().await;
        let fake = FakePortal::start().await.expect("fake");
        let (binding, mut rx) = bind_recording(shortcuts()).await;

        let bound = binding.shortcuts();
        assert_eq!(bound.len(), 2, "{bound:?}");
        assert_eq!(bound[0].id, "pause");
        assert_eq!(bound[0].description, "Pause recording");
        assert_eq!(bound[0].trigger_description, "CTRL+ALT+p");
        assert_eq!(bound[1].id, "resume");
        assert_eq!(bound[1].description, "Resume recording");
        assert!(
            bound[1].trigger_description.starts_with("Ctrl+Alt+"),
            "{bound:?}"
        );
        let mut seen = fake.bound().await;
        seen.sort();
        assert_eq!(
            seen,
            vec![
                ("pause".to_owned(), "Pause recording".to_owned()),
                ("resume".to_owned(), "Resume recording".to_owned()),
            ]
        );
        let debug = format!("{binding:?}");
        assert!(debug.contains("\"pause\"") && debug.len() < 200, "{debug}");

        assert_eq!(fake.activate("pause").await.expect("emit"), 1);
        assert_eq!(next(&mut rx).await.as_deref(), Some("pause"));
        // Deactivated is not an activation.
        assert_eq!(fake.deactivate("pause").await.expect("emit"), 1);
        assert_eq!(fake.activate("resume").await.expect("emit"), 1);
        assert_eq!(next(&mut rx).await.as_deref(), Some("resume"));
        assert!(!binding.is_closed());

        binding.close().await;
        fake.stop().await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn activations_of_other_sessions_are_ignored() {
        if !have_session_bus("activations_of_other_sessions_are_ignored") {
            return;
        }
        let _bus = BUS.lock().await;
        let fake = FakePortal::start().await.expect("fake");
        let (mine, mut rx) = bind_recording(shortcuts()).await;
        let other = vec![Shortcut {
            id: "other".into(),
            description: "Another app's shortcut".into(),
            preferred_trigger: None,
        }];
        let (theirs, mut their_rx) = bind_recording(other).await;
        assert_eq!(fake.sessions().await.len(), 2);

        // A live session of another client, and one nobody has.
        assert_eq!(fake.activate("other").await.expect("emit"), 1);
        assert_eq!(next(&mut their_rx).await.as_deref(), Some("other"));
        fake.activate_for_session(
            "/org/freedesktop/portal/desktop/session/1_999/nobody",
            "pause",
        )
        .await
        .expect("emit");
        // Signals from one sender arrive in order: "resume" comes after both.
        fake.activate("resume").await.expect("emit");
        assert_eq!(next(&mut rx).await.as_deref(), Some("resume"));

        mine.close().await;
        theirs.close().await;
        fake.stop().await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn cancelled_dialog_is_cancelled() {
        if !have_session_bus("cancelled_dialog_is_cancelled") {
            return;
        }
        let _bus = BUS.lock().await;
        let fake = FakePortal::start().await.expect("fake");
        fake.cancel_next_bind();
        let answer = timeout(WAIT, bind(shortcuts(), |_| {}))
            .await
            .expect("bind hung");
        assert_eq!(
            answer.map(|b| b.shortcuts().to_vec()),
            Err(PortalError::Cancelled)
        );
        // The half-made session is closed, and the next dialog is not cancelled.
        sessions_become(&fake, 0).await;
        assert!(fake.bound().await.is_empty());
        let (binding, _rx) = bind_recording(shortcuts()).await;
        assert_eq!(binding.shortcuts().len(), 2);
        binding.close().await;
        fake.stop().await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn close_ends_the_session_and_stops_callbacks() {
        if !have_session_bus("close_ends_the_session_and_stops_callbacks") {
            return;
        }
        let _bus = BUS.lock().await;
        let fake = FakePortal::start().await.expect("fake");
        let (binding, mut rx) = bind_recording(shortcuts()).await;
        let sessions = fake.sessions().await;
        assert_eq!(sessions.len(), 1);

        binding.close().await;
        sessions_become(&fake, 0).await;
        assert_eq!(fake.activate("pause").await.expect("emit"), 0);
        // Even a signal naming the old session is not delivered: the callback
        // (and with it the channel's sender) is gone.
        fake.activate_for_session(&sessions[0], "pause")
            .await
            .expect("emit");
        assert_eq!(next(&mut rx).await, None);
        fake.stop().await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn dropping_the_binding_closes_the_session() {
        if !have_session_bus("dropping_the_binding_closes_the_session") {
            return;
        }
        let _bus = BUS.lock().await;
        let fake = FakePortal::start().await.expect("fake");
        let (binding, mut rx) = bind_recording(shortcuts()).await;
        sessions_become(&fake, 1).await;
        drop(binding);
        sessions_become(&fake, 0).await;
        assert_eq!(next(&mut rx).await, None);
        fake.stop().await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn portal_ending_the_session_is_reported() {
        if !have_session_bus("portal_ending_the_session_is_reported") {
            return;
        }
        let _bus = BUS.lock().await;
        // The desktop revokes the session.
        let fake = FakePortal::start().await.expect("fake");
        let (binding, _rx) = bind_recording(shortcuts()).await;
        assert!(!binding.is_closed());
        fake.close_sessions().await.expect("close");
        timeout(WAIT, binding.closed())
            .await
            .expect("Closed not noticed");
        assert!(binding.is_closed());
        binding.close().await;

        // The portal exits (or restarts).
        let (binding, _rx) = bind_recording(shortcuts()).await;
        fake.stop().await;
        timeout(WAIT, binding.closed())
            .await
            .expect("portal exit not noticed");
        assert!(binding.is_closed());
        // A new portal knows nothing of the old session: bind again.
        let fake = FakePortal::start().await.expect("fake again");
        assert!(fake.sessions().await.is_empty());
        let (again, mut rx) = bind_recording(shortcuts()).await;
        fake.activate("pause").await.expect("emit");
        assert_eq!(next(&mut rx).await.as_deref(), Some("pause"));
        again.close().await;
        drop(binding);
        fake.stop().await;
    }
}
