//! Live state through the relay: the simulator's tenant-wide stream, fanned
//! out to each agent's sockets, resumable from a message id, audited.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[macro_use]
mod common;

use common::Db;

on_both_databases!(
    an_agent_workspace_pause_reaches_that_agents_sockets_only,
    a_pause_through_the_relay_comes_back_on_the_live_socket,
    the_desktops_reader_works_unchanged_against_the_relay,
    live_sockets_are_pinged_and_get_a_close_frame_at_shutdown,
    without_a_stream_there_is_no_live_state,
    a_dropped_stream_reconnects_and_the_sockets_stay,
);

use std::time::Duration;

use common::ws::{Next, connect, next, next_event};
use common::{Setup, WAIT, World, eventually};
use rccontrol_sim::{DEMO_AGENT_ID, DEMO_EMAIL, DEMO_NOCALL_EMAIL, DEMO_TENANT};
use serde_json::json;

const A_PATH: &str = "/ws/v2/reader/persistent/demo/agent-v1/1001";
const B_PATH: &str = "/ws/v2/reader/persistent/demo/agent-v1/1002";

fn encode(id: &str) -> String {
    id.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

async fn an_agent_workspace_pause_reaches_that_agents_sockets_only(db: Db) {
    let w = World::start(Setup::with(db)).await;
    let a = w.enroll(DEMO_EMAIL, Some(DEMO_AGENT_ID)).await.device_key;
    let b = w.enroll(DEMO_NOCALL_EMAIL, Some("1002")).await.device_key;
    w.stream_up().await;
    let port = w.relay.addr.port();
    let mut ws_a = connect(
        w.dir.path(),
        port,
        &format!("{A_PATH}?messageId=latest"),
        &a,
        false,
    )
    .await
    .unwrap();
    let mut ws_a2 = connect(w.dir.path(), port, A_PATH, &a, true).await.unwrap();
    let mut ws_b = connect(w.dir.path(), port, B_PATH, &b, false)
        .await
        .unwrap();

    let (s, body) = w
        .sim_post(
            "aw/pause",
            json!({"tenant": DEMO_TENANT, "agent_id": DEMO_AGENT_ID}),
        )
        .await;
    assert_eq!(s, 200, "{body}");
    let (pause_id, kind) = next_event(&mut ws_a).await;
    assert_eq!(kind, "RecordingStatus");
    let (pause_id2, _) = next_event(&mut ws_a2).await;
    assert_eq!(pause_id, pause_id2);
    // An acknowledgement (as the desktop sends) is ignored.
    {
        use futures_util::SinkExt as _;
        ws_a.send(tokio_tungstenite::tungstenite::Message::text(
            json!({"messageId": pause_id}).to_string(),
        ))
        .await
        .unwrap();
    }
    let (s, _) = w
        .sim_post(
            "aw/resume",
            json!({"tenant": DEMO_TENANT, "agent_id": DEMO_AGENT_ID}),
        )
        .await;
    assert_eq!(s, 200);
    let (resume_id, kind) = next_event(&mut ws_a).await;
    assert_eq!(kind, "RecordingStatus");
    // B saw none of A's events (its topic's next frame is its own call start).
    w.sim_post(
        "call/start",
        json!({"tenant": DEMO_TENANT, "agent_id": "1002"}),
    )
    .await;
    let (_, kind) = next_event(&mut ws_b).await;
    assert_eq!(kind, "InteractionAssigned", "B's first frame is its own");

    // Resume after the pause: the resume comes first, from the ring.
    let query = format!("{A_PATH}?messageId={}", encode(&pause_id));
    let mut again = connect(w.dir.path(), port, &query, &a, false)
        .await
        .unwrap();
    assert_eq!(next_event(&mut again).await.0, resume_id);
    // From the earliest: the pause, then the resume.
    let mut all = connect(
        w.dir.path(),
        port,
        &format!("{A_PATH}?messageId=earliest"),
        &a,
        false,
    )
    .await
    .unwrap();
    let mut ids = Vec::new();
    while let Next::Frame(id, _) = next(&mut all, Duration::from_millis(500)).await {
        ids.push(id);
    }
    let p = ids.iter().position(|i| *i == pause_id).unwrap();
    assert_eq!(ids.get(p + 1), Some(&resume_id), "{ids:?}");

    // The state changes are in the audit once each.
    let store = w.store.clone();
    eventually(WAIT, "two state rows of agent 1001", || {
        let store = store.clone();
        async move {
            let rows = store
                .audit(rccontrol_relay::AuditFilter::default())
                .await
                .unwrap();
            rows.iter()
                .filter(|r| r.kind == "state" && r.agent_id.as_deref() == Some("1001"))
                .filter(|r| matches!(r.action.as_deref(), Some("paused" | "resumed")))
                .count()
                == 2
        }
    })
    .await;
    let rows = w.audit().await;
    let paused = rows
        .iter()
        .find(|r| r.action.as_deref() == Some("paused"))
        .unwrap();
    assert_eq!(paused.trigger.as_deref(), Some("agent_workspace"));
    assert_eq!(paused.agent_email.as_deref(), Some(DEMO_EMAIL));
    w.sim.shutdown().await;
}

async fn a_pause_through_the_relay_comes_back_on_the_live_socket(db: Db) {
    let w = World::start(Setup::with(db)).await;
    let a = w.enroll(DEMO_EMAIL, Some(DEMO_AGENT_ID)).await.device_key;
    w.stream_up().await;
    let mut ws = connect(w.dir.path(), w.relay.addr.port(), A_PATH, &a, false)
        .await
        .unwrap();
    let (_, body, _) = w.act(&a, "pause").await;
    assert_eq!(body["outcome"]["kind"], "applied");
    match next(&mut ws, WAIT).await {
        Next::Frame(_, event) => {
            assert_eq!(event["Interaction"]["event"], "RecordingStatus");
            assert_eq!(event["Interaction"]["agentId"], "1001");
        }
        other => panic!("{other:?}"),
    }
    let store = w.store.clone();
    eventually(WAIT, "the state row by the API", || {
        let store = store.clone();
        async move {
            store
                .audit(rccontrol_relay::AuditFilter::default())
                .await
                .unwrap()
                .iter()
                .any(|r| {
                    r.kind == "state"
                        && r.action.as_deref() == Some("paused")
                        && r.trigger.as_deref() == Some("api")
                })
        }
    })
    .await;
    w.sim.shutdown().await;
}

async fn the_desktops_reader_works_unchanged_against_the_relay(db: Db) {
    use rccontrol_stream::client::{StreamConfig, spawn};
    use rccontrol_stream::event::{Event, EventKind};
    let w = World::start(Setup::with(db)).await;
    let a = w.enroll(DEMO_EMAIL, Some(DEMO_AGENT_ID)).await.device_key;
    w.stream_up().await;
    let ca = std::fs::read(w.dir.path().join("relay-ca.pem")).unwrap();
    let host =
        rccontrol_stream::hosts::parse_host_override(&format!("127.0.0.1:{}", w.relay.addr.port()))
            .unwrap();
    let config = StreamConfig::new(
        host,
        DEMO_TENANT,
        DEMO_AGENT_ID,
        rccontrol_stream::StreamCredential::new(a.as_str()),
        common::rustls_client(&ca),
    )
    .unwrap();
    let (reader, mut events) = spawn(config).unwrap();
    let mut status = reader.watch_status();
    tokio::time::timeout(
        WAIT,
        status.wait_for(|s| matches!(s, rccontrol_stream::client::Status::Connected)),
    )
    .await
    .unwrap()
    .unwrap();
    w.sim_post(
        "aw/pause",
        json!({"tenant": DEMO_TENANT, "agent_id": DEMO_AGENT_ID}),
    )
    .await;
    let event = tokio::time::timeout(WAIT, events.recv())
        .await
        .unwrap()
        .unwrap();
    match event.event {
        Event::Interaction(i) => assert_eq!(
            i.kind,
            EventKind::RecordingStatus {
                paused: true,
                from_api: false
            }
        ),
        other => panic!("{other:?}"),
    }
    reader.stop().await;
    w.sim.shutdown().await;
}

async fn live_sockets_are_pinged_and_get_a_close_frame_at_shutdown(db: Db) {
    let mut w = World::start(Setup::with(db)).await;
    let a = w.enroll(DEMO_EMAIL, Some(DEMO_AGENT_ID)).await.device_key;
    let mut ws = connect(w.dir.path(), w.relay.addr.port(), A_PATH, &a, false)
        .await
        .unwrap();
    // A quiet socket is pinged (200 ms in tests, 20 s by default).
    assert!(common::ws::pinged(&mut ws, WAIT).await);
    w.relay.stop().await.unwrap();
    match next(&mut ws, WAIT).await {
        Next::Closed(code) => assert_eq!(code, Some(1001)),
        other => panic!("{other:?}"),
    }
    w.sim.shutdown().await;
}

async fn without_a_stream_there_is_no_live_state(db: Db) {
    let w = World::start(Setup {
        stream: false,
        ..Setup::with(db)
    })
    .await;
    let e = w.enroll(DEMO_EMAIL, Some(DEMO_AGENT_ID)).await;
    assert!(!e.me.live_state);
    let err = connect(
        w.dir.path(),
        w.relay.addr.port(),
        A_PATH,
        &e.device_key,
        false,
    )
    .await
    .unwrap_err();
    common::assert_refused(
        err.0,
        &err.1,
        rccontrol::relay::wire::ErrorKind::Unavailable,
    );
    // No key at all: 401 before anything else.
    let err = connect(
        w.dir.path(),
        w.relay.addr.port(),
        A_PATH,
        "rcd_unknownKey",
        false,
    )
    .await
    .unwrap_err();
    common::assert_refused(
        err.0,
        &err.1,
        rccontrol::relay::wire::ErrorKind::Unauthorized,
    );
    w.sim.shutdown().await;
}

async fn a_dropped_stream_reconnects_and_the_sockets_stay(db: Db) {
    let w = World::start(Setup::with(db)).await;
    let a = w.enroll(DEMO_EMAIL, Some(DEMO_AGENT_ID)).await.device_key;
    w.stream_up().await;
    let mut ws = connect(w.dir.path(), w.relay.addr.port(), A_PATH, &a, false)
        .await
        .unwrap();
    let (s, body) = w.sim_post("stream/fault", json!({"kind": "drop"})).await;
    assert_eq!(s, 200, "{body}");
    // The relay's reader comes back (resuming after its last message id).
    let sim = w.sim.clone();
    eventually(WAIT, "the relay reconnected to the stream", || {
        let client = common::sim_client(&sim);
        let url = format!("{}/_sim/stream/stats", sim.base_url());
        async move {
            let Ok(r) = client.get(url).send().await else {
                return false;
            };
            let v: serde_json::Value = r.json().await.unwrap_or_default();
            v["accepted"].as_u64().unwrap_or(0) >= 2 && v["open"].as_u64().unwrap_or(0) >= 1
        }
    })
    .await;
    w.stream_up().await;
    w.sim_post(
        "aw/pause",
        json!({"tenant": DEMO_TENANT, "agent_id": DEMO_AGENT_ID}),
    )
    .await;
    let (_, kind) = next_event(&mut ws).await;
    assert_eq!(kind, "RecordingStatus");
    // Exactly once.
    assert!(matches!(
        next(&mut ws, Duration::from_millis(300)).await,
        Next::Nothing
    ));
    w.sim.shutdown().await;
}
