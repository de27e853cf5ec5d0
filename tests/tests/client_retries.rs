//! The client's retries against the simulator over TLS: a stuck attempt retried
//! on a new connection, and 429 with and without `Retry-After`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use rccontrol::{Action, ClientOptions, Outcome};
use rccontrol_e2e::*;
use rccontrol_sim::{AgentRef, Fault, LoggedRequest, Simulator};
use std::collections::HashSet;
use std::time::{Duration, Instant};

/// Short attempts within the default 8 s deadline.
fn quick_attempts() -> ClientOptions {
    ClientOptions {
        attempt_timeout: Duration::from_millis(500),
        backoff: Duration::from_millis(20),
        ..ClientOptions::default()
    }
}

/// Polls the simulator's log until `ok` holds for it, for at most 20 s.
async fn log_until(sim: &Simulator, ok: impl Fn(&[LoggedRequest]) -> bool) -> Vec<LoggedRequest> {
    let until = Instant::now() + Duration::from_secs(20);
    loop {
        let log = sim.requests();
        if ok(&log) {
            return log;
        }
        assert!(
            Instant::now() < until,
            "timed out waiting on the log: {log:#?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stuck_attempt_is_retried_once_on_a_new_connection() {
    let s = Sim::start().await;
    let c = s.client_with(&s.settings_email(EMAIL), TOKEN, quick_attempts());
    // Two presses at once, one of them held by the server, leave two idle
    // connections in the pool: a retry through the pool would take the other one.
    s.sim.inject(Fault::Delay(Duration::from_millis(200)), 1);
    let (a, b) = tokio::join!(c.send(Action::Resume), c.send(Action::Resume));
    assert_eq!((a.outcome, b.outcome), (Outcome::Applied, Outcome::Applied));
    let pooled: HashSet<u16> = s.sim.requests().iter().map(|r| r.peer_port).collect();
    assert_eq!(pooled.len(), 2, "two pooled connections: {pooled:?}");
    s.sim.clear_requests();

    s.sim.inject(Fault::Delay(Duration::from_secs(60)), 1);
    let report = c.send(Action::Pause).await;
    assert_eq!(report.outcome, Outcome::Applied, "{report:?}");
    assert_eq!(report.attempts, 2);
    assert_eq!(report.http_status, Some(200));
    // A lower bound is causal: the retry waits for the first attempt's timeout.
    assert!(report.latency_ms >= 500, "{report:?}");
    eprintln!(
        "stuck attempt + retry: attempts {}, latency {} ms",
        report.attempts, report.latency_ms
    );
    let log = s.sim.requests();
    assert_eq!(log.len(), 2, "{log:#?}");
    assert_eq!(log[0].fault.as_deref(), Some("delay"));
    assert_eq!((log[1].fault.as_deref(), log[1].status), (None, Some(200)));
    assert!(pooled.contains(&log[0].peer_port), "first attempt: pooled");
    assert!(
        !pooled.contains(&log[1].peer_port),
        "the retry opened a new connection: {} vs pooled {pooled:?}",
        log[1].peer_port
    );
    assert!(s.sim.agent(TENANT, AgentRef::Email(EMAIL)).unwrap().paused);

    // The next press goes through the pool again, in one attempt.
    s.sim.clear_requests();
    let next = c.send(Action::Resume).await;
    assert_eq!((next.outcome, next.attempts), (Outcome::Applied, 1));
    eprintln!(
        "next press: latency {} ms, port {} (pooled {pooled:?})",
        next.latency_ms,
        s.sim.requests()[0].peer_port
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_stuck_attempt_ends_in_a_timeout() {
    let s = Sim::start().await;
    s.sim.inject(Fault::Delay(Duration::from_secs(60)), 5);
    let options = ClientOptions {
        attempt_timeout: Duration::from_millis(300),
        ..ClientOptions::default()
    };
    let report = s
        .client_with(&s.settings_email(EMAIL), TOKEN, options)
        .send(Action::Pause)
        .await;
    assert_eq!(report.outcome, Outcome::Timeout);
    assert_eq!(
        report.attempts, 2,
        "one retry on a new connection, not more"
    );
    assert_eq!(report.http_status, None);
    let log = s.sim.requests();
    assert_eq!(log.len(), 2);
    assert_ne!(log[0].peer_port, log[1].peer_port);
    // Only a hang fails this bound (two attempts of 0.3 s within 8 s).
    assert!(report.latency_ms < 30_000, "{report:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_deadline_bounds_the_attempts() {
    let s = Sim::start().await;
    s.sim.inject(Fault::Delay(Duration::from_secs(60)), 5);
    // The attempt timeout is longer than the deadline: one attempt, cut by the deadline.
    let options = ClientOptions {
        deadline: Duration::from_millis(400),
        attempt_timeout: Duration::from_secs(3),
        ..ClientOptions::default()
    };
    let report = s
        .client_with(&s.settings_email(EMAIL), TOKEN, options)
        .send(Action::Pause)
        .await;
    assert_eq!((report.outcome, report.attempts), (Outcome::Timeout, 1));
    assert_eq!(s.sim.requests().len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_abandoned_attempt_applied_late_is_harmless_for_the_same_action() {
    let s = Sim::start().await;
    s.sim.inject(Fault::Late(Duration::from_millis(1500)), 1);
    let c = s.client_with(&s.settings_email(EMAIL), TOKEN, quick_attempts());
    let report = c.send(Action::Pause).await;
    assert_eq!((report.outcome, report.attempts), (Outcome::Applied, 2));
    // The first, abandoned attempt is applied by the server later: PUT is
    // idempotent, the agent stays paused.
    let log = log_until(&s.sim, |log| {
        log.len() == 2 && log.iter().all(|r| r.status == Some(200))
    })
    .await;
    assert_eq!(log[0].fault.as_deref(), Some("late"));
    assert_ne!(log[0].peer_port, log[1].peer_port);
    assert!(s.sim.agent(TENANT, AgentRef::Email(EMAIL)).unwrap().paused);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn too_many_requests_honours_retry_after() {
    let s = Sim::start().await;
    s.sim.inject(Fault::StatusWithRetryAfter(429, 1), 1);
    let started = Instant::now();
    let report = s.client(&s.settings_email(EMAIL)).send(Action::Pause).await;
    let elapsed = started.elapsed();
    assert_eq!(report.outcome, Outcome::Applied, "{report:?}");
    assert_eq!(report.attempts, 2);
    // Lower bounds are causal: the retry waited Retry-After's second.
    assert!(elapsed >= Duration::from_secs(1), "{elapsed:?}");
    assert!(report.latency_ms >= 1000, "{report:?}");
    let log = s.sim.requests();
    assert_eq!(log.len(), 2);
    assert_eq!(log[0].status, Some(429));
    assert!(log[1].at_ms - log[0].at_ms >= 1000, "{log:#?}");
    eprintln!(
        "429 + Retry-After 1: attempts {}, latency {} ms",
        report.attempts, report.latency_ms
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_retry_after_past_the_deadline_is_not_waited_for() {
    let s = Sim::start().await;
    s.sim.inject(Fault::StatusWithRetryAfter(429, 60), 1);
    let report = s.client(&s.settings_email(EMAIL)).send(Action::Pause).await;
    assert_eq!(
        report.outcome,
        Outcome::RateLimited {
            retry_after_ms: Some(60_000)
        }
    );
    assert_eq!(report.attempts, 1);
    assert_eq!(report.http_status, Some(429));
    assert_eq!(report.outcome.exit_code(), 12);
    assert_eq!(
        report.message,
        "8x8 is limiting requests (HTTP 429) — nothing was changed; try again in a moment"
    );
    assert_eq!(s.sim.requests().len(), 1);
    // Not waited for: far below the 8 s deadline a wait would have used up
    // (a loopback round trip; only a wait fails this bound).
    assert!(report.latency_ms < 4_000, "{report:?}");
    assert!(!s.sim.agent(TENANT, AgentRef::Email(EMAIL)).unwrap().paused);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn too_many_requests_without_retry_after_backs_off_then_gives_up() {
    let s = Sim::start().await;
    s.sim.inject(Fault::Status(429), 10);
    let report = s
        .client_with(&s.settings_email(EMAIL), TOKEN, quick_attempts())
        .send(Action::Resume)
        .await;
    assert_eq!(
        report.outcome,
        Outcome::RateLimited {
            retry_after_ms: None
        }
    );
    assert_eq!(report.attempts, 3, "two retries");
    assert_eq!(s.sim.requests().len(), 3);
    let json = serde_json::to_value(&report.outcome).unwrap();
    assert_eq!(json["kind"], "rate_limited");
}
