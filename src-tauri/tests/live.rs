//! Live recording state from the simulator's event stream, end to end in the
//! session of scripts/test-session.sh: the running app with live state on
//! (the Event Streaming credential in the real keychain), the simulator over
//! real TLS as 8x8. Each test ends with the tray's line and icon, the
//! on-screen badge, the notifications and `rcctl status --json` matching the
//! simulator's truth. Run through ./test.
// X11, Unix sockets and the Linux desktop session: Linux only.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use rccontrol::{Secret, Settings, TokenStore};
use rccontrol_e2e::{AGENT_ID, EMAIL, STREAM_KEY, TENANT, run_rcctl};
use rccontrol_sim::{AgentRef, StreamFault};
use serde_json::Value;

/// A config dir for the simulator with live state on: the topic of
/// [`AGENT_ID`] (the agent of [`EMAIL`]), the simulator as the streaming
/// host, the credential in the real keychain beside the action token.
fn live_setup(credential: &str) -> Setup {
    let setup = configured_with(|_| {});
    let file = setup.dir.path().join("settings.toml");
    let mut settings = Settings::load(&file).unwrap();
    settings.live_state = Some(true);
    settings.stream_agent_id = Some(AGENT_ID.into());
    settings.stream_host = Some(setup.env.sim.sim.host_port());
    settings.save(&file).unwrap();
    let (_, config) = settings.validate().unwrap();
    TokenStore::keychain()
        .store(&config.stream_keychain_account(), &Secret::new(credential))
        .unwrap();
    setup
}

fn me() -> AgentRef<'static> {
    AgentRef::Email(EMAIL)
}

/// The app started on `setup`, connected, the agent on a new recorded call
/// the tray shows as verified.
fn on_recorded_call(setup: &Setup, env: &[(&str, &str)]) -> App {
    let app = App::start(setup.dir.path(), &[], env);
    wait_live(&app);
    setup.env.sim.sim.new_call(TENANT, me(), true).unwrap();
    eventually(20, "the call, verified", || {
        tray_line(&app).ends_with("[icon live-recording]")
    });
    app
}

/// Waits until the app's reader is connected (its log says so).
fn wait_live(app: &App) {
    eventually(30, "the app connected to the event stream", || {
        app.log().contains("connected to Event Streaming")
    });
}

/// Verified, from 8x8's events, in `rcctl status --json`.
fn assert_verified(v: &Value, state: &str) {
    assert_eq!(v["state"]["state"], state, "{v}");
    assert_eq!(v["verified"], true, "{v}");
    assert_eq!(v["source"], "events", "{v}");
}

/// Sequence 2 of "Never claim more than it knows": the recording is paused
/// and resumed from Agent Workspace, not through this app. Shown at once as
/// 8x8 reports it, and said.
#[test]
fn a_pause_from_agent_workspace_is_shown_verified_and_told() {
    let _desk = desktop();
    let setup = live_setup(STREAM_KEY);
    let dir = setup.dir.path();
    let app = App::start(dir, &[], &[]);
    wait_live(&app);
    let sim = &setup.env.sim.sim;
    sim.new_call(TENANT, me(), true).unwrap();
    eventually(20, "the tray to say recording, verified", || {
        tray_line(&app) == "Recording — confirmed by 8x8 [icon live-recording]"
    });
    let seen = notifications().len();
    sim.workspace_recording(TENANT, me(), true).unwrap();
    expect_notification(seen, "Recording was paused from Agent Workspace");
    eventually(20, "the tray to say paused from Agent Workspace", || {
        let line = tray_line(&app);
        line.starts_with("Recording paused from Agent Workspace · ")
            && line.ends_with(" — confirmed by 8x8 [icon live-paused]")
    });
    eventually(20, "the badge, verified", || {
        badges() == ["Recording Control — paused (confirmed by 8x8)"]
    });
    let v = status_json(dir);
    assert_verified(&v, "live_paused");
    assert_eq!(v["state"]["by"], "agent_workspace", "{v}");
    assert!(v["since"].as_str().is_some_and(|s| s.ends_with('Z')), "{v}");

    let seen = notifications().len();
    sim.workspace_recording(TENANT, me(), false).unwrap();
    expect_notification(seen, "Recording was resumed from Agent Workspace");
    eventually(20, "the badge to go", || badges().is_empty());
    eventually(20, "the tray to say recording", || {
        tray_line(&app) == "Recording — confirmed by 8x8 [icon live-recording]"
    });
    assert_verified(&status_json(dir), "live_recording");
    assert!(!sim.agent(TENANT, me()).unwrap().paused);
    drop(app);
}

/// Sequence 1: a pause outlives its call. Our pause is confirmed by 8x8;
/// when the call ends the pause ends with it — the tray, the badge and
/// `rcctl status` say "no call" at once instead of "paused".
#[test]
fn our_pause_is_confirmed_and_ends_with_its_call() {
    let _desk = desktop();
    let setup = live_setup(STREAM_KEY);
    let dir = setup.dir.path();
    let app = on_recorded_call(&setup, &[]);
    let sim = &setup.env.sim.sim;
    let seen = notifications().len();
    let run = run_rcctl(&rcctl_bin(), dir, &["pause"], &[], "");
    assert_eq!(run.code, 0, "{}", run.all());
    expect_notification(seen, "Recording paused — confirmed by 8x8");
    eventually(20, "the tray to say paused, verified", || {
        let line = tray_line(&app);
        line.starts_with("Recording paused · ")
            && line.ends_with(" — confirmed by 8x8 [icon live-paused]")
    });
    let v = status_json(dir);
    assert_verified(&v, "live_paused");
    assert_eq!(v["state"]["by"], "api", "{v}");
    assert!(sim.agent(TENANT, me()).unwrap().paused);

    let seen = notifications().len();
    assert!(sim.set_call(TENANT, me(), false));
    expect_notification(seen, "Call ended while paused — the pause ended with it");
    eventually(20, "the tray to say no call", || {
        tray_line(&app) == "No call — confirmed by 8x8 [icon live-no-call]"
    });
    eventually(20, "the badge to go", || badges().is_empty());
    assert_verified(&status_json(dir), "live_no_call");
    drop(app);
}

/// A pause 8x8 accepts but does not apply (the call's recording has not
/// started): the notification says so plainly, and nothing says "paused".
#[test]
fn an_accepted_but_unreported_pause_is_said_plainly() {
    let _desk = desktop();
    let setup = live_setup(STREAM_KEY);
    let dir = setup.dir.path();
    let app = App::start(dir, &[], &[]);
    wait_live(&app);
    let sim = &setup.env.sim.sim;
    sim.new_call(TENANT, me(), false).unwrap();
    eventually(20, "the unrecorded call, verified", || {
        tray_line(&app).ends_with("[icon live-not-recorded]")
    });
    let seen = notifications().len();
    let run = run_rcctl(&rcctl_bin(), dir, &["pause"], &[], "");
    assert_eq!(run.code, 0, "8x8 answered success: {}", run.all());
    let note = expect_notification(seen, "8x8 accepted the pause but did not report the change");
    assert!(note.contains("may not have changed"), "{note}");
    eventually(20, "the tray to say what 8x8 reports", || {
        tray_line(&app)
            == "On a call that is not being recorded — confirmed by 8x8 [icon live-not-recorded]"
    });
    assert!(badges().is_empty(), "{:?}", badges());
    assert_verified(&status_json(dir), "live_not_recorded");
    drop(app);
}

/// The credential refused (HTTP 401 at the handshake): said once, no
/// reconnect storm, and the state is a belief again ("not verified").
#[test]
fn a_refused_credential_is_said_and_the_state_is_not_verified() {
    let _desk = desktop();
    let setup = live_setup("eght_not_the_key");
    let dir = setup.dir.path();
    let seen = notifications().len();
    let app = App::start(dir, &[], &[]);
    let note = expect_notification(seen, "Event Streaming rejected the credential");
    assert!(note.contains("Event Streaming credential"), "{note}");
    let stats = setup.env.sim.sim.stream_stats();
    assert_eq!((stats.accepted, stats.refused), (0, 1), "{stats:?}");
    let run = run_rcctl(&rcctl_bin(), dir, &["pause", "--json"], &[], "");
    assert_eq!(run.code, 0, "{}", run.all());
    let v = status_json(dir);
    assert_eq!(v["verified"], false, "{v}");
    assert_eq!(v["source"], "answer", "{v}");
    eventually(20, "the tray to say paused, not verified", || {
        tray_line(&app).contains("(8x8 accepted; not verified)")
    });
    // Still one refused handshake: the reader stopped.
    assert_eq!(setup.env.sim.sim.stream_stats().refused, 1);
    drop(app);
}

/// The stream drops while paused: the agent is told the live state is lost
/// and back, and an event sent meanwhile is not lost.
#[test]
fn a_dropped_stream_is_said_and_resumed_without_losing_an_event() {
    let _desk = desktop();
    let setup = live_setup(STREAM_KEY);
    let dir = setup.dir.path();
    let app = App::start(dir, &[], &[]);
    wait_live(&app);
    let sim = &setup.env.sim.sim;
    sim.new_call(TENANT, me(), true).unwrap();
    sim.workspace_recording(TENANT, me(), true).unwrap();
    eventually(20, "paused, verified", || {
        tray_line(&app).ends_with("[icon live-paused]")
    });
    let seen = notifications().len();
    assert_eq!(sim.stream_fault(StreamFault::Drop), 1);
    sim.workspace_recording(TENANT, me(), false).unwrap();
    expect_notification(seen, "Live recording state lost");
    expect_notification(seen, "Live recording state is back — confirmed by 8x8");
    eventually(20, "the missed resume", || {
        tray_line(&app) == "Recording — confirmed by 8x8 [icon live-recording]"
    });
    let accepted = sim.stream_stats().accepted;
    assert!((2..=5).contains(&accepted), "{accepted} connections");
    drop(app);
}

/// The Event Streaming credential is in the keychain only: after a session
/// with live state on, logged at trace level (a reconnect included, so the
/// credential was sent twice), it is in no file under the config folder, no
/// log, no `rcctl` output and no notification.
#[test]
fn the_stream_credential_leaks_nowhere() {
    let _desk = desktop();
    let setup = live_setup(STREAM_KEY);
    let dir = setup.dir.path();
    let seen = notifications().len();
    let app = App::start(dir, &[], &[("RCCTL_LOG", "trace")]);
    wait_live(&app);
    let sim = &setup.env.sim.sim;
    sim.new_call(TENANT, me(), true).unwrap();
    sim.workspace_recording(TENANT, me(), true).unwrap();
    eventually(20, "paused, verified", || {
        tray_line(&app).ends_with("[icon live-paused]")
    });
    assert_eq!(sim.stream_fault(StreamFault::Drop), 1);
    eventually(20, "a second connection", || {
        sim.stream_stats().accepted == 2
    });
    let trace = [("RCCTL_LOG", "trace")];
    let mut outputs = Vec::new();
    for args in [&["resume"][..], &["status", "--json"], &["log", "--json"]] {
        let run = run_rcctl(&rcctl_bin(), dir, args, &trace, "");
        assert_eq!(run.code, 0, "{}", run.all());
        outputs.push((format!("rcctl {}", args.join(" ")), run.all()));
    }
    eventually(20, "recording, verified", || {
        tray_line(&app).ends_with("[icon live-recording]")
    });
    let log = app.log();
    assert!(log.contains("TRACE"), "the app logged at trace level");
    drop(app);

    let scan = rccontrol_e2e::leak_scan::LeakScan::for_token(TENANT, rccontrol_e2e::TOKEN)
        .with_secret("the Event Streaming credential", STREAM_KEY);
    let mut report = rccontrol_e2e::leak_scan::Report::default();
    scan.scan_dir(dir, &mut report);
    scan.scan_text("the app's log", &log, &mut report);
    for (name, text) in &outputs {
        scan.scan_text(name, text, &mut report);
    }
    let notes = notifications().into_iter().skip(seen).collect::<Vec<_>>();
    scan.scan_text("the notifications", &notes.join("\n"), &mut report);
    eprintln!("leak scan: {}", report.summary());
    report.assert_clean();
    assert!(report.files.iter().any(|f| f.ends_with("settings.toml")));
    assert!(
        report.files_under(&dir.join("logs")) >= 1,
        "{:?}",
        report.files
    );
}

/// Sequence 3 with the stream on: a pause answered only by server errors is
/// "maybe paused" at first; the stream, which reports no pause, settles it
/// within seconds — the tray, the badge and `rcctl status` say recording,
/// verified, as the simulator's truth is.
#[test]
fn a_pause_without_a_clear_answer_is_settled_by_the_stream() {
    let _desk = desktop();
    let setup = live_setup(STREAM_KEY);
    let dir = setup.dir.path();
    let app = on_recorded_call(&setup, &[]);
    let sim = &setup.env.sim.sim;
    sim.inject(rccontrol_sim::Fault::Status(503), 3);
    let run = run_rcctl(&rcctl_bin(), dir, &["pause"], &[], "");
    assert_eq!(run.code, 8, "{}", run.all());
    eventually(20, "the stream to settle it", || {
        tray_line(&app) == "Recording — confirmed by 8x8 [icon live-recording]"
            && status_json(dir)["verified"] == true
    });
    assert_verified(&status_json(dir), "live_recording");
    // On the way: a pause in doubt, said as one.
    assert!(
        app.log().contains("tray line: May be paused since "),
        "{}",
        app.log()
    );
    assert!(badges().is_empty(), "{:?}", badges());
    assert!(!sim.agent(TENANT, me()).unwrap().paused);
    drop(app);
}

/// The maximum pause resumes a pause 8x8 reported: its notification keeps
/// saying who resumed, and adds that 8x8 confirmed it.
#[test]
fn the_maximum_pause_is_confirmed_and_still_says_it_acted() {
    let _desk = desktop();
    let setup = live_setup(STREAM_KEY);
    let file = setup.dir.path().join("settings.toml");
    let mut settings = Settings::load(&file).unwrap();
    settings.max_pause_secs = Some(5);
    settings.save(&file).unwrap();
    let app = on_recorded_call(&setup, &[]);
    let dir = setup.dir.path();
    let seen = notifications().len();
    let run = run_rcctl(&rcctl_bin(), dir, &["pause"], &[], "");
    assert_eq!(run.code, 0, "{}", run.all());
    expect_notification(seen, "Recording paused — confirmed by 8x8");
    let note = expect_notification(
        seen,
        "Recording resumed automatically (maximum pause reached)",
    );
    assert!(note.contains("Confirmed by 8x8."), "{note}");
    eventually(20, "recording, verified", || {
        tray_line(&app) == "Recording — confirmed by 8x8 [icon live-recording]"
    });
    assert!(!setup.env.sim.sim.agent(TENANT, me()).unwrap().paused);
    drop(app);
}
