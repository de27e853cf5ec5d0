//! The real client against the simulator over TLS: every documented answer in
//! every body style, both identity variants, tricky e-mails, and what reached
//! the wire (method, raw path, decoded segments, Authorization).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use rccontrol::{Action, Outcome, SettingsError};
use rccontrol_e2e::*;
use rccontrol_sim::{AgentRef, AgentState, BodyStyle};

/// An e-mail with every character a path segment must encode that an e-mail
/// may hold (`/` may not: see `an_email_with_a_slash_never_reaches_the_wire`).
const EMAIL_SEMI: &str = "o'brien;ops?x#y%z@example.com";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_documented_answer_in_every_body_style() {
    let s = Sim::start().await;
    for style in BodyStyle::ALL {
        s.sim.set_body_style(style);
        let cases: [(&str, Action, Outcome, &str); 5] = [
            (EMAIL, Action::Pause, Outcome::Applied, "Recording paused"),
            (EMAIL, Action::Resume, Outcome::Applied, "Recording resumed"),
            (
                EMAIL_IDLE,
                Action::Pause,
                Outcome::NoActiveCall,
                "No active call — nothing was paused",
            ),
            (
                EMAIL_IDLE,
                Action::Resume,
                Outcome::NoActiveCall,
                "No active call — nothing was resumed",
            ),
            (
                EMAIL_NOREC,
                Action::Pause,
                Outcome::NotEnabled,
                "Recording is not enabled for you",
            ),
        ];
        for (email, action, expected, sentence) in cases {
            let report = s.client(&s.settings_email(email)).send(action).await;
            assert_eq!(report.outcome, expected, "{style:?} {email} {action}");
            assert_eq!(report.message, sentence);
            assert_eq!(report.http_status, Some(200));
            assert_eq!(report.attempts, 1);
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pause_changes_the_simulated_agent_and_resume_restores_it() {
    let s = Sim::start().await;
    let c = s.client(&s.settings_email(EMAIL_PLUS));
    assert_eq!(c.send(Action::Pause).await.outcome, Outcome::Applied);
    assert!(
        s.sim
            .agent(TENANT, AgentRef::Email(EMAIL_PLUS))
            .unwrap()
            .paused
    );
    assert_eq!(c.send(Action::Resume).await.outcome, Outcome::Applied);
    assert!(
        !s.sim
            .agent(TENANT, AgentRef::Email(EMAIL_PLUS))
            .unwrap()
            .paused
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn emails_reach_the_server_exactly_as_typed() {
    let s = Sim::start().await;
    let mut agent = AgentState::new(Some(EMAIL_SEMI), None);
    agent.on_call = true;
    assert!(s.sim.upsert_agent(TENANT, agent));
    for (email, raw) in [
        (EMAIL, "first.last@example.com"),
        (EMAIL_PLUS, "first.last+cc@example.com"),
        (EMAIL_UNICODE, "j%C3%B6rg.m%C3%BCller@beispiel.de"),
        (EMAIL_SEMI, "o'brien%3Bops%3Fx%23y%25z@example.com"),
    ] {
        s.sim.clear_requests();
        let report = s.client(&s.settings_email(email)).send(Action::Pause).await;
        assert_eq!(report.outcome, Outcome::Applied, "{email}");
        let log = s.sim.requests();
        assert_eq!(log.len(), 1);
        let r = &log[0];
        assert_eq!(r.method, "PUT");
        assert_eq!(
            r.raw_path,
            format!("/api/tstats/rccontrol/pause/{TENANT}/email/{raw}")
        );
        assert_eq!(
            r.segments,
            [
                "api",
                "tstats",
                "rccontrol",
                "pause",
                TENANT,
                "email",
                email
            ]
        );
        assert_eq!(
            r.authorization.as_deref(),
            Some(basic_auth(TENANT, TOKEN).as_str())
        );
        assert_eq!(r.basic_user.as_deref(), Some(TENANT));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn agent_id_variant() {
    let s = Sim::start().await;
    let report = s
        .client(&s.settings_agent_id(AGENT_ID))
        .send(Action::Pause)
        .await;
    assert_eq!(report.outcome, Outcome::Applied);
    assert!(
        s.sim
            .agent(TENANT, AgentRef::AgentId(AGENT_ID))
            .unwrap()
            .paused
    );
    let r = &s.sim.requests()[0];
    assert_eq!(
        r.raw_path,
        format!("/api/tstats/rccontrol/pause/{TENANT}/agentId/{AGENT_ID}")
    );
    let report = s
        .client(&s.settings_agent_id("ag1002"))
        .send(Action::Resume)
        .await;
    assert_eq!(report.outcome, Outcome::NoActiveCall);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rejected_answers() {
    let s = Sim::start().await;
    let bad_token = s.client_with(
        &s.settings_email(EMAIL),
        "ffffffffffffffffffffffffffffffff",
        Default::default(),
    );
    let report = bad_token.send(Action::Pause).await;
    assert_eq!(report.outcome, Outcome::Unauthorized { status: 401 });
    assert_eq!(report.message, "8x8 rejected the token — open Settings");
    assert_eq!(report.outcome.exit_code(), 5);

    let unknown = s
        .client(&s.settings_email("nobody@example.com"))
        .send(Action::Pause)
        .await;
    assert_eq!(unknown.outcome, Outcome::AgentNotFound);
    assert_eq!(
        unknown.message,
        format!("Agent not found in tenant {TENANT}")
    );
    assert!(!s.sim.agent(TENANT, AgentRef::Email(EMAIL)).unwrap().paused);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_email_with_a_slash_never_reaches_the_wire() {
    let s = Sim::start().await;
    assert!(EMAIL_ODD.contains('/'));
    match s.settings_email(EMAIL_ODD).validate() {
        Err(SettingsError::Invalid(errors)) => {
            assert_eq!(errors.len(), 1, "{errors:?}");
            assert_eq!(errors[0].field, "email");
            assert_eq!(errors[0].problem.id, "email-slash");
        }
        other => panic!("{other:?}"),
    }
    assert!(s.sim.requests().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tenant_with_a_colon_is_refused_before_basic_auth() {
    let s = Sim::start().await;
    let mut settings = s.settings_email(EMAIL);
    settings.tenant = Some(format!("{TENANT}:x"));
    match settings.validate() {
        Err(SettingsError::Invalid(errors)) => {
            assert_eq!(errors.len(), 1, "{errors:?}");
            assert_eq!(errors[0].field, "tenant");
            assert_eq!(errors[0].problem.id, "tenant-colon");
        }
        other => panic!("{other:?}"),
    }
    assert!(s.sim.requests().is_empty());
}
