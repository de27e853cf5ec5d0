//! The event stream (Pulsar reader WebSocket) over real TLS with a real client.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::time::Duration;

use common::start;
use common::ws::{
    Cred, WAIT, close, connect, decode, enc_query, eventually, kinds, next_interactions, next_msg,
    next_raw, next_text, refused_status, try_connect,
};
use futures_util::SinkExt as _;
use rccontrol_sim::{
    AgentRef, DEMO_AGENT_ID, DEMO_DATA_TOKEN, DEMO_STREAM_KEY, DEMO_TENANT, DEMO_TOKEN, Garbage,
    OVERSIZED_FRAME_LEN, StreamFault, StreamStats,
};
use serde_json::json;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;

/// The demo agent who is not on a call at start.
const IDLE: &str = "1002";

fn who(id: &str) -> String {
    format!(r#"{{"tenant":"{DEMO_TENANT}","agent_id":"{id}"}}"#)
}

/// How long a check that something does *not* happen watches (pings come every 50 ms).
const QUIET: Duration = Duration::from_millis(400);

#[tokio::test]
async fn handshake_answers_and_counts() {
    let h = start().await;
    let url = h.sim.stream_url(DEMO_TENANT, IDLE);
    assert_eq!(refused_status(&h.sim, &url, Cred::None).await, 401);
    let wrong = Cred::Header("X-API-Key", "eght_wrong");
    assert_eq!(refused_status(&h.sim, &url, wrong).await, 401);
    // The action token is not a stream credential.
    let action = Cred::Header("X-API-Key", DEMO_TOKEN);
    assert_eq!(refused_status(&h.sim, &url, action).await, 401);
    let other = h.sim.stream_url("nosuch", IDLE);
    let key = Cred::Header("X-API-Key", DEMO_STREAM_KEY);
    assert_eq!(refused_status(&h.sim, &other, key).await, 404);
    let bad_id = format!("{url}?messageId=garbage");
    assert_eq!(refused_status(&h.sim, &bad_id, key).await, 400);
    assert_eq!(h.sim.stream_stats().refused, 5);

    // Header name in any case, the query parameter, the data token as Basic or key.
    let lower = Cred::Header("x-api-key", DEMO_STREAM_KEY);
    close(try_connect(&h.sim, &url, lower).await.unwrap()).await;
    let query = format!("{url}?x-api-key={}", enc_query(DEMO_STREAM_KEY));
    close(try_connect(&h.sim, &query, Cred::None).await.unwrap()).await;
    let basic = Cred::Basic(DEMO_DATA_TOKEN);
    close(try_connect(&h.sim, &url, basic).await.unwrap()).await;
    let data_key = Cred::Header("X-API-Key", DEMO_DATA_TOKEN);
    let all = h.sim.stream_all_url(DEMO_TENANT);
    close(try_connect(&h.sim, &all, data_key).await.unwrap()).await;

    eventually("connections closed", || h.sim.stream_stats().open == 0).await;
    let stats = StreamStats {
        accepted: 4,
        refused: 5,
        open: 0,
    };
    assert_eq!(h.sim.stream_stats(), stats);
    let (s, v) = h.get_json("stream/stats").await;
    assert_eq!((s, v), (200, json!(stats)));
    h.sim.shutdown().await;
}

#[tokio::test]
async fn call_pause_resume_end_in_order() {
    let h = start().await;
    let mut ws = connect(&h.sim, &h.sim.stream_url(DEMO_TENANT, IDLE)).await;
    assert_eq!(h.post_json("call/start", &who(IDLE)).await.0, 200);

    // Another event family comes along: it is there, the test skips it.
    let first = next_msg(&mut ws).await;
    assert_eq!(first.kind(), "InteractionAssigned");
    assert_eq!(next_msg(&mut ws).await.kind(), "AgentStatusChange");
    let start = next_interactions(&mut ws, 2).await;
    assert_eq!(
        kinds(&start),
        ["InteractionAccepted", "InteractionRecordingStarted"]
    );
    let guid = first.field("interactionGUID").clone();
    let txn = first.field("transactionNum").clone();
    assert_eq!(first.field("callState"), "CS_INPROGRESS");
    assert_eq!(start[0].field("callState"), "CS_CONNECTED");
    for m in &start {
        assert_eq!(
            (m.field("interactionGUID"), m.field("transactionNum")),
            (&guid, &txn)
        );
        assert_eq!(m.field("agentId"), IDLE);
        assert_eq!(m.field("recordingMode"), "yes");
        assert_eq!(m.field("mediaType"), "phone");
    }
    // The frame: documented fields, publishTime in RFC 3339 with ms.
    assert_eq!(first.frame["redeliveryCount"], 0);
    assert_eq!(first.frame["properties"], json!({}));
    let time = first.frame["publishTime"].as_str().unwrap();
    assert!(
        time.len() == 24 && time.ends_with('Z') && time.as_bytes()[19] == b'.',
        "{time}"
    );

    let (s, body) = h.put(&h.agent_url("pause", DEMO_TENANT, IDLE)).await;
    assert_eq!((s, body.as_str()), (200, "Status: success"));
    let pause = next_msg(&mut ws).await;
    assert_eq!(pause.kind(), "RecordingStatus");
    assert_eq!(
        (pause.field("status"), pause.field("isAPICall")),
        (&json!("pause"), &json!(true))
    );
    assert_eq!(
        (
            pause.field("interactionGUID"),
            pause.field("transactionNum")
        ),
        (&guid, &txn)
    );

    let (s, agent) = h.post_json("aw/resume", &who(IDLE)).await;
    assert_eq!((s, &agent["paused"]), (200, &json!(false)));
    let resume = next_msg(&mut ws).await;
    assert_eq!(resume.kind(), "RecordingStatus");
    assert_eq!(
        (resume.field("status"), resume.field("isAPICall")),
        (&json!("resume"), &json!(false))
    );
    // Agent Workspace's pause changes the simulator's state too.
    assert_eq!(
        h.post_json("aw/pause", &who(IDLE)).await.1["paused"],
        json!(true)
    );
    assert_eq!(next_msg(&mut ws).await.field("status"), "pause");

    assert_eq!(h.post_json("call/end", &who(IDLE)).await.0, 200);
    let end = next_interactions(&mut ws, 2).await;
    assert_eq!(kinds(&end), ["InteractionDeassigned", "InteractionDeleted"]);
    assert!(
        end.iter()
            .all(|m| m.field("callState") == "CS_DISCONNECTED")
    );
    assert_eq!(end[1].field("interactionGUID"), &guid);
    // No call: Agent Workspace has nothing to pause.
    assert_eq!(h.post_json("aw/pause", &who(IDLE)).await.0, 409);
    close(ws).await;
    h.sim.shutdown().await;
}

#[tokio::test]
async fn agent_topics_are_isolated_and_all_sees_both() {
    let h = start().await;
    let mut a = connect(&h.sim, &h.sim.stream_url(DEMO_TENANT, DEMO_AGENT_ID)).await;
    let mut b = connect(&h.sim, &h.sim.stream_url(DEMO_TENANT, IDLE)).await;
    let mut all = connect(&h.sim, &h.sim.stream_all_url(DEMO_TENANT)).await;

    let idle = AgentRef::AgentId(IDLE);
    let busy = AgentRef::AgentId(DEMO_AGENT_ID);
    h.sim.new_call(DEMO_TENANT, idle, true).unwrap();
    h.sim.workspace_recording(DEMO_TENANT, busy, true).unwrap();
    h.sim.workspace_recording(DEMO_TENANT, idle, true).unwrap();

    // A sees only its pause; B only its call and pause.
    let m = next_msg(&mut a).await;
    assert_eq!(
        (m.kind().as_str(), m.field("agentId")),
        ("RecordingStatus", &json!(DEMO_AGENT_ID))
    );
    let got = next_interactions(&mut b, 4).await;
    assert!(got.iter().all(|m| m.field("agentId") == IDLE));
    assert_eq!(got[3].kind(), "RecordingStatus");
    // The tenant topic has all of them, in publish order.
    let got = next_interactions(&mut all, 5).await;
    let agents: Vec<_> = got
        .iter()
        .map(|m| m.field("agentId").as_str().unwrap())
        .collect();
    assert_eq!(agents, [IDLE, IDLE, IDLE, DEMO_AGENT_ID, IDLE]);
    // Nothing else came to A: its next message is the next event of its own.
    h.sim.workspace_recording(DEMO_TENANT, busy, false).unwrap();
    assert_eq!(next_msg(&mut a).await.field("status"), "resume");
    for ws in [a, b, all] {
        close(ws).await;
    }
    h.sim.shutdown().await;
}

#[tokio::test]
async fn resume_from_an_encoded_message_id_delivers_exactly_the_missed() {
    let h = start().await;
    let url = h.sim.stream_url(DEMO_TENANT, IDLE);
    let mut ws = connect(&h.sim, &url).await;
    h.sim
        .new_call(DEMO_TENANT, AgentRef::AgentId(IDLE), true)
        .unwrap();
    let seen = next_interactions(&mut ws, 2).await; // Assigned, Accepted
    let last = seen[1].id.clone();
    assert!(
        last.contains('+') && last.contains('/') && last.contains('='),
        "{last}"
    );
    close(ws).await;

    // Missed while away: RecordingStarted was already published; then pause and resume.
    h.put(&h.agent_url("pause", DEMO_TENANT, IDLE)).await;
    h.post_json("aw/resume", &who(IDLE)).await;
    let expected: Vec<String> = h
        .sim
        .published(DEMO_TENANT)
        .into_iter()
        .skip_while(|p| p.message_id != last)
        .skip(1)
        .filter(|p| p.agent_id.as_deref() == Some(IDLE))
        .map(|p| p.message_id)
        .collect();
    assert_eq!(expected.len(), 3);

    let mut ws = connect(&h.sim, &format!("{url}?messageId={}", enc_query(&last))).await;
    let mut got = Vec::new();
    for _ in 0..3 {
        got.push(next_msg(&mut ws).await);
    }
    assert_eq!(
        got.iter().map(|m| m.id.clone()).collect::<Vec<_>>(),
        expected
    );
    assert_eq!(
        kinds(&got),
        [
            "InteractionRecordingStarted",
            "RecordingStatus",
            "RecordingStatus"
        ]
    );
    // No duplicates, nothing more: the next message is a new event.
    h.sim
        .workspace_recording(DEMO_TENANT, AgentRef::AgentId(IDLE), true)
        .unwrap();
    let next = next_msg(&mut ws).await;
    assert!(!expected.contains(&next.id) && next.id != last);
    assert_eq!(next.field("status"), "pause");
    close(ws).await;

    // A client that forgets to encode sends `+` that reads as a space: refused.
    let key = Cred::Header("X-API-Key", DEMO_STREAM_KEY);
    let raw = format!("{url}?messageId={last}");
    assert_eq!(refused_status(&h.sim, &raw, key).await, 400);
    h.sim.shutdown().await;
}

#[tokio::test]
async fn earliest_and_latest() {
    let h = start().await;
    let url = h.sim.stream_url(DEMO_TENANT, IDLE);
    h.sim
        .new_call(DEMO_TENANT, AgentRef::AgentId(IDLE), true)
        .unwrap();
    let published = h.sim.published(DEMO_TENANT);

    let mut early = connect(&h.sim, &format!("{url}?messageId=earliest")).await;
    for p in &published {
        assert_eq!(next_msg(&mut early).await.id, p.message_id);
    }
    // `latest` (also the default) gets only what is published after the handshake.
    let mut late = connect(&h.sim, &format!("{url}?messageId=latest")).await;
    let mut default = connect(&h.sim, &url).await;
    h.sim
        .workspace_recording(DEMO_TENANT, AgentRef::AgentId(IDLE), true)
        .unwrap();
    for ws in [&mut late, &mut default, &mut early] {
        assert_eq!(next_msg(ws).await.kind(), "RecordingStatus");
    }
    // Over the control API too.
    let (s, v) = h.get_json("stream/events?tenant=demo").await;
    assert_eq!((s, v.as_array().unwrap().len()), (200, published.len() + 1));
    for ws in [early, late, default] {
        close(ws).await;
    }
    h.sim.shutdown().await;
}

#[tokio::test]
async fn recording_not_started_sends_no_recording_status() {
    let h = start().await;
    let mut ws = connect(&h.sim, &h.sim.stream_url(DEMO_TENANT, IDLE)).await;
    let body =
        format!(r#"{{"tenant":"{DEMO_TENANT}","agent_id":"{IDLE}","recording_started":false}}"#);
    assert_eq!(h.post_json("call/new", &body).await.0, 200);
    let got = next_interactions(&mut ws, 2).await;
    assert_eq!(kinds(&got), ["InteractionAssigned", "InteractionAccepted"]);
    assert_eq!(got[1].field("recordingMode"), "yes");

    // The API answers success, yet nothing changes and no RecordingStatus comes.
    let (s, body) = h.put(&h.agent_url("pause", DEMO_TENANT, IDLE)).await;
    assert_eq!((s, body.as_str()), (200, "Status: success"));
    let agent = h.sim.agent(DEMO_TENANT, AgentRef::AgentId(IDLE)).unwrap();
    assert!(agent.on_call && !agent.paused);
    assert_eq!(h.post_json("aw/pause", &who(IDLE)).await.0, 409);
    // The next event is the recording's start: nothing came in between.
    h.post_json("call/recording-start", &who(IDLE)).await;
    assert_eq!(
        next_msg(&mut ws).await.kind(),
        "InteractionRecordingStarted"
    );
    h.put(&h.agent_url("pause", DEMO_TENANT, IDLE)).await;
    assert_eq!(next_msg(&mut ws).await.field("isAPICall"), true);
    assert!(
        h.sim
            .agent(DEMO_TENANT, AgentRef::AgentId(IDLE))
            .unwrap()
            .paused
    );
    close(ws).await;
    h.sim.shutdown().await;
}

#[tokio::test]
async fn transfer_assigns_a_new_interaction_then_ends_the_old() {
    let h = start().await;
    let mut ws = connect(&h.sim, &h.sim.stream_url(DEMO_TENANT, IDLE)).await;
    assert_eq!(h.post_json("call/transfer", &who(IDLE)).await.0, 409);
    h.post_json("call/start", &who(IDLE)).await;
    let old = next_interactions(&mut ws, 3).await;
    h.post_json("aw/pause", &who(IDLE)).await;
    next_msg(&mut ws).await;
    let (s, agent) = h.post_json("call/transfer", &who(IDLE)).await;
    assert_eq!(
        (s, &agent["paused"], &agent["on_call"]),
        (200, &json!(false), &json!(true))
    );
    let got = next_interactions(&mut ws, 5).await;
    assert_eq!(
        kinds(&got),
        [
            "InteractionAssigned",
            "InteractionAccepted",
            "InteractionRecordingStarted",
            "InteractionDeassigned",
            "InteractionDeleted"
        ]
    );
    let old_guid = old[0].field("interactionGUID");
    assert_ne!(got[0].field("interactionGUID"), old_guid);
    assert_eq!(got[3].field("interactionGUID"), old_guid);
    assert_eq!(got[4].field("callHangupReason"), "transfer");
    close(ws).await;
    h.sim.shutdown().await;
}

#[tokio::test]
async fn fault_drop_closes_without_close_frame() {
    let h = start().await;
    let mut ws = connect(&h.sim, &h.sim.stream_url(DEMO_TENANT, IDLE)).await;
    assert_eq!(h.sim.stream_stats().open, 1);
    let (s, v) = h.post_json("stream/fault", r#"{"kind":"drop"}"#).await;
    assert_eq!((s, &v["reached"]), (200, &json!(1)));
    match next_raw(&mut ws).await {
        None | Some(Err(_)) => {}
        other => panic!("expected the socket to drop, got {other:?}"),
    }
    eventually("connection gone", || h.sim.stream_stats().open == 0).await;
    h.sim.shutdown().await;
}

#[tokio::test]
async fn fault_refuse_answers_401_then_recovers() {
    let h = start().await;
    let url = h.sim.stream_url(DEMO_TENANT, IDLE);
    let key = Cred::Header("X-API-Key", DEMO_STREAM_KEY);
    assert_eq!(h.sim.stream_fault(StreamFault::Refuse(2)), 2);
    assert_eq!(h.get_json("stream/fault").await.1, json!({"refuse": 2}));
    assert_eq!(refused_status(&h.sim, &url, key).await, 401);
    assert_eq!(refused_status(&h.sim, &url, key).await, 401);
    close(connect(&h.sim, &url).await).await;
    // Cleared before use: the next handshake is accepted.
    h.post_json("stream/fault", r#"{"kind":"refuse","count":3}"#)
        .await;
    let r = h
        .client
        .delete(h.control("stream/fault"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    close(connect(&h.sim, &url).await).await;
    let stats = h.sim.stream_stats();
    assert_eq!((stats.accepted, stats.refused), (2, 2));
    h.sim.shutdown().await;
}

#[tokio::test]
async fn fault_garbage_frames_then_normal_events() {
    let h = start().await;
    let mut ws = connect(&h.sim, &h.sim.stream_url(DEMO_TENANT, IDLE)).await;
    for g in [
        "not-json",
        "no-payload",
        "bad-base64",
        "payload-not-json",
        "oversized",
    ] {
        let body = format!(r#"{{"kind":"garbage","garbage":"{g}"}}"#);
        assert_eq!(h.post_json("stream/fault", &body).await.1["reached"], 1);
    }
    let text = next_text(&mut ws).await;
    assert!(serde_json::from_str::<serde_json::Value>(&text).is_err());
    let frame: serde_json::Value = serde_json::from_str(&next_text(&mut ws).await).unwrap();
    assert!(frame.get("payload").is_none());
    let frame: serde_json::Value = serde_json::from_str(&next_text(&mut ws).await).unwrap();
    assert!(base64_decodes(&frame["payload"]).is_none());
    let frame: serde_json::Value = serde_json::from_str(&next_text(&mut ws).await).unwrap();
    let payload = base64_decodes(&frame["payload"]).unwrap();
    assert!(serde_json::from_slice::<serde_json::Value>(&payload).is_err());
    assert!(next_text(&mut ws).await.len() > OVERSIZED_FRAME_LEN);
    // The stream goes on.
    h.sim.stream_fault(StreamFault::Garbage(Garbage::NotJson));
    next_text(&mut ws).await;
    h.sim
        .workspace_recording(DEMO_TENANT, AgentRef::AgentId(DEMO_AGENT_ID), true)
        .unwrap();
    h.post_json("call/start", &who(IDLE)).await;
    assert_eq!(next_msg(&mut ws).await.kind(), "InteractionAssigned");
    close(ws).await;
    h.sim.shutdown().await;
}

fn base64_decodes(v: &serde_json::Value) -> Option<Vec<u8>> {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD
        .decode(v.as_str()?)
        .ok()
}

/// Waits for the next server ping (text frames are not expected meanwhile).
async fn next_ping(ws: &mut common::ws::Ws) {
    loop {
        match next_raw(ws).await {
            Some(Ok(Message::Ping(_))) => return,
            Some(Ok(Message::Pong(_))) => {}
            other => panic!("expected a ping, got {other:?}"),
        }
    }
}

/// Nothing at all arrives within [`QUIET`].
async fn quiet(ws: &mut common::ws::Ws) {
    use futures_util::StreamExt as _;
    if let Ok(m) = tokio::time::timeout(QUIET, ws.next()).await {
        panic!("expected silence, got {m:?}");
    }
}

#[tokio::test]
async fn pings_and_stall() {
    let h = start().await;
    let (s, _) = h.post_json("stream/ping", r#"{"interval_ms":50}"#).await;
    assert_eq!(s, 200);
    assert_eq!(
        h.get_json("stream/ping").await.1,
        json!({"interval_ms": 50})
    );
    let mut ws = connect(&h.sim, &h.sim.stream_url(DEMO_TENANT, IDLE)).await;
    next_ping(&mut ws).await;
    next_ping(&mut ws).await;

    assert_eq!(h.sim.stream_fault(StreamFault::Stall), 1);
    h.sim
        .new_call(DEMO_TENANT, AgentRef::AgentId(IDLE), true)
        .unwrap();
    // A ping may have been on its way before the stall; then nothing.
    use futures_util::StreamExt as _;
    while let Ok(m) = tokio::time::timeout(QUIET, ws.next()).await {
        assert!(matches!(m, Some(Ok(Message::Ping(_)))), "{m:?}");
    }
    h.sim.clear_stream_faults();
    // The events published during the stall come after it, in order.
    assert_eq!(next_msg(&mut ws).await.kind(), "InteractionAssigned");
    close(ws).await;
    h.sim.shutdown().await;
}

#[tokio::test]
async fn slow_ping_leaves_pings_unanswered_but_events_flow() {
    let h = start().await;
    h.sim.set_ping_interval(Duration::from_millis(50));
    let mut ws = connect(&h.sim, &h.sim.stream_url(DEMO_TENANT, IDLE)).await;
    next_ping(&mut ws).await;
    assert_eq!(h.sim.stream_fault(StreamFault::SlowPing), 1);
    // Drain a ping that may already be in flight.
    use futures_util::StreamExt as _;
    while let Ok(m) = tokio::time::timeout(QUIET, ws.next()).await {
        assert!(matches!(m, Some(Ok(Message::Ping(_)))), "{m:?}");
    }
    ws.send(Message::Ping(b"client".to_vec().into()))
        .await
        .unwrap();
    quiet(&mut ws).await;
    h.sim
        .new_call(DEMO_TENANT, AgentRef::AgentId(IDLE), true)
        .unwrap();
    assert_eq!(next_msg(&mut ws).await.kind(), "InteractionAssigned");
    // Cleared: the client's ping gets its pong, the server pings again.
    h.sim.clear_stream_faults();
    let (mut pong, mut ping) = (false, false);
    while !(pong && ping) {
        match next_raw(&mut ws).await {
            Some(Ok(Message::Pong(p))) => pong |= p.as_ref() == b"client",
            Some(Ok(Message::Ping(_))) => ping = true,
            Some(Ok(Message::Text(_))) => {}
            other => panic!("unexpected {other:?}"),
        }
    }
    close(ws).await;
    h.sim.shutdown().await;
}

#[tokio::test]
async fn shutdown_sends_going_away() {
    let h = start().await;
    let mut ws = connect(&h.sim, &h.sim.stream_url(DEMO_TENANT, IDLE)).await;
    let sim = h.sim.clone();
    let stopping = tokio::spawn(sim.shutdown());
    loop {
        match next_raw(&mut ws).await {
            Some(Ok(Message::Close(Some(f)))) => {
                assert_eq!(f.code, CloseCode::Away);
                break;
            }
            Some(Ok(Message::Ping(_))) => {}
            other => panic!("expected a close frame, got {other:?}"),
        }
    }
    // Our side of the closing handshake lets the server finish.
    while let Ok(Some(Ok(_))) =
        tokio::time::timeout(WAIT, futures_util::StreamExt::next(&mut ws)).await
    {}
    tokio::time::timeout(WAIT, stopping).await.unwrap().unwrap();
    drop(h);
}

#[test]
fn decode_helper_reads_documented_example() {
    // base64 of {"Interaction":{"event":"RecordingStatus"}}
    let m = decode(
        r#"{"messageId":"CAEQAQ==","payload":"eyJJbnRlcmFjdGlvbiI6eyJldmVudCI6IlJlY29yZGluZ1N0YXR1cyJ9fQ==","properties":{},"publishTime":"2025-10-15T09:30:00.000Z","redeliveryCount":0}"#,
    );
    assert_eq!(m.kind(), "RecordingStatus");
}
