//! Two relays on one PostgreSQL, as behind a load balancer: a device enrolled
//! on one acts on the other, its rate limit and its revocation hold on both,
//! and live state reaches an agent on whichever replica the socket landed
//! (each replica reads the tenant's stream; the state row is written once).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[allow(unused_macros)]
#[macro_use]
mod common;

use common::ws::{connect, next_event};
use common::{Db, Relay, Setup, World, act_at, enroll_at, healthy_at, http_client, stream_up_at};
use rccontrol::relay::wire::{ActionResponse, EnrollResponse};
use rccontrol_relay::{AuditFilter, Store};
use rccontrol_sim::{DEMO_AGENT_ID, DEMO_EMAIL, DEMO_TENANT};
use serde_json::json;

const LIVE_PATH: &str = "/ws/v2/reader/persistent/demo/agent-v1/1001?messageId=latest";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_relays_on_one_postgresql_act_limit_revoke_and_fan_out_as_one() {
    if !rccontrol_testkit::available(
        "two relays on one PostgreSQL",
        "PostgreSQL (scripts/install-deps.sh test)",
        common::pg_present(),
    ) {
        return;
    }
    let w = World::start(Setup {
        actions_per_minute: 4,
        ..Setup::with(Db::Postgres)
    })
    .await;
    // Replica B: the same configuration, its own pool on the same database.
    let store_b = Store::open(&w.config.database_url).await.unwrap();
    let mut relay_b = Relay::start(w.config.clone(), store_b, Setup::default().options);
    let base_a = w.base.clone();
    let base_b = format!("https://127.0.0.1:{}", relay_b.addr.port());
    let http = http_client(w.dir.path());
    healthy_at(&http, &base_b).await;

    // A code issued by the admin, redeemed on B; the device then acts on A.
    let code = w.code(DEMO_EMAIL, Some(DEMO_AGENT_ID)).await;
    let r = enroll_at(&http, &base_b, &code, "pc-on-b").await;
    assert_eq!(r.status(), 200);
    let on_b: EnrollResponse = r.json().await.unwrap();
    // The code is spent for both replicas.
    let r = enroll_at(&http, &base_a, &code, "again-on-a").await;
    assert_eq!(r.status(), 403, "a code redeemed on B works again on A");

    // The per-device limit (4 a minute) is counted across replicas.
    for (i, base) in [&base_a, &base_b, &base_a, &base_b].into_iter().enumerate() {
        let action = if i % 2 == 0 { "pause" } else { "resume" };
        let (s, body, _) = act_at(&http, base, &on_b.device_key, action).await;
        assert_eq!(s, 200, "action {i} on {base}: {body}");
        let answer: ActionResponse = serde_json::from_value(body).unwrap();
        assert_eq!(
            answer.outcome,
            rccontrol::Outcome::Applied,
            "action {i} on {base}"
        );
    }
    let (s, body, _) = act_at(&http, &base_a, &on_b.device_key, "pause").await;
    assert_eq!(s, 429, "the fifth action in a minute, on A: {body}");
    assert_eq!(w.sim.requests().len(), 4, "8x8 saw the four allowed ones");

    // Live state: one socket on each replica, the same agent (a second device).
    let second = w.enroll(DEMO_EMAIL, Some(DEMO_AGENT_ID)).await.device_key;
    stream_up_at(&http, &base_a).await;
    stream_up_at(&http, &base_b).await;
    let mut ws_a = connect(w.dir.path(), w.relay.addr.port(), LIVE_PATH, &second, false)
        .await
        .unwrap();
    let mut ws_b = connect(
        w.dir.path(),
        relay_b.addr.port(),
        LIVE_PATH,
        &on_b.device_key,
        false,
    )
    .await
    .unwrap();
    let (s, body) = w
        .sim_post(
            "aw/pause",
            json!({"tenant": DEMO_TENANT, "agent_id": DEMO_AGENT_ID}),
        )
        .await;
    assert_eq!(s, 200, "{body}");
    let (id_a, kind_a) = next_event(&mut ws_a).await;
    let (id_b, kind_b) = next_event(&mut ws_b).await;
    assert_eq!(
        (kind_a.as_str(), kind_b.as_str()),
        ("RecordingStatus", "RecordingStatus")
    );
    assert_eq!(id_a, id_b, "both replicas relay the same event");

    // Revoked as `agents revoke` does (on the database): refused on both at once.
    let revoked = w
        .store
        .revoke_agent(DEMO_EMAIL, rccontrol_relay::now_ms())
        .await
        .unwrap();
    assert!(revoked > 0, "the agent had devices to revoke");
    let r = http
        .get(format!("{base_b}/v1/me"))
        .bearer_auth(&second)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401, "revoked, yet B still accepts the key");
    let (s, body, _) = act_at(&http, &base_a, &on_b.device_key, "pause").await;
    assert_eq!(s, 401, "{body}");
    assert_eq!(body["error"]["kind"], "revoked");

    // Both replicas stopped (each drains its state-row writer on the way out):
    // the Agent Workspace pause is in the audit once, each allowed action once
    // (refusals — the rate-limited and the revoked — are not action rows).
    relay_b.stop().await.unwrap();
    let mut relay_a = w.relay;
    relay_a.stop().await.unwrap();
    let rows = w.store.audit(AuditFilter::default()).await.unwrap();
    let state: Vec<_> = rows.iter().filter(|r| r.kind == "state").collect();
    let by_workspace = state
        .iter()
        .filter(|r| r.trigger.as_deref() == Some("agent_workspace"))
        .count();
    assert_eq!(by_workspace, 1, "one state row for one event: {state:#?}");
    // Every event both replicas read (the relay's own pauses and resumes
    // come back on the stream too) is one row, not two.
    assert!(
        (1..=5).contains(&state.len()),
        "at most 4 actions + 1 workspace pause: {state:#?}"
    );
    let actions = rows.iter().filter(|r| r.kind == "action").count();
    assert_eq!(actions, 4, "the 4 applied actions: {rows:#?}");
    w.sim.shutdown().await;
}
