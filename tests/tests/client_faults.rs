//! Transport and server faults: every failure is a bounded, classified outcome.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use rccontrol::{Action, ClientOptions, Outcome};
use rccontrol_e2e::*;
use rccontrol_sim::Fault;
use std::time::{Duration, Instant};

fn short() -> ClientOptions {
    ClientOptions {
        connect_timeout: Duration::from_millis(500),
        deadline: Duration::from_millis(1500),
        max_retries: 2,
        backoff: Duration::from_millis(20),
        ..ClientOptions::default()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_listening_is_a_network_failure() {
    let s = Sim::start().await;
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let mut settings = s.settings_email(EMAIL);
    settings.cluster = Some(format!("https://127.0.0.1:{port}"));
    let report = s
        .client_with(&settings, TOKEN, short())
        .send(Action::Pause)
        .await;
    assert!(
        matches!(report.outcome, Outcome::Network { .. }),
        "{:?}",
        report.outcome
    );
    assert_eq!(report.outcome.exit_code(), 9);
    assert_eq!(report.attempts, 3, "connection failures are retried twice");
    assert_eq!(report.http_status, None);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hanging_server_is_bounded_by_the_deadline() {
    let s = Sim::start().await;
    s.sim.inject(Fault::Delay(Duration::from_secs(60)), 5);
    let started = Instant::now();
    let report = s
        .client_with(&s.settings_email(EMAIL), TOKEN, short())
        .send(Action::Pause)
        .await;
    assert_eq!(report.outcome, Outcome::Timeout);
    assert_eq!(report.message, "Could not reach 8x8 (timeout)");
    // Bounded by the deadline (1.5 s), far below the server's 60 s: only a
    // hang fails this 30 s bound.
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "the client hung past its deadline: {:?}",
        started.elapsed()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_default_deadline_is_eight_seconds() {
    let o = ClientOptions::default();
    assert_eq!(
        (o.connect_timeout, o.deadline, o.max_retries),
        (Duration::from_secs(3), Duration::from_secs(8), 2)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_error_then_success_is_retried() {
    let s = Sim::start().await;
    s.sim.inject(Fault::Status(500), 1);
    let report = s
        .client_with(&s.settings_email(EMAIL), TOKEN, short())
        .send(Action::Pause)
        .await;
    assert_eq!(report.outcome, Outcome::Applied);
    assert_eq!(report.attempts, 2);
    assert_eq!(s.sim.requests().len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_error_always_gives_up_after_two_retries() {
    let s = Sim::start().await;
    s.sim.inject(Fault::Status(500), 10);
    let report = s
        .client_with(&s.settings_email(EMAIL), TOKEN, short())
        .send(Action::Pause)
        .await;
    assert_eq!(report.outcome, Outcome::ServerError { status: 500 });
    assert_eq!(report.outcome.exit_code(), 8);
    assert_eq!(report.attempts, 3);
    assert_eq!(s.sim.requests().len(), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dropped_connections() {
    let s = Sim::start().await;
    s.sim.inject(Fault::Drop, 1);
    let c = s.client_with(&s.settings_email(EMAIL), TOKEN, short());
    let report = c.send(Action::Pause).await;
    assert_eq!(report.outcome, Outcome::Applied, "one reset is retried");
    s.sim.clear_requests();
    s.sim.inject(Fault::Drop, 10);
    let report = c.send(Action::Resume).await;
    assert!(
        matches!(report.outcome, Outcome::Network { .. }),
        "{:?}",
        report.outcome
    );
    // Each attempt was read by the simulator, then dropped: two retries.
    assert_eq!(report.attempts, 3);
    assert_eq!(s.sim.requests().len(), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redirects_are_not_followed() {
    let s = Sim::start().await;
    s.sim.inject(Fault::Redirect(None), 1);
    let report = s.client(&s.settings_email(EMAIL)).send(Action::Pause).await;
    match &report.outcome {
        Outcome::Redirected {
            status: 302,
            location,
        } => {
            assert_eq!(location.as_deref(), Some("https://evil.example/steal"));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(report.outcome.exit_code(), 9);
    assert_eq!(s.sim.requests().len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn odd_bodies_are_unrecognised_never_confirmed() {
    let s = Sim::start().await;
    let c = s.client(&s.settings_email(EMAIL));
    for fault in [Fault::Oversized, Fault::Binary, Fault::Html, Fault::Empty] {
        s.sim.inject(fault.clone(), 1);
        let report = c.send(Action::Pause).await;
        match &report.outcome {
            Outcome::Unrecognised { snippet } => {
                assert!(snippet.chars().count() <= 200, "{fault:?}")
            }
            other => panic!("{fault:?}: {other:?}"),
        }
        assert_eq!(
            report.message,
            "8x8 answered, but not in a known way: recording state unconfirmed"
        );
        assert_eq!(report.outcome.exit_code(), 10);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn untrusted_certificate_is_a_tls_failure() {
    let s = Sim::start().await;
    let mut settings = s.settings_email(EMAIL);
    settings.ca_file = None;
    let report = s.client(&settings).send(Action::Pause).await;
    match &report.outcome {
        Outcome::Tls { detail } => {
            assert!(detail.to_lowercase().contains("certificate"), "{detail}")
        }
        other => panic!("{other:?}"),
    }
    assert!(report.message.contains("certificate"));
    assert_eq!(report.attempts, 1, "a certificate problem is not retried");
    assert!(s.sim.requests().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_connection_is_reused_between_presses() {
    let s = Sim::start().await;
    let c = s.client(&s.settings_email(EMAIL));
    for _ in 0..5 {
        assert_eq!(c.send(Action::Pause).await.outcome, Outcome::Applied);
    }
    let log = s.sim.requests();
    assert_eq!(log.len(), 5);
    let conns: std::collections::HashSet<_> = log.iter().map(|r| r.peer_port).collect();
    assert_eq!(conns.len(), 1, "one TLS connection for five presses");
}
