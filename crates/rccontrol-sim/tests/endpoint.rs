//! The documented answers of the 8x8 endpoint, over real TLS.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{enc, start};
use rccontrol_sim::{
    AgentRef, AgentState, BodyStyle, DEMO_AGENT_ID, DEMO_DISABLED_EMAIL, DEMO_EMAIL,
    DEMO_NOCALL_EMAIL, DEMO_TENANT, DEMO_TOKEN, Scenario, SimOptions, Simulator,
};

fn expected(style: BodyStyle, label: &str) -> String {
    match style {
        BodyStyle::Plain => format!("Status: {label}"),
        BodyStyle::Field if label == "nothing to be modified" => {
            "Active transaction does not exist".into()
        }
        BodyStyle::Field => format!("Status: {label}"),
        BodyStyle::Json => format!(r#"{{"status":"{label}"}}"#),
        BodyStyle::JsonNested => format!(r#"{{"result":{{"status":"{label}","code":200}}}}"#),
        BodyStyle::Html => format!("<p>Status: {label}</p>"),
    }
}

#[tokio::test]
async fn every_documented_answer_in_every_style() {
    let h = start().await;
    for style in BodyStyle::ALL {
        h.sim.reset();
        h.sim.set_body_style(style);
        for (email, label) in [
            (DEMO_EMAIL, "success"),
            (DEMO_NOCALL_EMAIL, "nothing to be modified"),
            (DEMO_DISABLED_EMAIL, "not enabled"),
        ] {
            let (status, body) = h.put(&h.email_url("pause", DEMO_TENANT, email)).await;
            assert_eq!(status, 200, "{style} {email}");
            let want = expected(style, label);
            if style == BodyStyle::Html {
                assert!(
                    body.contains(&want) && body.contains("<html"),
                    "{style}: {body}"
                );
            } else {
                assert_eq!(body, want, "{style} {email}");
            }
        }
    }
}

#[tokio::test]
async fn pause_and_resume_flip_the_flag_only_on_success() {
    let h = start().await;
    let me = AgentRef::Email(DEMO_EMAIL);
    assert!(!h.sim.agent(DEMO_TENANT, me).unwrap().paused);
    assert_eq!(
        h.put(&h.email_url("pause", DEMO_TENANT, DEMO_EMAIL))
            .await
            .0,
        200
    );
    assert!(h.sim.agent(DEMO_TENANT, me).unwrap().paused);
    assert_eq!(
        h.put(&h.email_url("resume", DEMO_TENANT, DEMO_EMAIL))
            .await
            .1,
        "Status: success"
    );
    assert!(!h.sim.agent(DEMO_TENANT, me).unwrap().paused);

    h.put(&h.email_url("pause", DEMO_TENANT, DEMO_NOCALL_EMAIL))
        .await;
    h.put(&h.email_url("pause", DEMO_TENANT, DEMO_DISABLED_EMAIL))
        .await;
    assert!(
        !h.sim
            .agent(DEMO_TENANT, AgentRef::Email(DEMO_NOCALL_EMAIL))
            .unwrap()
            .paused
    );
    assert!(
        !h.sim
            .agent(DEMO_TENANT, AgentRef::Email(DEMO_DISABLED_EMAIL))
            .unwrap()
            .paused
    );

    // Rust API changes are seen by the endpoint.
    assert!(
        h.sim
            .set_call(DEMO_TENANT, AgentRef::Email(DEMO_NOCALL_EMAIL), true)
    );
    assert_eq!(
        h.put(&h.email_url("pause", DEMO_TENANT, DEMO_NOCALL_EMAIL))
            .await
            .1,
        "Status: success"
    );
    assert!(
        h.sim
            .set_recording_enabled(DEMO_TENANT, AgentRef::Email(DEMO_EMAIL), false)
    );
    assert_eq!(
        h.put(&h.email_url("pause", DEMO_TENANT, DEMO_EMAIL))
            .await
            .1,
        "Status: not enabled"
    );
    assert!(
        !h.sim
            .set_call(DEMO_TENANT, AgentRef::Email("ghost@demo.example"), true)
    );
}

#[tokio::test]
async fn agent_id_variant() {
    let h = start().await;
    let (s, b) = h
        .put(&h.agent_url("pause", DEMO_TENANT, DEMO_AGENT_ID))
        .await;
    assert_eq!((s, b.as_str()), (200, "Status: success"));
    assert!(
        h.sim
            .agent(DEMO_TENANT, AgentRef::AgentId(DEMO_AGENT_ID))
            .unwrap()
            .paused
    );
    assert_eq!(
        h.put(&h.agent_url("pause", DEMO_TENANT, "1002")).await.1,
        "Status: nothing to be modified"
    );
    assert_eq!(
        h.put(&h.agent_url("pause", DEMO_TENANT, "9999")).await.0,
        404
    );
    let log = h.sim.requests();
    assert_eq!(log[0].segments[5], "agentId");
    assert_eq!(log[0].segments[6], DEMO_AGENT_ID);
}

#[tokio::test]
async fn emails_with_plus_dots_and_unicode_decode_exactly() {
    let emails = [
        "first.last+cc@example.com",
        "jürgen.müller+рус@exämple.de",
        "a.b.c+d+e@x.example",
    ];
    let mut scenario = Scenario::demo();
    for e in emails {
        scenario.tenants[0].agents.push(AgentState {
            on_call: true,
            ..AgentState::new(Some(e), None)
        });
    }
    let sim = Simulator::start(SimOptions {
        scenario,
        ..SimOptions::default()
    })
    .await
    .unwrap();
    let h = common::Harness {
        client: common::client_for(&sim, std::time::Duration::from_secs(10)),
        sim,
    };
    for e in emails {
        let url = h.email_url("pause", DEMO_TENANT, e);
        assert!(!url.contains('+') && !url.contains('@'), "{url}");
        let (s, b) = h.put(&url).await;
        assert_eq!((s, b.as_str()), (200, "Status: success"), "{e}");
        let last = h.sim.requests().pop().unwrap();
        assert_eq!(last.segments.last().unwrap(), e);
        assert_eq!(
            last.raw_path,
            format!("/api/tstats/rccontrol/pause/demo/email/{}", enc(e))
        );
        assert!(h.sim.agent(DEMO_TENANT, AgentRef::Email(e)).unwrap().paused);
    }
    // Sent raw (as in 8x8's curl examples), '+' stays a plus.
    let raw = format!(
        "{}/api/tstats/rccontrol/resume/demo/email/first.last+cc@example.com",
        h.sim.base_url()
    );
    assert_eq!(h.put(&raw).await.1, "Status: success");
    let last = h.sim.requests().pop().unwrap();
    assert_eq!(last.segments[6], "first.last+cc@example.com");
    assert!(last.raw_path.ends_with("/first.last+cc@example.com"));
    // A '+' meant as a space is a different e-mail.
    let spaced = h.email_url("pause", DEMO_TENANT, "first.last cc@example.com");
    assert_eq!(h.put(&spaced).await.0, 404);
    // Matching is exact: case differs → unknown.
    assert_eq!(
        h.put(&h.email_url("pause", DEMO_TENANT, "Agent@demo.example"))
            .await
            .0,
        404
    );
}

#[tokio::test]
async fn unauthorised_requests_get_401_and_change_nothing() {
    let h = start().await;
    let url = h.email_url("pause", DEMO_TENANT, DEMO_EMAIL);
    let r = h.client.put(&url).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 401);
    assert!(r.headers().contains_key("www-authenticate"));
    assert_eq!(r.text().await.unwrap(), "Unauthorized");
    assert_eq!(
        h.put_as(&url, DEMO_TENANT, "00000000000000000000000000000000")
            .await
            .0,
        401
    );
    assert_eq!(h.put_as(&url, "other", DEMO_TOKEN).await.0, 401);
    assert_eq!(h.put_as(&url, "DEMO", DEMO_TOKEN).await.0, 401);
    let unknown = h.email_url("pause", "nosuch", DEMO_EMAIL);
    assert_eq!(h.put_as(&unknown, "nosuch", DEMO_TOKEN).await.0, 401);
    let r = h
        .client
        .put(&url)
        .bearer_auth(DEMO_TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 401);
    // Auth is checked before the action and the agent.
    assert_eq!(
        h.put_as(&h.email_url("stop", DEMO_TENANT, "ghost"), DEMO_TENANT, "x")
            .await
            .0,
        401
    );
    assert!(
        !h.sim
            .agent(DEMO_TENANT, AgentRef::Email(DEMO_EMAIL))
            .unwrap()
            .paused
    );

    let log = h.sim.requests();
    assert_eq!(log[0].authorization, None);
    assert_eq!(log[1].basic_user.as_deref(), Some(DEMO_TENANT));
    assert_eq!(
        log[1].basic_password.as_deref(),
        Some("00000000000000000000000000000000")
    );
    assert!(
        log[1]
            .authorization
            .as_deref()
            .unwrap()
            .starts_with("Basic ")
    );
    assert!(
        log.iter()
            .all(|r| r.status == Some(401) && r.fault.is_none())
    );
}

#[tokio::test]
async fn bad_action_unknown_agent_wrong_shape_and_method() {
    let h = start().await;
    let (s, b) = h.put(&h.email_url("stop", DEMO_TENANT, DEMO_EMAIL)).await;
    assert_eq!((s, b.as_str()), (400, "Bad request"));
    assert_eq!(
        h.put(&h.email_url("Pause", DEMO_TENANT, DEMO_EMAIL))
            .await
            .0,
        400
    );
    // Action is checked before the agent.
    assert_eq!(
        h.put(&h.email_url("stop", DEMO_TENANT, "ghost@demo.example"))
            .await
            .0,
        400
    );
    let (s, b) = h
        .put(&h.email_url("pause", DEMO_TENANT, "ghost@demo.example"))
        .await;
    assert_eq!((s, b.as_str()), (404, "Not found"));
    assert_eq!(h.put(&h.email_url("pause", DEMO_TENANT, "")).await.0, 404);

    let base = h.sim.base_url();
    for path in [
        "/",
        "/api/tstats/rccontrol/pause/demo/email",
        "/api/tstats/rccontrol/pause/demo/email/agent%40demo.example/",
        "/api/tstats/rccontrol/pause/demo/mail/agent%40demo.example",
        "/api/tstats/rccontrol/pause/demo/agentid/1001",
        "/api/rccontrol/pause/demo/email/agent%40demo.example",
        "/api/tstats/rccontrol/pause/demo/email/%FF",
    ] {
        assert_eq!(h.put(&format!("{base}{path}")).await.0, 404, "{path}");
    }
    let url = h.email_url("pause", DEMO_TENANT, DEMO_EMAIL);
    for method in [
        reqwest::Method::GET,
        reqwest::Method::POST,
        reqwest::Method::DELETE,
    ] {
        let r = h
            .client
            .request(method.clone(), &url)
            .basic_auth(DEMO_TENANT, Some(DEMO_TOKEN))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 405, "{method}");
    }
    let r = h
        .client
        .get(format!("{base}/nothing/here?x=1"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 404);
    assert!(
        !h.sim
            .agent(DEMO_TENANT, AgentRef::Email(DEMO_EMAIL))
            .unwrap()
            .paused
    );

    let last = h.sim.requests().pop().unwrap();
    assert_eq!(last.raw_path, "/nothing/here?x=1");
    assert_eq!(last.segments, ["nothing", "here"]);
    assert_eq!(last.method, "GET");
    assert_eq!(last.status, Some(404));
}

#[tokio::test]
async fn scenario_file_with_the_documented_example() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.toml");
    std::fs::write(
        &path,
        "body_style = \"json\"\n[[tenant]]\nid = \"acme01\"\ntoken = \"0123456789abcdef0123456789abcdef\"\n\
         [[tenant.agent]]\nemail = \"first.last+cc@example.com\"\nagent_id = \"ag1001\"\non_call = true\n",
    )
    .unwrap();
    let ca = dir.path().join("ca.pem");
    let scenario = Scenario::load(&path).unwrap();
    let sim = Simulator::start(SimOptions {
        port: 0,
        ca_pem_path: Some(ca.clone()),
        scenario,
    })
    .await
    .unwrap();
    assert_eq!(std::fs::read_to_string(&ca).unwrap(), sim.ca_pem());
    assert!(sim.ca_pem().starts_with("-----BEGIN CERTIFICATE-----"));
    let h = common::Harness {
        client: common::client_for(&sim, std::time::Duration::from_secs(10)),
        sim,
    };
    let url = h.email_url("pause", "acme01", "first.last+cc@example.com");
    let (s, b) = h
        .put_as(&url, "acme01", "0123456789abcdef0123456789abcdef")
        .await;
    assert_eq!((s, b.as_str()), (200, r#"{"status":"success"}"#));
    assert_eq!(
        h.put_as(
            &h.agent_url("resume", "acme01", "ag1001"),
            "acme01",
            "0123456789abcdef0123456789abcdef"
        )
        .await
        .0,
        200
    );
    assert_eq!(
        h.put(&h.email_url("pause", DEMO_TENANT, DEMO_EMAIL))
            .await
            .0,
        401
    );
    assert!(Scenario::load(dir.path().join("missing.toml")).is_err());
}
