//! The `/_sim/` control endpoints, over real TLS.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::start;
use rccontrol_sim::{AgentRef, BodyStyle, DEMO_EMAIL, DEMO_NOCALL_EMAIL, DEMO_TENANT, Fault};
use serde_json::json;

#[tokio::test]
async fn health_and_call_start_end() {
    let h = start().await;
    assert_eq!(h.get_json("health").await, (200, json!({"ok": true})));

    let body = format!(r#"{{"tenant":"{DEMO_TENANT}","email":"{DEMO_NOCALL_EMAIL}"}}"#);
    let (s, v) = h.post_json("call/start", &body).await;
    assert_eq!((s, &v["on_call"]), (200, &json!(true)));
    assert_eq!(
        h.put(&h.email_url("pause", DEMO_TENANT, DEMO_NOCALL_EMAIL))
            .await
            .1,
        "Status: success"
    );
    let (s, v) = h
        .post_json("call/end", r#"{"tenant":"demo","agent_id":"1002"}"#)
        .await;
    assert_eq!(s, 200);
    assert_eq!(
        (&v["on_call"], &v["paused"]),
        (&json!(false), &json!(false))
    );
    assert_eq!(
        h.put(&h.email_url("pause", DEMO_TENANT, DEMO_NOCALL_EMAIL))
            .await
            .1,
        "Status: nothing to be modified"
    );
    assert_eq!(
        h.post_json("call/start", r#"{"tenant":"demo","email":"ghost"}"#)
            .await
            .0,
        404
    );
    assert_eq!(
        h.post_json("call/start", r#"{"tenant":"demo"}"#).await.0,
        400
    );
    // Control requests are not logged.
    assert_eq!(h.sim.requests().len(), 2);
}

#[tokio::test]
async fn agent_get_and_update() {
    let h = start().await;
    let (s, v) = h
        .get_json("agent?tenant=demo&email=agent%40demo.example")
        .await;
    assert_eq!(s, 200);
    assert_eq!(
        v,
        json!({"email": DEMO_EMAIL, "agent_id": "1001", "recording_enabled": true, "on_call": true, "paused": false})
    );
    assert_eq!(
        h.get_json("agent?tenant=demo&agent_id=1003").await.1["recording_enabled"],
        json!(false)
    );
    assert_eq!(h.get_json("agent?tenant=demo&email=nobody").await.0, 404);
    assert_eq!(h.get_json("agent?email=x").await.0, 400);

    let (s, v) = h
        .post_json(
            "agent",
            r#"{"tenant":"demo","email":"agent@demo.example","recording_enabled":false}"#,
        )
        .await;
    assert_eq!((s, &v["recording_enabled"]), (200, &json!(false)));
    assert_eq!(
        h.put(&h.email_url("pause", DEMO_TENANT, DEMO_EMAIL))
            .await
            .1,
        "Status: not enabled"
    );

    // Creating an agent, with '+' kept literal in the query.
    let (s, _) = h
        .post_json(
            "agent",
            r#"{"tenant":"demo","email":"x+y@demo.example","agent_id":"77","on_call":true}"#,
        )
        .await;
    assert_eq!(s, 200);
    assert_eq!(
        h.get_json("agent?tenant=demo&email=x+y@demo.example")
            .await
            .1["agent_id"],
        json!("77")
    );
    assert_eq!(
        h.put(&h.agent_url("pause", DEMO_TENANT, "77")).await.1,
        "Status: success"
    );
    assert!(
        h.sim
            .agent(DEMO_TENANT, AgentRef::Email("x+y@demo.example"))
            .unwrap()
            .paused
    );

    assert_eq!(
        h.post_json("agent", r#"{"tenant":"nope","email":"a@b"}"#)
            .await
            .0,
        404
    );
    assert_eq!(
        h.post_json("agent", r#"{"tenant":"demo","email":"a@b","colour":"red"}"#)
            .await
            .0,
        400
    );
}

#[tokio::test]
async fn body_style_fault_requests_reset_and_errors() {
    let h = start().await;
    assert_eq!(
        h.post_json("body-style", r#"{"style":"json-nested"}"#)
            .await
            .0,
        200
    );
    assert_eq!(h.sim.body_style(), BodyStyle::JsonNested);
    assert_eq!(
        h.get_json("body-style").await.1,
        json!({"style":"json-nested"})
    );
    let (s, v) = h.post_json("body-style", r#"{"style":"xml"}"#).await;
    assert_eq!(s, 400);
    assert!(v["error"].is_string());

    assert_eq!(
        h.post_json("fault", r#"{"kind":"status","status":503,"count":2}"#)
            .await
            .0,
        200
    );
    assert_eq!(
        h.post_json("fault", r#"{"kind":"delay","delay_ms":1,"count":1}"#)
            .await
            .0,
        200
    );
    assert_eq!(
        h.post_json(
            "fault",
            r#"{"kind":"redirect","location":"https://x.example/"}"#
        )
        .await
        .0,
        200
    );
    for kind in ["drop", "html", "oversized", "binary", "empty"] {
        assert_eq!(
            h.post_json("fault", &format!(r#"{{"kind":"{kind}","count":1}}"#))
                .await
                .0,
            200,
            "{kind}"
        );
    }
    let (_, list) = h.get_json("fault").await;
    assert_eq!(list.as_array().unwrap().len(), 8);
    assert_eq!(
        list[0],
        json!({"kind":"status","count":2,"status":503,"delay_ms":null,"location":null})
    );
    assert_eq!(
        h.sim.pending_faults()[2],
        (Fault::Redirect(Some("https://x.example/".into())), 1)
    );
    for bad in [
        r#"{"kind":"delay"}"#,
        r#"{"kind":"nope"}"#,
        r#"{"kind":"drop","count":0}"#,
        "][",
        "",
    ] {
        assert_eq!(h.post_json("fault", bad).await.0, 400, "{bad}");
    }
    let r = h.client.delete(h.control("fault")).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert!(h.sim.pending_faults().is_empty());

    let (s, b) = h.put(&h.email_url("pause", DEMO_TENANT, DEMO_EMAIL)).await;
    assert_eq!(
        (s, b.as_str()),
        (200, r#"{"result":{"status":"success","code":200}}"#)
    );
    let (_, log) = h.get_json("requests").await;
    assert_eq!(log.as_array().unwrap().len(), 1);
    assert_eq!(log[0]["segments"][6], json!(DEMO_EMAIL));
    assert_eq!(log[0]["status"], json!(200));
    assert_eq!(log[0]["basic_user"], json!(DEMO_TENANT));
    assert!(log[0]["at_ms"].is_u64());
    let r = h.client.delete(h.control("requests")).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert!(h.sim.requests().is_empty());

    // Reset: agents, body style, faults and log back to the start.
    h.put(&h.email_url("pause", DEMO_TENANT, DEMO_EMAIL)).await;
    h.sim.inject(Fault::Drop, 3);
    assert_eq!(h.post_json("reset", "").await.0, 200);
    assert_eq!(h.sim.body_style(), BodyStyle::Plain);
    assert!(h.sim.pending_faults().is_empty());
    assert!(h.sim.requests().is_empty());
    assert!(
        !h.sim
            .agent(DEMO_TENANT, AgentRef::Email(DEMO_EMAIL))
            .unwrap()
            .paused
    );

    assert_eq!(h.get_json("nothing").await.0, 404);
    let r = h.client.put(h.control("health")).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 405);
    assert_eq!(h.post_json("call/start", "{\"tenant\":").await.0, 400);
}
