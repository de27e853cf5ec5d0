//! Fault injection, over real TLS.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::{Duration, Instant};

use common::{client_for, start};
use rccontrol_sim::{
    AgentRef, DEMO_EMAIL, DEMO_TENANT, DEMO_TOKEN, Fault, OVERSIZED_CLEAN_PREFIX, OVERSIZED_LEN,
};

const PHRASES: [&str; 4] = [
    "success",
    "nothing to be modified",
    "not enabled",
    "active transaction does not exist",
];

fn has_phrase(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes).to_lowercase();
    PHRASES.iter().any(|p| text.contains(p))
}

#[tokio::test]
async fn status_500_twice_then_success() {
    let h = start().await;
    h.sim.inject(Fault::Status(500), 2);
    let url = h.email_url("pause", DEMO_TENANT, DEMO_EMAIL);
    for _ in 0..2 {
        let (s, b) = h.put(&url).await;
        assert_eq!((s, b.as_str()), (500, "Server error"));
        assert!(
            !h.sim
                .agent(DEMO_TENANT, AgentRef::Email(DEMO_EMAIL))
                .unwrap()
                .paused
        );
    }
    assert_eq!(h.put(&url).await, (200, "Status: success".to_owned()));
    let log = h.sim.requests();
    assert_eq!(log.len(), 3);
    assert_eq!(log[0].fault.as_deref(), Some("status"));
    assert_eq!(log[1].status, Some(500));
    assert_eq!((log[2].fault.as_deref(), log[2].status), (None, Some(200)));
    assert!(h.sim.pending_faults().is_empty());

    h.sim.inject(Fault::Status(503), 1);
    assert_eq!(h.put(&url).await.0, 503);
}

#[tokio::test]
async fn faults_apply_in_order_and_can_be_cleared() {
    let h = start().await;
    let url = h.email_url("pause", DEMO_TENANT, DEMO_EMAIL);
    h.sim.inject(Fault::Empty, 1);
    h.sim.inject(Fault::Status(502), 1);
    assert_eq!(h.put(&url).await, (200, String::new()));
    assert_eq!(h.put(&url).await.0, 502);
    h.sim.inject(Fault::Status(500), 5);
    h.sim.clear_faults();
    assert_eq!(h.put(&url).await.0, 200);
}

#[tokio::test]
async fn drop_closes_the_connection_without_a_response() {
    let h = start().await;
    h.sim.inject(Fault::Drop, 1);
    let url = h.email_url("pause", DEMO_TENANT, DEMO_EMAIL);
    let err = h
        .client
        .put(&url)
        .basic_auth(DEMO_TENANT, Some(DEMO_TOKEN))
        .send()
        .await
        .unwrap_err();
    assert!(err.status().is_none(), "{err:?}");
    assert!(!err.is_timeout(), "{err:?}");
    assert!(
        !h.sim
            .agent(DEMO_TENANT, AgentRef::Email(DEMO_EMAIL))
            .unwrap()
            .paused
    );
    let log = h.sim.requests();
    assert_eq!(log.len(), 1, "a dropped request must not be retried");
    assert_eq!(
        (log[0].fault.as_deref(), log[0].status),
        (Some("drop"), None)
    );
    // The server keeps serving.
    assert_eq!(h.put(&url).await.0, 200);
}

#[tokio::test]
async fn delay_is_bounded_by_the_client_timeout() {
    let h = start().await;
    let url = h.email_url("pause", DEMO_TENANT, DEMO_EMAIL);
    h.sim.inject(Fault::Delay(Duration::from_secs(60)), 1);
    let impatient = client_for(&h.sim, Duration::from_millis(300));
    let t = Instant::now();
    let err = impatient
        .put(&url)
        .basic_auth(DEMO_TENANT, Some(DEMO_TOKEN))
        .send()
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    // Only a hang fails this bound (the client gives up after 0.3 s).
    assert!(
        t.elapsed() < Duration::from_secs(5),
        "the client hung on the delayed answer: {:?}",
        t.elapsed()
    );
    assert_eq!(h.sim.requests()[0].fault.as_deref(), Some("delay"));

    // A short delay answers normally afterwards.
    h.sim.inject(Fault::Delay(Duration::from_millis(150)), 1);
    let t = Instant::now();
    assert_eq!(h.put(&url).await, (200, "Status: success".to_owned()));
    // A lower bound is causal, not a timing: no answer before the delay ends.
    assert!(
        t.elapsed() >= Duration::from_millis(150),
        "{:?}",
        t.elapsed()
    );
    let last = h.sim.requests().pop().unwrap();
    assert_eq!(
        (last.fault.as_deref(), last.status),
        (Some("delay"), Some(200))
    );
}

#[tokio::test]
async fn redirect_default_and_custom_location() {
    let h = start().await;
    let url = h.email_url("pause", DEMO_TENANT, DEMO_EMAIL);
    h.sim.inject(Fault::Redirect(None), 1);
    h.sim.inject(
        Fault::Redirect(Some("https://127.0.0.1:1/elsewhere".into())),
        1,
    );
    for want in [
        "https://evil.example/steal",
        "https://127.0.0.1:1/elsewhere",
    ] {
        let r = h
            .client
            .put(&url)
            .basic_auth(DEMO_TENANT, Some(DEMO_TOKEN))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 302);
        assert_eq!(r.headers()["location"], want);
    }
    assert!(
        !h.sim
            .agent(DEMO_TENANT, AgentRef::Email(DEMO_EMAIL))
            .unwrap()
            .paused
    );
}

#[tokio::test]
async fn html_oversized_binary_and_empty_bodies() {
    let h = start().await;
    let url = h.email_url("pause", DEMO_TENANT, DEMO_EMAIL);
    let send = || async {
        let r = h
            .client
            .put(&url)
            .basic_auth(DEMO_TENANT, Some(DEMO_TOKEN))
            .send()
            .await
            .unwrap();
        let ct = r
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_owned());
        (r.status().as_u16(), ct, r.bytes().await.unwrap())
    };

    h.sim.inject(Fault::Html, 1);
    let (s, ct, body) = send().await;
    assert_eq!(s, 200);
    assert!(ct.unwrap().starts_with("text/html"));
    assert!(String::from_utf8_lossy(&body).contains("<form"));
    assert!(!has_phrase(&body));

    h.sim.inject(Fault::Oversized, 1);
    let (s, _, body) = send().await;
    assert_eq!((s, body.len()), (200, OVERSIZED_LEN));
    assert!(!has_phrase(&body[..OVERSIZED_CLEAN_PREFIX]));

    h.sim.inject(Fault::Binary, 1);
    let (s, ct, body) = send().await;
    assert_eq!(s, 200);
    assert_eq!(ct.as_deref(), Some("application/octet-stream"));
    assert!(std::str::from_utf8(&body).is_err());

    h.sim.inject(Fault::Empty, 1);
    let (s, _, body) = send().await;
    assert_eq!((s, body.len()), (200, 0));

    let faults: Vec<_> = h
        .sim
        .requests()
        .into_iter()
        .map(|r| r.fault.unwrap())
        .collect();
    assert_eq!(faults, ["html", "oversized", "binary", "empty"]);
    assert!(
        !h.sim
            .agent(DEMO_TENANT, AgentRef::Email(DEMO_EMAIL))
            .unwrap()
            .paused
    );
}

#[tokio::test]
async fn faults_do_not_touch_control_endpoints() {
    let h = start().await;
    h.sim.inject(Fault::Status(500), 1);
    assert_eq!(h.get_json("health").await.0, 200);
    assert_eq!(h.sim.pending_faults(), vec![(Fault::Status(500), 1)]);
    assert!(h.sim.requests().is_empty());
}

/// Asks `/_sim/agent` for the demo agent until `paused` holds, for at most
/// `limit`: whether it held.
async fn agent_paused_within(h: &common::Harness, limit: Duration) -> bool {
    let query = format!(
        "agent?tenant={DEMO_TENANT}&email={}",
        common::enc(DEMO_EMAIL)
    );
    let until = Instant::now() + limit;
    loop {
        let (status, agent) = h.get_json(&query).await;
        assert_eq!(status, 200, "{agent}");
        if agent["paused"] == true {
            return true;
        }
        if Instant::now() >= until {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn late_is_applied_after_the_client_gave_up() {
    let h = start().await;
    let url = h.email_url("pause", DEMO_TENANT, DEMO_EMAIL);
    let (s, _) = h
        .post_json("fault", r#"{"kind":"late","delay_ms":1500}"#)
        .await;
    assert_eq!(s, 200);
    assert_eq!(
        h.sim.pending_faults(),
        vec![(Fault::Late(Duration::from_millis(1500)), 1)]
    );
    let mut events = h.sim.watch_requests();
    let impatient = client_for(&h.sim, Duration::from_millis(200));
    let err = impatient
        .put(&url)
        .basic_auth(DEMO_TENANT, Some(DEMO_TOKEN))
        .send()
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    drop(impatient);
    // The client gave up after 0.2 s; 8x8 applies the request at 1.5 s.
    let log = h.sim.requests();
    assert_eq!(
        (log.len(), log[0].fault.as_deref(), log[0].status),
        (1, Some("late"), None),
        "not processed while held"
    );
    assert!(
        agent_paused_within(&h, Duration::from_secs(20)).await,
        "the abandoned pause was never applied"
    );
    let log = h.sim.requests();
    assert_eq!(
        (log[0].fault.as_deref(), log[0].status),
        (Some("late"), Some(200)),
        "the log shows it completed"
    );
    let event = tokio::time::timeout(Duration::from_secs(20), events.recv())
        .await
        .expect("the completion is announced")
        .unwrap();
    assert_eq!(
        (event.fault.as_deref(), event.status),
        (Some("late"), Some(200))
    );
}

#[tokio::test]
async fn late_answers_a_client_that_waits() {
    let h = start().await;
    let url = h.email_url("pause", DEMO_TENANT, DEMO_EMAIL);
    h.sim.inject(Fault::Late(Duration::from_millis(100)), 1);
    let t = Instant::now();
    assert_eq!(h.put(&url).await, (200, "Status: success".to_owned()));
    // A lower bound is causal: no answer before the hold ends.
    assert!(
        t.elapsed() >= Duration::from_millis(100),
        "{:?}",
        t.elapsed()
    );
    assert!(
        h.sim
            .agent(DEMO_TENANT, AgentRef::Email(DEMO_EMAIL))
            .unwrap()
            .paused
    );
    // The connection is kept alive and serves the next request normally.
    assert_eq!(h.put(&url).await.0, 200);
    let log = h.sim.requests();
    assert_eq!(log.len(), 2);
    assert_eq!(log[0].peer_port, log[1].peer_port);
}

#[tokio::test]
async fn status_with_retry_after() {
    let h = start().await;
    let url = h.email_url("pause", DEMO_TENANT, DEMO_EMAIL);
    let (s, _) = h
        .post_json(
            "fault",
            r#"{"kind":"status","status":429,"retry_after_s":7}"#,
        )
        .await;
    assert_eq!(s, 200);
    assert_eq!(
        h.get_json("fault").await.1,
        serde_json::json!([{"kind":"status","count":1,"status":429,"delay_ms":null,
            "location":null,"retry_after_s":7}])
    );
    let r = h
        .client
        .put(&url)
        .basic_auth(DEMO_TENANT, Some(DEMO_TOKEN))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 429);
    assert_eq!(
        r.headers().get("retry-after").map(|v| v.to_str().unwrap()),
        Some("7")
    );
    assert!(
        !h.sim
            .agent(DEMO_TENANT, AgentRef::Email(DEMO_EMAIL))
            .unwrap()
            .paused,
        "a refused request changes nothing"
    );
    h.sim.inject(Fault::Status(429), 1);
    let r = h
        .client
        .put(&url)
        .basic_auth(DEMO_TENANT, Some(DEMO_TOKEN))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 429);
    assert!(r.headers().get("retry-after").is_none());
    let (s, v) = h
        .post_json("fault", r#"{"kind":"drop","retry_after_s":1}"#)
        .await;
    assert_eq!(s, 400, "{v}");
}
