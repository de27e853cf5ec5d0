//! The credential never reaches a log line, a status or an error: every
//! tracing event of a resume and of a refusal is captured and searched.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rccontrol_stream::StreamCredential;
use rccontrol_stream::client::{Backoff, StartAt, Status, StreamConfig, Timings, spawn};
use rccontrol_stream::hosts::parse_host_override;
use support::{After, Plan, Server, status_frame, until};

const KEY: &str = "eght_leak-canary-9d2e71";
const LIMIT: Duration = Duration::from_secs(10);

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_credential_is_in_no_log_line_status_or_error() {
    let capture = Capture::default();
    let writer = capture.clone();
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .init();

    let topic = vec![
        status_frame("CAEQAQ==", "i1", "pause"),
        status_frame("CAE+EAI=", "i2", "resume"),
    ];
    let planner: support::Planner = Arc::new(|i| match i {
        0 => Plan::Topic {
            max: Some(1),
            then: After::Drop,
        },
        1 => Plan::Raw(vec![Ok("garbage".into())], After::Drop),
        2 => Plan::Topic {
            max: None,
            then: After::Drop,
        },
        _ => Plan::Refuse(401),
    });
    let server = Server::start(topic, planner).await;
    let host = parse_host_override(&server.addr.to_string()).unwrap();
    let timings = Timings {
        backoff: Backoff {
            initial: Duration::from_millis(10),
            max: Duration::from_millis(20),
            jitter: 0.5,
        },
        ..Timings::default()
    };
    let config = StreamConfig::new(
        host,
        "acme01",
        "agA1",
        StreamCredential::new(KEY),
        server.client_tls.clone(),
    )
    .unwrap()
    .with_start(StartAt::Earliest)
    .with_timings(timings);
    let (handle, mut events) = spawn(config).unwrap();
    let mut statuses = Vec::new();
    let mut watch = handle.watch_status();
    while !handle.is_finished() {
        if let Ok(Ok(())) = tokio::time::timeout(Duration::from_millis(50), watch.changed()).await {
            statuses.push(watch.borrow_and_update().clone());
        }
        while let Ok(ev) = events.try_recv() {
            assert!(!format!("{ev:?}").contains(KEY));
        }
        assert!(statuses.len() < 100, "{statuses:?}");
    }
    until(LIMIT, "the refusal", || {
        matches!(handle.status(), Status::Rejected { .. }).then_some(())
    })
    .await;
    statuses.push(handle.status());
    assert_eq!(
        server
            .conns()
            .iter()
            .filter(|c| c.api_key.as_deref() == Some(KEY))
            .count(),
        4
    );

    let logs = String::from_utf8(capture.0.lock().unwrap().clone()).unwrap();
    assert!(
        logs.contains("Event Streaming rejected the credential"),
        "{logs}"
    );
    assert!(logs.contains("connecting to Event Streaming"), "{logs}");
    assert!(!logs.contains(KEY), "the credential in the logs:\n{logs}");
    for s in &statuses {
        assert!(!format!("{s} {s:?}").contains(KEY), "{s:?}");
    }
    assert!(!format!("{handle:?}").contains(KEY));
}
