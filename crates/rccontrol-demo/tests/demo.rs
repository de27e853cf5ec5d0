//! The demo end to end: a pause and a resume reach the in-process simulator,
//! and land in the demo's own audit log, not the agent's.

use rccontrol::{Action, AuditLog, BelievedState, Outcome, Trigger};
use rccontrol_demo::{AgentRef, DEMO_EMAIL, DEMO_TENANT, Demo};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pause_and_resume_reach_the_simulator() {
    let demo = Demo::start(Vec::new()).await.unwrap();
    let agent = AgentRef::Email(DEMO_EMAIL);
    assert!(demo.sim.agent(DEMO_TENANT, agent).unwrap().on_call);

    let report = demo
        .controller
        .request(Action::Pause, Trigger::Cli)
        .await
        .unwrap();
    assert_eq!(report.outcome, Outcome::Applied, "{report:?}");
    assert!(demo.sim.agent(DEMO_TENANT, agent).unwrap().paused);
    assert!(matches!(
        demo.controller.state(),
        BelievedState::Paused { .. }
    ));

    let report = demo
        .controller
        .request(Action::Resume, Trigger::Cli)
        .await
        .unwrap();
    assert_eq!(report.outcome, Outcome::Applied, "{report:?}");
    assert!(!demo.sim.agent(DEMO_TENANT, agent).unwrap().paused);

    let paths = demo.paths();
    let entries = AuditLog::new(paths.audit_log()).all().unwrap();
    assert_eq!(entries.len(), 2, "{entries:?}");
    let dir = paths.audit_log().parent().unwrap().to_owned();
    demo.shutdown().await;
    assert!(!dir.exists(), "the demo's directory goes with it");
}
