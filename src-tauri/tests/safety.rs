//! The safety nets end to end, in the session of scripts/test-session.sh:
//! reminders and the bounded auto-resume, press throttling, auto-pause rules
//! on real X windows under a real window manager (openbox), the admin-managed
//! configuration, and opt-in rccontrol:// links. Run through ./test.
// X11, Unix sockets, /proc and the Linux desktop session: Linux only.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use rccontrol::rules::AutoPauseRule;
use rccontrol_e2e::run_rcctl;
use std::path::Path;
use std::process::{Command, Stdio};

#[test]
fn reminder_then_auto_resume() {
    let _desk = desktop();
    let Setup { env, dir } = configured_with(|s| {
        s.reminder_secs = Some(2);
        s.max_pause_secs = Some(6);
    });
    let app = App::start(dir.path(), &[], &[]);
    let seen = notifications().len();

    xdotool(&["key", "ctrl+alt+p"]);
    eventually(20, "the pause at the simulator", || {
        requests_with(&env, "/rccontrol/pause/") == 1
    });
    let line = expect_notification(seen, "Recording still paused (2 s) — resume?");
    assert!(line.contains("Automatic resume in 4 s"), "{line}");
    // (A further pause starts its own period: tests/belief.rs.)
    eventually(20, "the timer's resume at the simulator", || {
        requests_with(&env, "/rccontrol/resume/") == 1
    });
    let resumed = expect_notification(
        seen,
        "Recording resumed automatically (maximum pause reached)",
    );
    assert!(resumed.contains("resume via timer"), "{resumed}");
    let timer = audited(dir.path(), "timer");
    assert_eq!(timer.len(), 1, "{timer:?}");
    assert_eq!(timer[0]["action"], "resume");
    assert_eq!(timer[0]["outcome"], "applied");
    // Once resumed, no more reminders of that pause. Time must pass for that
    // to mean anything: a new pause's first reminder (2 s after it) is the
    // marker; a reminder of the first pause would have come by then, and
    // says another duration.
    let count = notifications().len();
    eventually(20, "the state line to say recording", || {
        let s = run_rcctl(&rcctl_bin(), dir.path(), &["status", "--json"], &[], "");
        s.stdout.contains("\"state\":\"recording\"")
    });
    let next = run_rcctl(&rcctl_bin(), dir.path(), &["pause"], &[], "");
    assert_eq!(next.code, 0, "{}", next.all());
    let marker = expect_notification(count, "Recording still paused (2 s) — resume?");
    let before: Vec<_> = notifications_before(count, &marker)
        .into_iter()
        .filter(|l| l.contains("still paused"))
        .collect();
    assert!(
        before.is_empty(),
        "a reminder of the resumed pause: {before:?}"
    );
    let done = run_rcctl(&rcctl_bin(), dir.path(), &["resume"], &[], "");
    assert_eq!(done.code, 0, "{}", done.all());
    drop(app);
}

#[test]
fn reminder_resume_button_resumes() {
    let _desk = desktop();
    let Setup { env, dir } = configured_with(|s| s.reminder_secs = Some(2));
    let app = App::start(dir.path(), &[], &[]);
    let seen = notifications().len();
    let paused = run_rcctl(&rcctl_bin(), dir.path(), &["pause"], &[], "");
    assert_eq!(paused.code, 0, "{}", paused.all());
    let _ = Command::new("dunstctl").arg("close-all").status();
    expect_notification(seen, "Recording still paused (2 s) — resume?");
    // The agent presses the reminder's button (dunst invokes its default action).
    eventually(20, "the reminder's Resume to reach the simulator", || {
        let _ = Command::new("dunstctl").args(["action", "0"]).status();
        requests_with(&env, "/rccontrol/resume/") == 1
    });
    eventually(10, "the audit line of the notification's resume", || {
        audited(dir.path(), "notification").len() == 1
    });
    drop(app);
}

#[test]
fn twenty_presses_in_a_burst_send_one() {
    let _desk = desktop();
    // The longest throttle window allowed (5 s), 25 times what the burst takes
    // here (about 0.2 s): every press after the first falls inside it however
    // slow the machine, so exactly one request goes out.
    let Setup { env, dir } =
        configured_with(|s| s.throttle_ms = Some(rccontrol::safety::MAX_THROTTLE_MS));
    let app = App::start(dir.path(), &[], &[]);
    // The burst, then a Resume hotkey as a marker: the app takes key events
    // in order, so once the marker's request is in, every pause the burst
    // could have sent is in too.
    let started = std::time::Instant::now();
    let out = Command::new("xdotool")
        .args(["key", "--delay", "10"])
        .args(std::iter::repeat_n("ctrl+alt+p", 20))
        .arg("ctrl+alt+r")
        .output()
        .unwrap();
    let took = started.elapsed();
    assert!(out.status.success());
    eventually(20, "the marker's resume at the simulator", || {
        requests_with(&env, "/rccontrol/resume/") == 1
    });
    let sent = requests_with(&env, "/rccontrol/pause/");
    eprintln!("20 presses in {took:?}: {sent} request(s) sent");
    assert_eq!(sent, 1, "{sent} requests for 20 presses in {took:?}");
    // rcctl through the app is throttled the same way: exit 11, nothing sent.
    let again = run_rcctl(&rcctl_bin(), dir.path(), &["resume", "--json"], &[], "");
    assert_eq!(again.code, 11, "{}", again.all());
    assert!(
        again.stdout.contains("\"kind\":\"throttled\""),
        "{}",
        again.all()
    );
    assert_eq!(requests_with(&env, "/rccontrol/resume/"), 1);
    drop(app);
}

#[test]
fn payment_window_pauses_and_only_the_rules_pause_is_resumed() {
    let _desk = desktop();
    let x = managed_x_server();
    let display = x.display().to_owned();
    let Setup { env, dir } = configured_with(|s| {
        s.auto_pause = Some(vec![AutoPauseRule {
            pattern: "card details".into(),
            regex: false,
        }]);
    });
    let notes = TitledWindow::open(&display, "Notes");
    notes.activate(&display);
    let app = App::start(dir.path(), &[], &[("DISPLAY", &display)]);
    eventually(20, "the foreground watcher", || {
        app.log()
            .contains("auto-pause: watching the foreground window")
    });
    let payment = TitledWindow::open(&display, "Payment – Card details");
    payment.activate(&display);
    eventually(20, "the rule's pause at the simulator", || {
        requests_with(&env, "/rccontrol/pause/") == 1
    });
    notes.activate(&display);
    eventually(20, "the rule's resume at the simulator", || {
        requests_with(&env, "/rccontrol/resume/") == 1
    });
    let rule = audited_at_least(dir.path(), "rule", 2);
    assert_eq!(rule.len(), 2, "{rule:?}");
    assert_eq!(
        (rule[0]["action"].as_str(), rule[1]["action"].as_str()),
        (Some("pause"), Some("resume"))
    );

    // A title change of the window in front counts (a browser tab switching to the payment page).
    notes.retitle("Checkout – card details – Browser");
    eventually(20, "the pause on the retitled window", || {
        requests_with(&env, "/rccontrol/pause/") == 2
    });
    notes.retitle("Notes");
    eventually(20, "the resume after the retitle", || {
        requests_with(&env, "/rccontrol/resume/") == 2
    });

    // A pause made by hand is never resumed by a rule.
    let seen_notes = app.log().matches("title=Some(\"Notes\")").count();
    let manual = run_rcctl(&rcctl_bin(), dir.path(), &["pause"], &[], "");
    assert_eq!(manual.code, 0, "{}", manual.all());
    payment.activate(&display);
    notes.activate(&display);
    payment.activate(&display);
    notes.activate(&display);
    // The watcher has seen the last switch once the app logs it; nothing was sent.
    eventually(20, "the app to see both switches back", || {
        app.log().matches("title=Some(\"Notes\")").count() >= seen_notes + 2
    });
    assert_eq!(requests_with(&env, "/rccontrol/pause/"), 3);
    assert_eq!(requests_with(&env, "/rccontrol/resume/"), 2);
    let status = run_rcctl(&rcctl_bin(), dir.path(), &["status", "--json"], &[], "");
    assert!(
        status.stdout.contains("\"state\":\"paused\""),
        "{}",
        status.all()
    );
    drop(app);
}

/// Opens `link` the way the desktop does: launching the app with it, which
/// hands it to the running instance and exits.
fn open_link(dir: &Path, link: &str) {
    let second = Command::new(APP)
        .arg("--config-dir")
        .arg(dir)
        .arg(link)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(second.success());
}

#[test]
fn links_are_ignored_when_off_and_audited_when_on() {
    let _desk = desktop();
    let Setup { env, dir } = configured(|_| {});
    let app = App::start(dir.path(), &[], &[]);
    let seen = notifications().len();
    open_link(dir.path(), "rccontrol://pause");
    expect_notification(seen, "A link asked to pause the recording: ignored");
    assert_eq!(requests_with(&env, "/rccontrol/pause/"), 0);
    assert!(audited(dir.path(), "link").is_empty());
    drop(app);

    // On, with the default confirmation: a pause link waits for the agent.
    let Setup { env, dir } = configured_with(|s| s.deep_link = Some(true));
    let app = App::start(dir.path(), &[], &[]);
    let seen = notifications().len();
    let _ = Command::new("dunstctl").arg("close-all").status();
    open_link(dir.path(), "rccontrol://pause");
    let asked = expect_notification(seen, "A link asks to pause the recording");
    assert!(asked.contains("web pages can open links too"), "{asked}");
    assert_eq!(
        requests_with(&env, "/rccontrol/pause/"),
        0,
        "paused unasked"
    );
    // A resume link needs no confirmation.
    open_link(dir.path(), "rccontrol://resume");
    eventually(20, "the link's resume at the simulator", || {
        requests_with(&env, "/rccontrol/resume/") == 1
    });
    assert_eq!(
        requests_with(&env, "/rccontrol/pause/"),
        0,
        "paused unasked"
    );
    // The agent confirms (dunst invokes the notification's default action).
    eventually(20, "the confirmed pause at the simulator", || {
        let _ = Command::new("dunstctl").args(["action", "0"]).status();
        requests_with(&env, "/rccontrol/pause/") == 1
    });
    eventually(10, "the audit lines with trigger link", || {
        audited(dir.path(), "link").len() == 2
    });
    drop(app);

    // Confirmation switched off: a pause link pauses at once.
    let Setup { env, dir } = configured_with(|s| {
        s.deep_link = Some(true);
        s.link_pause_confirm = Some(false);
    });
    let app = App::start(dir.path(), &[], &[]);
    open_link(dir.path(), "rccontrol://pause");
    eventually(20, "the link's pause at the simulator", || {
        requests_with(&env, "/rccontrol/pause/") == 1
    });
    eventually(10, "the audit line with trigger link", || {
        audited(dir.path(), "link").len() == 1
    });
    drop(app);
}

#[test]
fn malformed_managed_file_applies_nothing_and_says_so() {
    let _desk = desktop();
    let Setup { env, dir } = configured(|_| {});
    let managed = dir.path().join("managed.toml");
    // Valid-looking locks, one bad value: nothing of it may apply.
    std::fs::write(
        &managed,
        "lock = ['tenant']\ntenant = 'other'\nmax_pause_secs = 1\n",
    )
    .unwrap();
    let managed_env = managed.to_str().unwrap();
    // Debug builds check the file's owner and mode up to this folder (the
    // test's own: root's, 0700); /tmp above it is everyone's.
    let trusted = dir.path().to_str().unwrap();
    let seen = notifications().len();
    let app = App::start(
        dir.path(),
        &[],
        &[
            ("RCCONTROL_MANAGED_FILE", managed_env),
            ("RCCONTROL_MANAGED_TRUSTED_DIR", trusted),
        ],
    );
    let line = expect_notification(seen, "Managed configuration not applied");
    assert!(
        line.contains("maximum pause") && line.contains("nothing of it is applied"),
        "{line}"
    );
    // The agent's own tenant still applies: the pause goes to it.
    let r = run_rcctl(
        &rcctl_bin(),
        dir.path(),
        &["pause"],
        &[
            ("RCCONTROL_MANAGED_FILE", managed_env),
            ("RCCONTROL_MANAGED_TRUSTED_DIR", trusted),
        ],
        "",
    );
    assert_eq!(r.code, 0, "{}", r.all());
    assert_eq!(
        requests_with(&env, &format!("/{}/", rccontrol_e2e::TENANT)),
        1
    );
    let status = run_rcctl(
        &rcctl_bin(),
        dir.path(),
        &["status"],
        &[
            ("RCCONTROL_MANAGED_FILE", managed_env),
            ("RCCONTROL_MANAGED_TRUSTED_DIR", trusted),
        ],
        "",
    );
    assert!(
        status.stdout.contains("Managed:        NOT APPLIED"),
        "{}",
        status.all()
    );
    drop(app);
}

#[test]
fn quitting_while_paused_resumes_first() {
    let _desk = desktop();
    let Setup { env, dir } = configured(|_| {});
    let mut app = App::start(dir.path(), &[], &[]);
    let paused = run_rcctl(&rcctl_bin(), dir.path(), &["pause"], &[], "");
    assert_eq!(paused.code, 0, "{}", paused.all());
    let icon = tray_icon();
    open_tray_menu(&icon);
    // Up from the top selects the last item: Quit, labelled "Resume and quit" while paused.
    xdotool(&["key", "Up", "Return"]);
    eventually(20, "the resume before quitting", || {
        requests_with(&env, "/rccontrol/resume/") == 1
    });
    eventually(20, "the app to quit", || !app.running());
    let tray = audited(dir.path(), "tray");
    assert_eq!(tray.len(), 1, "{tray:?}");
    assert_eq!(tray[0]["action"], "resume");
    assert!(
        app.log().contains("quit while paused: resuming first"),
        "{}",
        app.log()
    );
}
