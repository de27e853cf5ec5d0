//! The relay's agent API end to end: the simulator as 8x8 over real TLS, the
//! relay in-process over real TLS, SQLite (or `RCCONTROL_RELAY_TEST_DB`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[macro_use]
mod common;

use common::Db;

on_both_databases!(
    enroll_then_pause_and_resume_are_applied_and_audited,
    every_outcome_of_8x8_arrives_as_the_same_kind,
    a_device_acts_for_its_own_agent_only,
    revoked_and_rotated_keys_are_refused_at_once,
    an_enrollment_code_works_once_and_expires,
    bad_input_is_refused_with_json_naming_the_problem,
    the_device_rate_limit_answers_429_with_retry_after,
    a_client_dribbling_headers_is_cut_off,
    a_silent_connection_is_closed,
    a_client_dribbling_its_body_gets_408,
    health_and_metrics_answer_without_a_key,
    a_graceful_shutdown_finishes_the_action_in_flight,
);

use std::time::Duration;

use common::{Setup, WAIT, World, assert_refused, eventually};
use rccontrol::relay::wire::{ActionResponse, ErrorKind, Me};
use rccontrol_sim::{
    AgentRef, DEMO_AGENT_ID, DEMO_DISABLED_EMAIL, DEMO_EMAIL, DEMO_NOCALL_EMAIL, DEMO_TENANT, Fault,
};
use reqwest::Method;
use serde_json::json;

fn outcome_kind(body: &serde_json::Value) -> String {
    body["outcome"]["kind"].as_str().unwrap_or("?").to_owned()
}

async fn enroll_then_pause_and_resume_are_applied_and_audited(db: Db) {
    let w = World::start(Setup::with(db)).await;
    let e = w.enroll(DEMO_EMAIL, Some(DEMO_AGENT_ID)).await;
    assert!(e.device_id.starts_with("dv_"));
    assert!(e.device_key.starts_with("rcd_"));
    assert_eq!(e.me.tenant, DEMO_TENANT);
    assert_eq!(e.me.agent.email, DEMO_EMAIL);
    assert!(e.me.live_state);

    let me: Me = w
        .http
        .get(format!("{}/v1/me", w.base))
        .bearer_auth(&e.device_key)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(me.device_id, e.device_id);
    assert_eq!(me.agent.agent_id.as_deref(), Some(DEMO_AGENT_ID));

    let (status, body, _) = w.act(&e.device_key, "pause").await;
    assert_eq!(status, 200, "{body}");
    let answer: ActionResponse = serde_json::from_value(body).unwrap();
    assert_eq!(answer.outcome, rccontrol::Outcome::Applied);
    assert_eq!(answer.http_status, Some(200));
    assert!(
        w.sim
            .agent(DEMO_TENANT, AgentRef::AgentId(DEMO_AGENT_ID))
            .unwrap()
            .paused
    );
    let (status, body, _) = w.act(&e.device_key, "resume").await;
    assert_eq!(status, 200);
    assert_eq!(outcome_kind(&body), "applied");
    assert!(
        !w.sim
            .agent(DEMO_TENANT, AgentRef::AgentId(DEMO_AGENT_ID))
            .unwrap()
            .paused
    );
    // The sim saw the agent-id form of the URL, with the tenant's token.
    let paths: Vec<String> = w
        .sim
        .requests()
        .iter()
        .map(|r| r.raw_path.clone())
        .collect();
    assert!(
        paths.iter().all(|p| p.contains("/agentId/1001")),
        "{paths:?}"
    );

    let rows: Vec<_> = w
        .audit()
        .await
        .into_iter()
        .filter(|r| r.kind == "action")
        .collect();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(rows.iter().all(|r| r.outcome.as_deref() == Some("applied")));
    assert!(
        rows.iter()
            .all(|r| r.device.as_deref() == Some(e.device_id.as_str()))
    );
    assert_eq!(rows[0].id, answer.audit_id);
    w.sim.shutdown().await;
}

async fn every_outcome_of_8x8_arrives_as_the_same_kind(db: Db) {
    let w = World::start(Setup::with(db)).await;
    let main = w.enroll(DEMO_EMAIL, None).await.device_key;
    let nocall = w.enroll(DEMO_NOCALL_EMAIL, None).await.device_key;
    let disabled = w.enroll(DEMO_DISABLED_EMAIL, None).await.device_key;
    let ghost = w.enroll("ghost@demo.example", None).await.device_key;

    let (_, body, _) = w.act(&nocall, "pause").await;
    assert_eq!(outcome_kind(&body), "no_active_call", "{body}");
    let (_, body, _) = w.act(&disabled, "pause").await;
    assert_eq!(outcome_kind(&body), "not_enabled", "{body}");
    let (_, body, _) = w.act(&ghost, "pause").await;
    assert_eq!(outcome_kind(&body), "agent_not_found", "{body}");

    let cases: Vec<(Fault, u32, &str)> = vec![
        (Fault::Status(401), 1, "unauthorized"),
        (Fault::Status(503), 5, "server_error"),
        (Fault::StatusWithRetryAfter(429, 30), 1, "rate_limited"),
        (Fault::Delay(Duration::from_secs(5)), 5, "timeout"),
        (Fault::Html, 1, "unrecognised"),
        (Fault::Redirect(None), 1, "redirected"),
        (Fault::Drop, 5, "network"),
    ];
    for (fault, count, kind) in cases {
        w.sim.clear_faults();
        w.sim.inject(fault.clone(), count);
        let (status, body, _) = w.act(&main, "pause").await;
        assert_eq!(status, 200, "{fault:?}: {body}");
        assert_eq!(outcome_kind(&body), kind, "{fault:?}: {body}");
        if kind == "rate_limited" {
            assert_eq!(body["outcome"]["retry_after_ms"], json!(30_000), "{body}");
            assert_eq!(body["http_status"], json!(429));
        }
    }
    w.sim.clear_faults();
    // Every action's row is complete, with the answer's outcome.
    let rows: Vec<_> = w
        .audit()
        .await
        .into_iter()
        .filter(|r| r.kind == "action")
        .collect();
    assert_eq!(rows.len(), 10);
    assert!(
        rows.iter().all(|r| r.outcome.as_deref() != Some("pending")),
        "{rows:?}"
    );
    w.sim.shutdown().await;
}

async fn a_device_acts_for_its_own_agent_only(db: Db) {
    let w = World::start(Setup::with(db)).await;
    let a = w.enroll(DEMO_EMAIL, Some(DEMO_AGENT_ID)).await;
    let _b = w.enroll(DEMO_NOCALL_EMAIL, Some("1002")).await;
    for extra in [
        json!({"agent_id": "1002"}),
        json!({"email": DEMO_NOCALL_EMAIL}),
    ] {
        let mut body = json!({"action": "pause", "trigger": "hotkey"});
        body.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        let (status, text) = w
            .raw(
                Method::POST,
                "/v1/actions",
                Some(&a.device_key),
                Some("application/json"),
                body.to_string(),
            )
            .await;
        let refused = assert_refused(status, &text, ErrorKind::BadRequest);
        let field = refused.error.field.unwrap();
        assert!(field == "agent_id" || field == "email", "{text}");
    }
    assert!(w.sim.requests().is_empty(), "nothing reached 8x8");
    // The live endpoint: another agent's path, another tenant → 403.
    for path in [
        "/ws/v2/reader/persistent/demo/agent-v1/1002",
        "/ws/v2/reader/persistent/other/agent-v1/1001",
    ] {
        let err = common::ws::connect(
            w.dir.path(),
            w.relay.addr.port(),
            path,
            &a.device_key,
            false,
        )
        .await
        .unwrap_err();
        assert_refused(err.0, &err.1, ErrorKind::Forbidden);
    }
    w.sim.shutdown().await;
}

async fn revoked_and_rotated_keys_are_refused_at_once(db: Db) {
    let w = World::start(Setup::with(db)).await;
    let a = w.enroll(DEMO_EMAIL, Some(DEMO_AGENT_ID)).await;
    // Rotation: the new key works, the old one is revoked.
    let r = w
        .http
        .post(format!("{}/v1/device/rotate", w.base))
        .bearer_auth(&a.device_key)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let new_key = r.json::<serde_json::Value>().await.unwrap()["device_key"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_ne!(new_key, a.device_key);
    let (status, text) = w
        .raw(Method::GET, "/v1/me", Some(&a.device_key), None, "")
        .await;
    assert_refused(status, &text, ErrorKind::Revoked);
    let (status, _) = w.raw(Method::GET, "/v1/me", Some(&new_key), None, "").await;
    assert_eq!(status, 200);
    // A live socket on the new key; then the agent is revoked.
    let mut ws = common::ws::connect(
        w.dir.path(),
        w.relay.addr.port(),
        "/ws/v2/reader/persistent/demo/agent-v1/1001?messageId=latest",
        &new_key,
        false,
    )
    .await
    .unwrap();
    w.store
        .revoke_agent(DEMO_EMAIL, rccontrol_relay::now_ms())
        .await
        .unwrap();
    let (status, body, _) = w.act(&new_key, "pause").await;
    assert_eq!(status, 401);
    assert_eq!(body["error"]["kind"], "revoked");
    // The socket is closed at its next key check (200 ms in tests) with 1008.
    match common::ws::next(&mut ws, WAIT).await {
        common::ws::Next::Closed(code) => assert_eq!(code, Some(1008)),
        other => panic!("expected a close, got {other:?}"),
    }
    assert!(w.sim.requests().is_empty());
    w.sim.shutdown().await;
}

async fn an_enrollment_code_works_once_and_expires(db: Db) {
    let w = World::start(Setup::with(db)).await;
    let code = w.code(DEMO_EMAIL, None).await;
    let enroll = |code: String| {
        let (http, base) = (w.http.clone(), w.base.clone());
        async move {
            let r = http
                .post(format!("{base}/v1/enroll"))
                .json(&json!({"code": code, "device_name": "pc"}))
                .send()
                .await
                .unwrap();
            (r.status().as_u16(), r.text().await.unwrap())
        }
    };
    // Lower case without dashes is the same code.
    let (status, _) = enroll(code.to_lowercase().replace('-', "")).await;
    assert_eq!(status, 200);
    let (status, text) = enroll(code.clone()).await;
    assert_refused(status, &text, ErrorKind::EnrollmentRefused);
    let (status, text) = enroll("AAAA-BBBB-CCCC-DDDD".into()).await;
    assert_refused(status, &text, ErrorKind::EnrollmentRefused);
    // Issued two hours ago with a one-hour life: expired.
    let old = w
        .store
        .add_agent(
            DEMO_EMAIL,
            None,
            Duration::from_secs(3600),
            rccontrol_relay::now_ms() - 7_200_000,
        )
        .await
        .unwrap();
    let (status, text) = enroll(old.code.to_string()).await;
    assert_refused(status, &text, ErrorKind::EnrollmentRefused);
    // Two devices racing with one code: one wins.
    let code = w.code(DEMO_EMAIL, None).await;
    let (a, b) = tokio::join!(enroll(code.clone()), enroll(code.clone()));
    let mut statuses = [a.0, b.0];
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 403], "{a:?} {b:?}");
    w.sim.shutdown().await;
}

async fn bad_input_is_refused_with_json_naming_the_problem(db: Db) {
    let w = World::start(Setup::with(db)).await;
    let key = w.enroll(DEMO_EMAIL, None).await.device_key;
    let json_ct = Some("application/json");
    let post = |body: String, ct: Option<&'static str>, key: Option<String>| {
        let w = &w;
        async move {
            w.raw(Method::POST, "/v1/actions", key.as_deref(), ct, body)
                .await
        }
    };
    let k = || Some(key.clone());
    let (s, t) = post("{\"action\": \"pause\",".into(), json_ct, k()).await;
    let r = assert_refused(s, &t, ErrorKind::BadRequest);
    assert!(r.error.message.contains("line 1"), "{t}");
    let (s, t) = post("[1]".into(), json_ct, k()).await;
    assert_refused(s, &t, ErrorKind::BadRequest);
    let (s, t) = post(
        json!({"action": "explode", "trigger": "hotkey"}).to_string(),
        json_ct,
        k(),
    )
    .await;
    let r = assert_refused(s, &t, ErrorKind::BadRequest);
    assert_eq!(r.error.field.as_deref(), Some("action"), "{t}");
    let (s, t) = post(json!({"trigger": "hotkey"}).to_string(), json_ct, k()).await;
    assert_eq!(
        assert_refused(s, &t, ErrorKind::BadRequest)
            .error
            .field
            .as_deref(),
        Some("action")
    );
    let (s, t) = post(
        json!({"action": "pause", "trigger": 7}).to_string(),
        json_ct,
        k(),
    )
    .await;
    assert_eq!(
        assert_refused(s, &t, ErrorKind::BadRequest)
            .error
            .field
            .as_deref(),
        Some("trigger")
    );
    let (s, t) = post(
        json!({"action": "pause", "trigger": "hotkey"}).to_string(),
        Some("text/plain"),
        k(),
    )
    .await;
    assert_refused(s, &t, ErrorKind::UnsupportedMediaType);
    let (s, t) = post(
        json!({"action": "pause", "trigger": "hotkey"}).to_string(),
        None,
        k(),
    )
    .await;
    assert_refused(s, &t, ErrorKind::UnsupportedMediaType);
    let huge =
        json!({"action": "pause", "trigger": "hotkey", "pad": "x".repeat(100_000)}).to_string();
    let (s, t) = post(huge, json_ct, k()).await;
    assert_refused(s, &t, ErrorKind::PayloadTooLarge);
    // Keys: missing, malformed, unknown, another scheme.
    let good = json!({"action": "pause", "trigger": "hotkey"}).to_string();
    let (s, t) = post(good.clone(), json_ct, None).await;
    assert_refused(s, &t, ErrorKind::Unauthorized);
    for bad in [
        "not-a-key",
        "rcd_",
        "rcd_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "rcd_bad+chars",
    ] {
        let (s, t) = post(good.clone(), json_ct, Some(bad.to_owned())).await;
        assert_refused(s, &t, ErrorKind::Unauthorized);
    }
    let r = w
        .http
        .post(format!("{}/v1/actions", w.base))
        .header("authorization", format!("Basic {key}"))
        .header("content-type", "application/json")
        .body(good.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    // Enrollment: a missing or non-string code, an unknown field.
    let (s, t) = w
        .raw(
            Method::POST,
            "/v1/enroll",
            None,
            json_ct,
            json!({"device_name": "pc"}).to_string(),
        )
        .await;
    assert_eq!(
        assert_refused(s, &t, ErrorKind::BadRequest)
            .error
            .field
            .as_deref(),
        Some("code")
    );
    let (s, t) = w
        .raw(
            Method::POST,
            "/v1/enroll",
            None,
            json_ct,
            json!({"code": 5, "device_name": "pc"}).to_string(),
        )
        .await;
    assert_eq!(
        assert_refused(s, &t, ErrorKind::BadRequest)
            .error
            .field
            .as_deref(),
        Some("code")
    );
    let (s, t) = w
        .raw(
            Method::POST,
            "/v1/enroll",
            None,
            json_ct,
            json!({"code": "x", "device_name": "pc", "agent": "a"}).to_string(),
        )
        .await;
    assert_eq!(
        assert_refused(s, &t, ErrorKind::BadRequest)
            .error
            .field
            .as_deref(),
        Some("agent")
    );
    // Routes and methods.
    let (s, t) = w.raw(Method::GET, "/v2/nothing", None, None, "").await;
    assert_refused(s, &t, ErrorKind::NotFound);
    let (s, t) = w
        .raw(Method::GET, "/v1/actions", Some(&key), None, "")
        .await;
    assert_refused(s, &t, ErrorKind::MethodNotAllowed);
    let (s, t) = w.raw(Method::DELETE, "/v1/me", Some(&key), None, "").await;
    assert_refused(s, &t, ErrorKind::MethodNotAllowed);
    assert!(w.sim.requests().is_empty(), "nothing reached 8x8");
    assert!(w.audit().await.iter().all(|r| r.kind != "action"));
    w.sim.shutdown().await;
}

async fn the_device_rate_limit_answers_429_with_retry_after(db: Db) {
    let w = World::start(Setup {
        actions_per_minute: 3,
        enroll_per_minute: 4,
        ..Setup::with(db)
    })
    .await;
    let key = w.enroll(DEMO_NOCALL_EMAIL, None).await.device_key;
    for _ in 0..3 {
        let (s, body, _) = w.act(&key, "pause").await;
        assert_eq!(s, 200, "{body}");
    }
    let (s, body, headers) = w.act(&key, "pause").await;
    assert_eq!(s, 429, "{body}");
    assert_eq!(body["error"]["kind"], "rate_limited");
    let retry: u64 = headers["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=60).contains(&retry));
    assert_eq!(w.sim.requests().len(), 3);
    // Enrollment attempts per address: 1 used above, 3 more, then 429.
    for _ in 0..3 {
        let (s, _) = w
            .raw(
                Method::POST,
                "/v1/enroll",
                None,
                Some("application/json"),
                json!({"code": "AAAA-AAAA-AAAA-AAAA", "device_name": "pc"}).to_string(),
            )
            .await;
        assert_eq!(s, 403);
    }
    let (s, t) = w
        .raw(
            Method::POST,
            "/v1/enroll",
            None,
            Some("application/json"),
            json!({"code": "AAAA-AAAA-AAAA-AAAA", "device_name": "pc"}).to_string(),
        )
        .await;
    assert_refused(s, &t, ErrorKind::RateLimited);
    let metrics = w
        .http
        .get(format!("{}/metrics", w.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        metrics.contains("rccontrol_relay_rate_limited_total 2"),
        "{metrics}"
    );
    assert!(
        metrics.contains("rccontrol_relay_actions_total{outcome=\"no_active_call\"} 3"),
        "{metrics}"
    );
    assert!(
        metrics.contains("rccontrol_relay_enrollments_total 1"),
        "{metrics}"
    );
    w.sim.shutdown().await;
}

async fn a_client_dribbling_headers_is_cut_off(db: Db) {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let w = World::start(Setup::with(db)).await; // header timeout: 1 s
    let ca = std::fs::read(w.dir.path().join("relay-ca.pem")).unwrap();
    let connector = tokio_rustls::TlsConnector::from(common::rustls_client(&ca));
    let tcp = tokio::net::TcpStream::connect(w.relay.addr).await.unwrap();
    let name = rustls::pki_types::ServerName::try_from("127.0.0.1").unwrap();
    let mut tls = connector.connect(name, tcp).await.unwrap();
    let request = b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n\r\n";
    let started = std::time::Instant::now();
    let mut closed = false;
    for byte in request.iter().take(60) {
        if tls.write_all(&[*byte]).await.is_err() || tls.flush().await.is_err() {
            closed = true;
            break;
        }
        let mut buf = [0u8; 256];
        match tokio::time::timeout(Duration::from_millis(200), tls.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => {
                closed = true;
                break;
            }
            Ok(Ok(_)) => {
                // A 408 or similar answer before the close is fine; the close must follow.
            }
            Err(_) => {}
        }
    }
    assert!(
        closed,
        "the relay kept a dribbling client for {:?}",
        started.elapsed()
    );
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    w.sim.shutdown().await;
}

async fn a_client_dribbling_its_body_gets_408(db: Db) {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let w = World::start(Setup {
        request_timeout_ms: 800,
        ..Setup::with(db)
    })
    .await;
    let key = w.enroll(DEMO_EMAIL, None).await.device_key;
    let ca = std::fs::read(w.dir.path().join("relay-ca.pem")).unwrap();
    let connector = tokio_rustls::TlsConnector::from(common::rustls_client(&ca));
    let tcp = tokio::net::TcpStream::connect(w.relay.addr).await.unwrap();
    let name = rustls::pki_types::ServerName::try_from("127.0.0.1").unwrap();
    let mut tls = connector.connect(name, tcp).await.unwrap();
    let head = format!(
        "POST /v1/actions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {key}\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{{"
    );
    tls.write_all(head.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    let until = std::time::Instant::now() + WAIT;
    let mut buf = [0u8; 1024];
    while std::time::Instant::now() < until {
        let _ = tls.write_all(b" ").await;
        match tokio::time::timeout(Duration::from_millis(200), tls.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => break,
            Ok(Ok(n)) => {
                answer.extend_from_slice(&buf[..n]);
                if answer.windows(4).any(|w| w == b"\r\n\r\n") && answer.ends_with(b"}") {
                    break;
                }
            }
            Err(_) => {}
        }
    }
    let text = String::from_utf8_lossy(&answer);
    assert!(text.starts_with("HTTP/1.1 408"), "{text}");
    assert!(text.contains(r#""kind":"timeout""#), "{text}");
    assert!(w.sim.requests().is_empty());
    w.sim.shutdown().await;
}

async fn health_and_metrics_answer_without_a_key(db: Db) {
    let w = World::start(Setup::with(db)).await;
    let (s, t) = w.raw(Method::GET, "/healthz", None, None, "").await;
    assert_eq!((s, t.as_str()), (200, "ok"));
    w.stream_up().await;
    let (s, t) = w.raw(Method::GET, "/metrics", None, None, "").await;
    assert_eq!(s, 200);
    for name in [
        "rccontrol_relay_requests_total{class=\"2xx\"}",
        "rccontrol_relay_action_latency_ms_bucket{le=\"+Inf\"}",
        "rccontrol_relay_live_sockets 0",
        "rccontrol_relay_stream_up 1",
    ] {
        assert!(t.contains(name), "{name}: {t}");
    }
    w.sim.shutdown().await;
}

async fn a_graceful_shutdown_finishes_the_action_in_flight(db: Db) {
    let mut w = World::start(Setup::with(db)).await;
    let key = w.enroll(DEMO_EMAIL, None).await.device_key;
    w.sim.inject(Fault::Delay(Duration::from_millis(600)), 1);
    let mut requests = w.sim.watch_requests();
    let act = {
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
    };
    // Wait until the action is pending in the audit (sent to 8x8), then stop.
    eventually(WAIT, "the action is in flight", || {
        let store = w.store.clone();
        async move {
            store
                .audit(rccontrol_relay::AuditFilter::default())
                .await
                .unwrap()
                .iter()
                .any(|r| r.outcome.as_deref() == Some("pending"))
        }
    })
    .await;
    w.relay.signal_stop();
    let (status, body) = act.await.unwrap();
    assert_eq!(status, 200, "{body}");
    assert_eq!(outcome_kind(&body), "applied");
    w.relay.stop().await.unwrap();
    let logged = tokio::time::timeout(WAIT, requests.recv())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(logged.status, Some(200));
    let rows: Vec<_> = w
        .audit()
        .await
        .into_iter()
        .filter(|r| r.kind == "action")
        .collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].outcome.as_deref(), Some("applied"));
    // The listener is closed: a new connection is refused.
    assert!(
        w.http
            .get(format!("{}/healthz", w.base))
            .send()
            .await
            .is_err()
    );
    w.sim.shutdown().await;
}

async fn a_silent_connection_is_closed(db: Db) {
    use tokio::io::AsyncReadExt as _;
    let w = World::start(Setup::with(db)).await; // idle: request 3 s + header 1 s
    let ca = std::fs::read(w.dir.path().join("relay-ca.pem")).unwrap();
    let connector = tokio_rustls::TlsConnector::from(common::rustls_client(&ca));
    let tcp = tokio::net::TcpStream::connect(w.relay.addr).await.unwrap();
    let name = rustls::pki_types::ServerName::try_from("127.0.0.1").unwrap();
    let mut tls = connector.connect(name, tcp).await.unwrap();
    let started = std::time::Instant::now();
    let mut buf = [0u8; 256];
    // Nothing sent: the server closes (or answers and closes) within the bound.
    let closed = loop {
        match tokio::time::timeout(WAIT, tls.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => break true,
            Ok(Ok(_)) => {}
            Err(_) => break false,
        }
    };
    assert!(
        closed,
        "a silent connection stayed open {:?}",
        started.elapsed()
    );
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "{:?}",
        started.elapsed()
    );
    w.sim.shutdown().await;
}
