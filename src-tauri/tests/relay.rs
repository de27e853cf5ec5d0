//! Relay mode in the running tray app, end to end in the session of
//! scripts/test-session.sh: the app enrolled with the built
//! `rccontrol-relay` (real TLS), the simulator as 8x8 behind it. Actions go
//! through the relay; live state reaches the tray through the relay's single
//! event-stream connection; the desktop holds neither the action token nor
//! the Event Streaming credential. Run through ./test.
// X11, Unix sockets and the Linux desktop session: Linux only.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use rccontrol_e2e::leak_scan::{LeakScan, Report};
use rccontrol_e2e::relay::{RelayOptions, RelayProcess};
use rccontrol_e2e::{AGENT_ID, EMAIL, STREAM_KEY, SimProcessEnv, TENANT, TOKEN, run_rcctl};
use rccontrol_sim::AgentRef;

fn me() -> AgentRef<'static> {
    AgentRef::Email(EMAIL)
}

#[test]
fn the_tray_acts_and_shows_live_state_through_the_relay() {
    let _desk = desktop();
    let env = SimProcessEnv::start();
    let relay = RelayProcess::start(&env.sim, &RelayOptions::default());
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    let code = relay.code(EMAIL, Some(AGENT_ID));
    let ca = relay.ca_file().display().to_string();
    let url = relay.url();
    let run = run_rcctl(
        &rcctl_bin(),
        dir,
        &["setup", "--relay", &url, "--enroll", &code, "--ca-file", &ca],
        &[],
        "",
    );
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains("Live state: on"), "{}", run.stdout);

    let app = App::start(dir, &[], &[]);
    eventually(30, "the app connected to the relay's live state", || {
        app.log().contains("connected to Event Streaming")
    });
    let sim = &env.sim.sim;
    sim.new_call(TENANT, me(), true).unwrap();
    eventually(20, "the call, verified through the relay", || {
        tray_line(&app) == "Recording — confirmed by 8x8 [icon live-recording]"
    });

    // Our pause: through the app, the relay, 8x8; confirmed by the event
    // the relay fans out.
    let seen = notifications().len();
    let run = run_rcctl(&rcctl_bin(), dir, &["pause"], &[], "");
    assert_eq!(run.code, 0, "{}", run.all());
    expect_notification(seen, "Recording paused — confirmed by 8x8");
    eventually(20, "the tray to say paused, verified", || {
        let line = tray_line(&app);
        line.starts_with("Recording paused · ")
            && line.ends_with(" — confirmed by 8x8 [icon live-paused]")
    });
    assert!(sim.agent(TENANT, me()).unwrap().paused);

    // A resume from Agent Workspace reaches the tray through the relay.
    let seen = notifications().len();
    sim.workspace_recording(TENANT, me(), false).unwrap();
    expect_notification(seen, "Recording was resumed from Agent Workspace");
    eventually(20, "the tray to say recording", || {
        tray_line(&app) == "Recording — confirmed by 8x8 [icon live-recording]"
    });

    // The central audit: our action with its trigger and device, and the
    // state changes the relay saw for this agent.
    let rows = relay.audit();
    let actions: Vec<_> = rows.iter().filter(|r| r["kind"] == "action").collect();
    assert_eq!(actions.len(), 1, "{rows:#?}");
    assert_eq!(actions[0]["outcome"], "applied", "{rows:#?}");
    assert!(
        rows.iter().any(|r| r["kind"] == "state"),
        "state changes are audited: {rows:#?}"
    );

    // Nothing on the desktop holds a tenant-wide secret.
    let scan = LeakScan::for_token(TENANT, TOKEN)
        .with_secret("the Event Streaming credential", STREAM_KEY);
    let mut report = Report::default();
    scan.scan_dir(dir, &mut report);
    scan.scan_text("app log", &app.log(), &mut report);
    scan.scan_text("setup", &run.all(), &mut report);
    eprintln!("leak scan: {}", report.summary());
    report.assert_clean();
    drop(app);
}
