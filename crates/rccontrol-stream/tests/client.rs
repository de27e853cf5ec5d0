//! The reader against an in-test TLS WebSocket server.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::sync::Arc;
use std::time::Duration;

use rccontrol_stream::StreamCredential;
use rccontrol_stream::client::{
    Backoff, DownReason, StartAt, Status, StreamConfig, StreamEvent, StreamHandle, Timings, spawn,
};
use rccontrol_stream::event::{Event, EventKind};
use rccontrol_stream::hosts::parse_host_override;
use support::{After, Msg, Plan, Planner, Server, frame, status_frame, until};
use tokio::sync::mpsc;

const AGENT: &str = "agAglVJkg0TU28dok9y9UQKg";
const KEY: &str = "eght_test-credential-4f1c";
const LIMIT: Duration = Duration::from_secs(10);

fn timings() -> Timings {
    Timings {
        connect_timeout: Duration::from_secs(5),
        idle_limit: Duration::from_secs(5),
        backoff: Backoff {
            initial: Duration::from_millis(20),
            max: Duration::from_millis(100),
            jitter: 0.0,
        },
        stable_after: Duration::from_secs(30),
        rejected_retry: None,
        close_timeout: Duration::from_millis(500),
    }
}

fn config(server: &Server, timings: Timings) -> StreamConfig {
    let host = parse_host_override(&server.addr.to_string()).unwrap();
    StreamConfig::new(
        host,
        "acme01",
        AGENT,
        StreamCredential::new(KEY),
        server.client_tls.clone(),
    )
    .unwrap()
    .with_start(StartAt::Earliest)
    .with_timings(timings)
}

fn planner(f: impl Fn(usize) -> Plan + Send + Sync + 'static) -> Planner {
    Arc::new(f)
}

/// Receives `n` events, each within the limit.
async fn receive(events: &mut mpsc::Receiver<StreamEvent>, n: usize) -> Vec<StreamEvent> {
    let mut out = Vec::new();
    for _ in 0..n {
        let ev = tokio::time::timeout(LIMIT, events.recv())
            .await
            .expect("an event in time");
        out.push(ev.expect("the channel open"));
    }
    out
}

fn guid(ev: &StreamEvent) -> &str {
    match &ev.event {
        Event::Interaction(i) => &i.interaction_guid,
        Event::Ignored { .. } => "<ignored>",
    }
}

/// Ids with `+ / =` in them, as Pulsar's are.
fn topic() -> Vec<Msg> {
    vec![
        status_frame("CAEQAQ==", "i1", "pause"),
        status_frame("CAE+EAI=", "i2", "resume"),
        status_frame("CAE/EAM=", "i3", "pause"),
        status_frame("CAEQBA+/", "i4", "resume"),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn resumes_after_a_drop_with_the_encoded_id_and_no_lost_or_repeated_event() {
    let server = Server::start(
        topic(),
        planner(|i| match i {
            0 => Plan::Topic {
                max: Some(2),
                then: After::Drop,
            },
            _ => Plan::Topic {
                max: None,
                then: After::Pings(Duration::from_millis(200)),
            },
        }),
    )
    .await;
    let (handle, mut events) = spawn(config(&server, timings())).unwrap();
    let got = receive(&mut events, 4).await;
    assert_eq!(
        got.iter().map(guid).collect::<Vec<_>>(),
        ["i1", "i2", "i3", "i4"]
    );
    assert!(matches!(
        got[0].event,
        Event::Interaction(ref i) if i.kind == EventKind::RecordingStatus { paused: true, from_api: true }
    ));
    // Nothing more: the overlap (the resumed message sent again) was dropped.
    assert!(
        tokio::time::timeout(Duration::from_millis(200), events.recv())
            .await
            .is_err()
    );

    let conns = server.conns();
    assert_eq!(conns.len(), 2);
    for c in &conns {
        assert_eq!(c.api_key.as_deref(), Some(KEY));
        assert!(
            c.uri.starts_with(&format!(
                "/ws/v2/reader/persistent/acme01/agent-v1/{AGENT}?"
            )),
            "{}",
            c.uri
        );
        assert!(!c.uri.contains(KEY), "the credential is never in the URL");
    }
    assert!(
        conns[0].uri.ends_with("?messageId=earliest"),
        "{}",
        conns[0].uri
    );
    assert!(
        conns[1].uri.ends_with("?messageId=CAE%2BEAI%3D"),
        "{}",
        conns[1].uri
    );
    // Every message acknowledged, the overlap too.
    assert_eq!(conns[0].acks, ["CAEQAQ==", "CAE+EAI="]);
    assert_eq!(conns[1].acks, ["CAE+EAI=", "CAE/EAM=", "CAEQBA+/"]);

    // The counter follows the channel send: wait for it rather than race it.
    let c = until(LIMIT, "the counters", || {
        Some(handle.counters()).filter(|c| c.events == 4)
    })
    .await;
    assert_eq!((c.attempts, c.connections, c.reconnects), (2, 2, 1));
    assert_eq!(
        (c.frames, c.events, c.duplicates, c.malformed),
        (5, 4, 1, 0)
    );
    assert_eq!(handle.last_message_id().as_deref(), Some("CAEQBA+/"));
    assert_eq!(handle.status(), Status::Connected);
    handle.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_credential_is_rejected_once_without_a_reconnect_storm() {
    let server = Server::start(Vec::new(), planner(|_| Plan::Refuse(401))).await;
    let (handle, _events) = spawn(config(&server, timings())).unwrap();
    until(LIMIT, "the task to end", || {
        handle.is_finished().then_some(())
    })
    .await;
    assert_eq!(
        handle.status(),
        Status::Rejected {
            status: 401,
            retry_in: None
        }
    );
    assert_eq!(
        handle.status().to_string(),
        "Event Streaming rejected the credential"
    );
    assert_eq!(server.conns().len(), 1);
    assert_eq!(handle.counters().attempts, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_credential_may_be_retried_after_a_long_delay() {
    let server = Server::start(Vec::new(), planner(|_| Plan::Refuse(403))).await;
    let mut t = timings();
    t.rejected_retry = Some(Duration::from_millis(300));
    let (handle, _events) = spawn(config(&server, t)).unwrap();
    until(LIMIT, "a second attempt", || {
        (server.conns().len() >= 2).then_some(())
    })
    .await;
    assert!(matches!(
        handle.status(),
        Status::Rejected { status: 403, .. } | Status::Connecting { .. }
    ));
    // Bounded: two attempts take at least the delay between them.
    assert!(handle.counters().attempts <= 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn garbage_is_skipped_and_counted() {
    let good_a = status_frame("A1==", "i1", "pause");
    let good_b = status_frame("B2==", "i2", "resume");
    let items = vec![
        Ok(good_a.text.clone()),
        Ok("not json at all".to_owned()),
        Ok(r#"{"messageId":"C3==","payload":"!!!"}"#.to_owned()),
        Ok(frame("D4==", "[1,2,3]").text),
        Ok(frame(
            "E5==",
            r#"{"Interaction":{"event":"RecordingStatus","status":"maybe","interactionGUID":"x"}}"#,
        )
        .text),
        Ok(frame("F6==", r#"{"AgentStatusChange":{"event":"x"}}"#).text),
        Err(vec![0xff, 0xfe, 0x00]),
        Ok(good_b.text.clone()),
    ];
    let server = Server::start(
        Vec::new(),
        planner(move |_| Plan::Raw(items.clone(), After::Pings(Duration::from_millis(200)))),
    )
    .await;
    let (handle, mut events) = spawn(config(&server, timings())).unwrap();
    let got = receive(&mut events, 2).await;
    assert_eq!(got.iter().map(guid).collect::<Vec<_>>(), ["i1", "i2"]);
    let c = until(LIMIT, "the counters", || {
        let c = handle.counters();
        (c.frames == 8 && c.events == 2).then_some(c)
    })
    .await;
    assert_eq!(
        (c.malformed, c.ignored, c.events, c.reconnects),
        (5, 1, 2, 0)
    );
    assert_eq!(handle.last_message_id().as_deref(), Some("B2=="));
    // Acknowledged: every frame whose id could be read.
    until(LIMIT, "the acks", || {
        (server.conns()[0].acks.len() == 6).then_some(())
    })
    .await;
    assert_eq!(
        server.conns()[0].acks,
        ["A1==", "C3==", "D4==", "E5==", "F6==", "B2=="]
    );
    assert_eq!(handle.status(), Status::Connected);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_silent_connection_is_down_then_resumed() {
    let first = status_frame("A1==", "i1", "pause");
    let topic = vec![first.clone(), status_frame("B2==", "i2", "resume")];
    let server = Server::start(
        topic,
        planner(move |i| match i {
            0 => Plan::Raw(vec![Ok(first.text.clone())], After::Stall),
            _ => Plan::Topic {
                max: None,
                then: After::Pings(Duration::from_millis(100)),
            },
        }),
    )
    .await;
    let mut t = timings();
    t.idle_limit = Duration::from_millis(400);
    let (handle, mut events) = spawn(config(&server, t)).unwrap();
    let got = receive(&mut events, 2).await;
    assert_eq!(got.iter().map(guid).collect::<Vec<_>>(), ["i1", "i2"]);
    let conns = server.conns();
    assert_eq!(conns.len(), 2);
    assert!(
        conns[1].uri.ends_with("?messageId=A1%3D%3D"),
        "{}",
        conns[1].uri
    );
    assert_eq!(handle.counters().duplicates, 1);
    // Pings keep the second connection up well past the idle limit.
    until(LIMIT, "pongs", || {
        (server.conns()[1].pongs >= 8).then_some(())
    })
    .await;
    assert_eq!(server.conns().len(), 2);
    assert_eq!(handle.status(), Status::Connected);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stall_is_reported_as_down_with_its_reason() {
    let server = Server::start(Vec::new(), planner(|_| Plan::Raw(Vec::new(), After::Stall))).await;
    let mut t = timings();
    t.idle_limit = Duration::from_millis(200);
    t.backoff.initial = Duration::from_millis(300);
    t.backoff.max = Duration::from_millis(300);
    let (handle, _events) = spawn(config(&server, t)).unwrap();
    let mut statuses = handle.watch_status();
    let down = tokio::time::timeout(
        LIMIT,
        statuses.wait_for(|s| matches!(s, Status::Down { .. })),
    )
    .await
    .unwrap()
    .unwrap()
    .clone();
    assert_eq!(
        down,
        Status::Down {
            reason: DownReason::Stalled(Duration::from_millis(200)),
            retry_in: Duration::from_millis(300)
        }
    );
    until(LIMIT, "a reconnect", || {
        (server.conns().len() >= 2).then_some(())
    })
    .await;
    assert!(handle.counters().reconnects >= 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_backoff_grows_and_is_capped() {
    let server = Server::start(Vec::new(), planner(|_| Plan::Refuse(503))).await;
    let mut t = timings();
    t.backoff = Backoff {
        initial: Duration::from_millis(50),
        max: Duration::from_millis(200),
        jitter: 0.0,
    };
    let (handle, _events) = spawn(config(&server, t)).unwrap();
    let mut statuses = handle.watch_status();
    let mut waits = Vec::new();
    while waits.len() < 5 {
        tokio::time::timeout(LIMIT, statuses.changed())
            .await
            .unwrap()
            .unwrap();
        if let Status::Down { reason, retry_in } = &*statuses.borrow_and_update() {
            assert_eq!(*reason, DownReason::Http(503));
            waits.push(retry_in.as_millis());
        }
    }
    // The watch may skip a state under load: what was seen is in order and capped.
    let expected = [50, 100, 200, 200, 200, 200, 200, 200, 200];
    let mut rest = &expected[..];
    for w in &waits {
        let at = rest
            .iter()
            .position(|e| e == w)
            .unwrap_or_else(|| panic!("{waits:?}"));
        rest = &rest[at + 1..];
    }
    assert_eq!(waits.last(), Some(&200), "{waits:?}");
    assert!(waits.contains(&50) || waits.contains(&100), "{waits:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_oversized_message_ends_the_connection() {
    let big = "x".repeat(rccontrol_stream::client::MAX_MESSAGE_BYTES + 10);
    let server = Server::start(
        Vec::new(),
        planner(move |i| match i {
            0 => Plan::Raw(vec![Ok(big.clone())], After::Stall),
            _ => Plan::Raw(Vec::new(), After::Pings(Duration::from_millis(200))),
        }),
    )
    .await;
    let (handle, _events) = spawn(config(&server, timings())).unwrap();
    until(LIMIT, "a reconnect", || {
        (handle.counters().connections >= 2).then_some(())
    })
    .await;
    assert_eq!(handle.counters().events, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stop_sends_a_close_and_drop_ends_the_task() {
    let server = Server::start(
        Vec::new(),
        planner(|_| Plan::Raw(Vec::new(), After::Pings(Duration::from_millis(100)))),
    )
    .await;
    let (handle, _events) = spawn(config(&server, timings())).unwrap();
    until(LIMIT, "connected", || {
        (handle.status() == Status::Connected).then_some(())
    })
    .await;
    tokio::time::timeout(LIMIT, handle.stop()).await.unwrap();
    until(LIMIT, "the close", || {
        server.conns()[0].close_from_client.then_some(())
    })
    .await;

    let (handle, _events) = spawn(config(&server, timings())).unwrap();
    until(LIMIT, "connected", || {
        (handle.status() == Status::Connected).then_some(())
    })
    .await;
    drop(handle);
    until(LIMIT, "the connection to end", || {
        server.conns()[1].ended.then_some(())
    })
    .await;

    // No one reads the events any more: the reader ends by itself.
    let server2 = Server::start(
        topic(),
        planner(|_| Plan::Topic {
            max: None,
            then: After::Pings(Duration::from_millis(100)),
        }),
    )
    .await;
    let (handle, events) = spawn(config(&server2, timings())).unwrap();
    drop(events);
    until(LIMIT, "the task to end", || {
        handle.is_finished().then_some(())
    })
    .await;
    assert_eq!(handle.status(), Status::Stopped);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_certificate_authority_is_a_tls_failure() {
    let server = Server::start(Vec::new(), planner(|_| Plan::Raw(Vec::new(), After::Stall))).await;
    let other = Server::start(Vec::new(), planner(|_| Plan::Raw(Vec::new(), After::Stall))).await;
    let host = parse_host_override(&server.addr.to_string()).unwrap();
    let config = StreamConfig::new(
        host,
        "acme01",
        AGENT,
        StreamCredential::new(KEY),
        other.client_tls.clone(),
    )
    .unwrap()
    .with_timings(timings());
    let handle: StreamHandle = spawn(config).unwrap().0;
    let mut statuses = handle.watch_status();
    let down = tokio::time::timeout(
        LIMIT,
        statuses.wait_for(|s| matches!(s, Status::Down { .. })),
    )
    .await
    .unwrap()
    .unwrap()
    .clone();
    let Status::Down {
        reason: DownReason::Tls(text),
        ..
    } = &down
    else {
        panic!("{down:?}")
    };
    assert!(text.to_lowercase().contains("certificate"), "{text}");
    assert!(
        server.conns()[0].api_key.is_none(),
        "no credential sent before TLS is verified"
    );
}

#[test]
fn the_credential_stays_out_of_debug_and_errors() {
    let tls = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(rustls::RootCertStore::empty())
    .with_no_client_auth();
    let host = parse_host_override("127.0.0.1:1").unwrap();
    let config = StreamConfig::new(
        host.clone(),
        "acme01",
        AGENT,
        StreamCredential::new(KEY),
        Arc::new(tls.clone()),
    )
    .unwrap();
    let text = format!("{config:?}");
    assert!(!text.contains(KEY) && text.contains("[redacted]"), "{text}");
    assert!(!config.url().contains(KEY));
    let e = StreamConfig::new(
        host.clone(),
        "acme01",
        "ag/x",
        StreamCredential::new(KEY),
        Arc::new(tls.clone()),
    )
    .unwrap_err();
    assert!(e.to_string().starts_with("agent id:"), "{e}");
    let e = StreamConfig::new(
        host,
        "acme01",
        AGENT,
        StreamCredential::new(" \n"),
        Arc::new(tls),
    )
    .unwrap_err();
    assert!(e.to_string().starts_with("credential:"), "{e}");
}

#[test]
fn spawning_outside_a_runtime_is_an_error() {
    let tls = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(rustls::RootCertStore::empty())
    .with_no_client_auth();
    let host = parse_host_override("127.0.0.1:1").unwrap();
    let config = StreamConfig::new(
        host,
        "acme01",
        AGENT,
        StreamCredential::new(KEY),
        Arc::new(tls),
    )
    .unwrap();
    assert!(spawn(config).is_err());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn garbage_alone_does_not_reset_the_backoff() {
    let server = Server::start(
        Vec::new(),
        planner(|_| Plan::Raw(vec![Ok("garbage".to_owned())], After::Drop)),
    )
    .await;
    let mut t = timings();
    t.backoff = Backoff {
        initial: Duration::from_millis(20),
        max: Duration::from_millis(80),
        jitter: 0.0,
    };
    let (handle, _events) = spawn(config(&server, t)).unwrap();
    let mut statuses = handle.watch_status();
    let mut waits = Vec::new();
    while !waits.contains(&80) {
        assert!(waits.len() < 50, "{waits:?}");
        tokio::time::timeout(LIMIT, statuses.changed())
            .await
            .unwrap()
            .unwrap();
        if let Status::Down { retry_in, .. } = &*statuses.borrow_and_update() {
            waits.push(retry_in.as_millis());
        }
    }
    assert!(waits.windows(2).all(|w| w[0] <= w[1]), "{waits:?}");
    assert!(handle.counters().malformed >= 3);
}
