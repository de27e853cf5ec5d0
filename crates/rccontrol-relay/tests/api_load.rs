//! Load on loopback, bounded and not timed: 200 agents pressing at once all
//! get an answer; 500 live sockets all receive one fanned-out event.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[macro_use]
mod common;

use common::Db;

on_both_databases!(
    two_hundred_agents_pressing_at_once_all_get_an_answer,
    five_hundred_live_sockets_all_receive_one_event,
);

use std::time::Duration;

use common::ws::{Next, connect, next};
use common::{Setup, World};
use rccontrol_sim::{AgentState, DEMO_AGENT_ID, DEMO_EMAIL, DEMO_TENANT};
use serde_json::json;

/// The defaults with a real relay's deadlines — 8x8 calls with the
/// desktop's own attempt timeout and 8 s deadline, 10 s for headers, 15 s per
/// request as in deploy/relay.toml.example — instead of the tests' short
/// ones: these tests are about every request being answered and applied, on
/// 2 cores that may be busy with something else (the short ones gave 408s and
/// 8x8 timeouts under a parallel build).
fn load_setup(db: Db) -> Setup {
    let mut setup = Setup {
        header_timeout_ms: 10_000,
        request_timeout_ms: 15_000,
        ..Setup::with(db)
    };
    setup.options.client = rccontrol_relay::server::ServeOptions::default().client;
    setup
}

async fn two_hundred_agents_pressing_at_once_all_get_an_answer(db: Db) {
    let w = World::start(load_setup(db)).await;
    let mut keys = Vec::new();
    for i in 0..200 {
        let email = format!("load{i}@demo.example");
        let mut agent = AgentState::new(Some(&email), None);
        agent.on_call = true;
        assert!(w.sim.upsert_agent(DEMO_TENANT, agent));
        keys.push(w.enroll(&email, None).await.device_key);
    }
    let presses: Vec<_> = keys
        .iter()
        .map(|key| {
            let (http, base, key) = (w.http.clone(), w.base.clone(), key.clone());
            tokio::spawn(async move {
                let r = http
                    .post(format!("{base}/v1/actions"))
                    .bearer_auth(key)
                    .json(&json!({"action": "pause", "trigger": "hotkey"}))
                    .send()
                    .await
                    .unwrap();
                (
                    r.status().as_u16(),
                    r.json::<serde_json::Value>().await.unwrap(),
                )
            })
        })
        .collect();
    let mut outcomes = std::collections::BTreeMap::<String, usize>::new();
    for press in presses {
        let (status, body) = tokio::time::timeout(Duration::from_secs(60), press)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(status, 200, "{body}");
        let kind = body["outcome"]["kind"].as_str().unwrap_or("?").to_owned();
        *outcomes.entry(kind).or_default() += 1;
    }
    assert_eq!(
        outcomes.get("applied"),
        Some(&200),
        "every press applied: {outcomes:?}"
    );
    let rows: Vec<_> = w
        .audit()
        .await
        .into_iter()
        .filter(|r| r.kind == "action")
        .collect();
    assert_eq!(rows.len(), 200);
    assert!(rows.iter().all(|r| r.outcome.as_deref() == Some("applied")));
    w.sim.shutdown().await;
}

async fn five_hundred_live_sockets_all_receive_one_event(db: Db) {
    let w = World::start(load_setup(db)).await;
    let key = w.enroll(DEMO_EMAIL, Some(DEMO_AGENT_ID)).await.device_key;
    w.stream_up().await;
    let port = w.relay.addr.port();
    let mut sockets = Vec::new();
    for _ in 0..500 {
        sockets.push(
            connect(
                w.dir.path(),
                port,
                "/ws/v2/reader/persistent/demo/agent-v1/1001",
                &key,
                false,
            )
            .await
            .unwrap(),
        );
    }
    let (s, _) = w
        .sim_post(
            "aw/pause",
            json!({"tenant": DEMO_TENANT, "agent_id": DEMO_AGENT_ID}),
        )
        .await;
    assert_eq!(s, 200);
    let reads: Vec<_> = sockets
        .into_iter()
        .map(|mut ws| tokio::spawn(async move { next(&mut ws, Duration::from_secs(30)).await }))
        .collect();
    let mut got = 0;
    for read in reads {
        match read.await.unwrap() {
            Next::Frame(_, event) => {
                assert_eq!(event["Interaction"]["event"], "RecordingStatus");
                got += 1;
            }
            other => panic!("socket {got}: {other:?}"),
        }
    }
    assert_eq!(got, 500);
    w.sim.shutdown().await;
}
