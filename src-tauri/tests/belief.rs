//! What the app believes, end to end in the session of scripts/test-session.sh:
//! the sequences of "Never claim more than it knows" through the running app,
//! the simulator over real TLS as the oracle. Each test ends with the tray's
//! line (as the tray set it), the on-screen badge and `rcctl status --json`
//! saying what is true. Run through ./test.
// X11, Unix sockets and the Linux desktop session: Linux only.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use rccontrol_e2e::{EMAIL, TENANT, run_rcctl};
use rccontrol_sim::{AgentRef, Fault};
use serde_json::Value;
use std::path::Path;
use std::time::Duration;

/// The state kind `rcctl status --json` reports.
fn state_kind(dir: &Path) -> String {
    status_json(dir)["state"]["state"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// Whether the simulator has the agent's recording paused.
fn sim_paused(setup: &Setup) -> bool {
    setup
        .env
        .sim
        .sim
        .agent(TENANT, AgentRef::Email(EMAIL))
        .unwrap()
        .paused
}

/// The belief is never "verified" and says it rests on 8x8's answer.
fn assert_answer_belief(v: &Value, kind: &str) {
    assert_eq!(v["state"]["state"], kind, "{v}");
    assert_eq!(v["verified"], false, "{v}");
    assert_eq!(v["source"], "answer", "{v}");
}

/// Sequence 3: a pause answered by server errors may have been applied. It
/// is "maybe paused" everywhere, and the safety nets run: a reminder, then
/// the maximum pause resumes it.
#[test]
fn a_pause_without_a_clear_answer_is_maybe_paused_and_guarded() {
    let _desk = desktop();
    let setup = configured_with(|s| {
        s.reminder_secs = Some(2);
        s.max_pause_secs = Some(6);
    });
    let dir = setup.dir.path();
    let app = App::start(dir, &[], &[]);
    let seen = notifications().len();
    setup.env.sim.sim.inject(Fault::Status(503), 3);
    let run = run_rcctl(&rcctl_bin(), dir, &["pause"], &[], "");
    assert_eq!(run.code, 8, "{}", run.all());

    let v = status_json(dir);
    assert_answer_belief(&v, "maybe_paused");
    assert_eq!(v["state"]["why"], "no_answer");
    assert!(v["since"].as_str().is_some_and(|s| s.ends_with('Z')), "{v}");
    let line = v["state_line"].as_str().unwrap();
    assert!(
        line.starts_with("May be paused since ") && line.ends_with("(8x8 did not confirm)"),
        "{line}"
    );
    eventually(20, "the tray to say maybe paused", || {
        tray_line(&app).starts_with("May be paused since ")
    });
    assert!(
        tray_line(&app).ends_with("[icon unknown]"),
        "{}",
        tray_line(&app)
    );
    eventually(20, "the badge to say maybe paused", || {
        badges() == ["Recording Control — may be paused"]
    });
    let reminder = expect_notification(seen, "Recording may still be paused (2 s)");
    assert!(
        reminder.contains("8x8 did not confirm the last pause or resume"),
        "{reminder}"
    );
    // The maximum pause counts for a pause in doubt too.
    eventually(20, "the timer's resume at the simulator", || {
        requests_with(&setup.env, "/rccontrol/resume/") == 1
    });
    let timer = audited_at_least(dir, "timer", 1);
    assert_eq!(timer[0]["outcome"], "applied", "{timer:?}");
    eventually(20, "the app to say recording", || {
        state_kind(dir) == "recording"
    });
    assert!(!sim_paused(&setup));
    eventually(20, "the badge to go", || badges().is_empty());
    eventually(20, "the tray to say recording", || {
        tray_line(&app).starts_with("Recording — resumed at ")
    });
    drop(app);
}

/// Sequence 4: both attempts of a pause hang, and 8x8 applies them late —
/// one of them after the resume sent next. The app sends the resume again
/// once the abandoned pause may have landed, and only then says "recording".
#[test]
fn an_abandoned_pause_landing_after_the_resume_is_overruled() {
    let _desk = desktop();
    let setup = configured(|_| {});
    let dir = setup.dir.path().to_owned();
    let app = App::start(&dir, &[], &[]);
    // Each attempt gets 3 s: the pause's two attempts (at 0 s and about 3 s)
    // time out at about 6 s and land at 4.5 s and 7.5 s; the resume queued
    // meanwhile is answered at about 6 s, before the second one lands, and
    // sent again 2 s after its answer, after it.
    setup
        .env
        .sim
        .sim
        .inject(Fault::Late(Duration::from_millis(4500)), 2);
    let pause = std::thread::spawn({
        let dir = dir.clone();
        move || run_rcctl(&rcctl_bin(), &dir, &["pause", "--json"], &[], "")
    });
    eventually(20, "the pause's second attempt", || {
        requests_with(&setup.env, "/rccontrol/pause/") == 2
    });
    let resume = run_rcctl(&rcctl_bin(), &dir, &["resume", "--json"], &[], "");
    let pause = pause.join().unwrap();
    assert_eq!(pause.code, 9, "the pause timed out: {}", pause.all());
    assert_eq!(resume.code, 0, "{}", resume.all());
    let v: Value = serde_json::from_str(&resume.stdout).unwrap();
    assert_eq!(v["attempts"], 2, "the resume was sent twice: {v}");
    // Every request has been processed by the simulator by now.
    eventually(20, "the late pauses to land", || {
        setup
            .env
            .sim
            .sim
            .requests()
            .iter()
            .all(|r| r.status.is_some())
    });
    assert_eq!(requests_with(&setup.env, "/rccontrol/resume/"), 2);
    assert!(!sim_paused(&setup), "the late pause won");
    let v = status_json(&dir);
    assert_answer_belief(&v, "recording");
    eventually(20, "the tray to say recording", || {
        tray_line(&app).starts_with("Recording — resumed at ")
    });
    assert!(badges().is_empty(), "{:?}", badges());
    drop(app);
}

/// Sequence 5: Pause, Resume, Pause within the 1 s throttle — the last
/// intent wins. A real repeat is still dropped, and the agent is told.
#[test]
fn pause_resume_pause_within_a_second_ends_paused() {
    let _desk = desktop();
    let setup = configured(|_| {});
    let dir = setup.dir.path();
    let app = App::start(dir, &[], &[]);
    let seen = notifications().len();
    let keys = std::process::Command::new("xdotool")
        .args(["key", "--delay", "20", "ctrl+alt+p", "ctrl+alt+r"])
        .status()
        .unwrap();
    assert!(keys.success());
    let run = run_rcctl(&rcctl_bin(), dir, &["pause", "--json"], &[], "");
    assert_eq!(
        run.code,
        0,
        "the third press is a new intent: {}",
        run.all()
    );
    eventually(20, "the simulator to be paused", || sim_paused(&setup));
    let v = status_json(dir);
    assert_answer_belief(&v, "paused");
    assert!(
        v["state_line"]
            .as_str()
            .unwrap()
            .ends_with("(8x8 accepted; not verified)"),
        "{v}"
    );
    eventually(20, "the tray to say paused", || {
        tray_line(&app).starts_with("Paused at ")
    });
    eventually(20, "the badge", || {
        badges() == ["Recording Control — paused"]
    });
    // A repeat within the window is dropped, and said.
    let resumes = requests_with(&setup.env, "/rccontrol/resume/");
    let keys = std::process::Command::new("xdotool")
        .args(["key", "--delay", "20", "ctrl+alt+r", "ctrl+alt+r"])
        .status()
        .unwrap();
    assert!(keys.success());
    let ignored = expect_notification(seen, "Ignored: resume pressed again within 1 s");
    assert!(ignored.contains("The first press counts"), "{ignored}");
    eventually(20, "the resume at the simulator", || {
        requests_with(&setup.env, "/rccontrol/resume/") == resumes + 1
    });
    eventually(20, "the app to say recording", || {
        state_kind(dir) == "recording"
    });
    assert!(!sim_paused(&setup));
    drop(app);
}

/// Sequence 6: a pause whose first attempt hangs (a stuck connection) is
/// sent again on a new connection within the deadline.
#[test]
fn a_stuck_attempt_is_sent_again_on_a_new_connection() {
    let _desk = desktop();
    let setup = configured(|_| {});
    let dir = setup.dir.path();
    let app = App::start(dir, &[], &[]);
    setup
        .env
        .sim
        .sim
        .inject(Fault::Delay(Duration::from_secs(60)), 1);
    let run = run_rcctl(&rcctl_bin(), dir, &["pause", "--json"], &[], "");
    assert_eq!(run.code, 0, "{}", run.all());
    let v: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(v["attempts"], 2, "{v}");
    let pauses: Vec<_> = setup
        .env
        .sim
        .sim
        .requests()
        .into_iter()
        .filter(|r| r.raw_path.contains("/rccontrol/pause/"))
        .collect();
    assert_eq!(pauses.len(), 2);
    assert_ne!(
        pauses[0].peer_port, pauses[1].peer_port,
        "the second attempt came on a new connection"
    );
    assert!(sim_paused(&setup));
    assert_answer_belief(&status_json(dir), "paused");
    eventually(20, "the tray to say paused", || {
        tray_line(&app).starts_with("Paused at ")
    });
    eventually(20, "the badge", || {
        badges() == ["Recording Control — paused"]
    });
    let resumed = run_rcctl(&rcctl_bin(), dir, &["resume"], &[], "");
    assert_eq!(resumed.code, 0, "{}", resumed.all());
    drop(app);
}

/// Sequence 7: leaving while maybe paused resumes first — on SIGTERM (a
/// logout) and on SIGHUP (the X session or terminal going away).
#[test]
fn quitting_on_a_signal_while_maybe_paused_resumes_first() {
    let _desk = desktop();
    let setup = configured(|_| {});
    let dir = setup.dir.path();
    for (signal, round) in [("-TERM", 1), ("-HUP", 2)] {
        let mut app = App::start(dir, &[], &[]);
        setup.env.sim.sim.inject(Fault::Status(500), 3);
        let run = run_rcctl(&rcctl_bin(), dir, &["pause"], &[], "");
        assert_eq!(run.code, 8, "{}", run.all());
        assert_answer_belief(&status_json(dir), "maybe_paused");
        // The pause may have been applied: make it so at the simulator.
        let sim = &setup.env.sim.sim;
        let mut agent = sim.agent(TENANT, AgentRef::Email(EMAIL)).unwrap();
        agent.paused = true;
        assert!(sim.upsert_agent(TENANT, agent));
        let pid = app.child.pid().to_string();
        let sent = std::process::Command::new("kill")
            .args([signal, &pid])
            .status()
            .unwrap();
        assert!(sent.success());
        assert!(
            app.child.exited_within(Duration::from_secs(30)).is_some(),
            "the app exits on {signal}"
        );
        let exits = audited(dir, "exit");
        assert_eq!(exits.len(), round, "{exits:?}");
        assert_eq!(exits[round - 1]["action"], "resume");
        assert!(!sim_paused(&setup), "resumed before exiting on {signal}");
        // The state the app left behind says so too.
        let direct = run_rcctl(
            &rcctl_bin(),
            dir,
            &["status", "--json", "--direct"],
            &[],
            "",
        );
        let v: Value = serde_json::from_str(&direct.stdout).unwrap();
        assert_answer_belief(&v, "recording");
    }
}

/// Sequence 1 without events: an accepted pause is current until its first
/// reminder goes unanswered; then the tray, the badge and `rcctl status`
/// say the call may have ended, and the reminders ask whether this is still
/// the same call. A pause accepted after that starts its own period: the
/// maximum pause counts from it, not from the first one.
#[test]
fn an_old_pause_is_put_in_doubt_and_a_new_one_starts_its_own_period() {
    let _desk = desktop();
    let setup = configured_with(|s| {
        // The doubt comes 6 s after a pause: time enough to see the second
        // pause current before it is in doubt in its turn.
        s.reminder_secs = Some(3);
        s.max_pause_secs = Some(10);
    });
    let dir = setup.dir.path();
    let app = App::start(dir, &[], &[]);
    let seen = notifications().len();
    let first = run_rcctl(&rcctl_bin(), dir, &["pause"], &[], "");
    assert_eq!(first.code, 0, "{}", first.all());
    expect_notification(seen, "Recording still paused (3 s) — resume?");
    // Two reminder intervals after the pause, unanswered: in doubt.
    eventually(20, "the pause to be put in doubt", || {
        state_kind(dir) == "maybe_paused"
    });
    let v = status_json(dir);
    assert_answer_belief(&v, "maybe_paused");
    assert_eq!(v["state"]["why"], "call_may_have_ended");
    assert!(
        v["state_line"]
            .as_str()
            .unwrap()
            .contains("the call may have ended: recording may be running again"),
        "{v}"
    );
    eventually(20, "the tray to say the call may have ended", || {
        tray_line(&app).contains("the call may have ended")
    });
    eventually(20, "the badge to say maybe paused", || {
        badges() == ["Recording Control — may be paused"]
    });
    let mut asked = String::new();
    eventually(20, "the reminder asking about the call", || {
        asked = notifications()
            .into_iter()
            .skip(seen)
            .find(|l| {
                l.split('\t')
                    .nth(1)
                    .is_some_and(|s| s.starts_with("Is this still the same call? Paused "))
            })
            .unwrap_or_default();
        !asked.is_empty()
    });
    assert!(asked.contains("recording may be running again"), "{asked}");
    assert!(
        asked.contains("Press Pause if this call needs it paused"),
        "{asked}"
    );
    // The agent, on a new call, pauses again: a new, current pause.
    let second = run_rcctl(&rcctl_bin(), dir, &["pause"], &[], "");
    assert_eq!(second.code, 0, "{}", second.all());
    assert_answer_belief(&status_json(dir), "paused");
    eventually(20, "the badge to say paused", || {
        badges() == ["Recording Control — paused"]
    });
    eventually(40, "the timer's resume at the simulator", || {
        requests_with(&setup.env, "/rccontrol/resume/") == 1
    });
    let time = |v: &Value| {
        humantime::parse_rfc3339(v["time"].as_str().unwrap())
            .unwrap()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
    };
    let pauses = audited(dir, "cli");
    let timer = audited_at_least(dir, "timer", 1);
    let (second_at, resumed_at) = (time(&pauses[1]), time(&timer[0]));
    // A lower bound, not a timing: a timer never fires early, and one
    // counted from the first pause would have resumed about 6 s sooner.
    assert!(
        resumed_at.saturating_sub(second_at) >= Duration::from_secs(9),
        "resumed {:?} after the second pause",
        resumed_at.saturating_sub(second_at)
    );
    eventually(20, "the app to say recording", || {
        state_kind(dir) == "recording"
    });
    eventually(20, "the badge to go", || badges().is_empty());
    drop(app);
}
