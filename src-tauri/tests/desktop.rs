//! The tray app end to end under a real X server (Xvfb), a real session bus,
//! the real keychain (gnome-keyring), a real notification daemon (dunst) and
//! a real XEmbed tray (trayer), against the HTTPS simulator. Run through ./test.
// X11, Unix sockets, /proc and the Linux desktop session: Linux only.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use rccontrol_e2e::{EMAIL, SimProcessEnv, TENANT, run_rcctl};
use rccontrol_sim::AgentRef;
use rccontrol_testkit::ChildGuard;
use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;
use std::time::Duration;

#[test]
fn hotkey_pause_reaches_8x8_notifies_and_rcctl_sees_it() {
    let _desk = desktop();
    let Setup { env, dir } = configured(|_| {});
    let app = App::start(dir.path(), &[], &[]);
    let seen = notifications().len();

    xdotool(&["key", "ctrl+alt+p"]);
    eventually(20, "PUT …/pause/… at the simulator", || {
        requests_with(&env, "/rccontrol/pause/") == 1
    });
    let r = &env.sim.sim.requests()[0];
    assert_eq!(r.method, "PUT");
    assert_eq!(
        r.raw_path,
        format!("/api/tstats/rccontrol/pause/{TENANT}/email/{EMAIL}")
    );
    assert!(
        env.sim
            .sim
            .agent(TENANT, AgentRef::Email(EMAIL))
            .unwrap()
            .paused
    );
    let line = expect_notification(seen, "Recording paused");
    assert!(line.contains("pause via hotkey"), "{line}");
    screenshot("notification", Some("400x200+880+0"));

    let status = run_rcctl(&rcctl_bin(), dir.path(), &["status", "--json"], &[], "");
    let v: serde_json::Value = serde_json::from_str(&status.stdout).unwrap();
    assert_eq!(v["via"], "app", "{}", status.all());
    assert_eq!(v["state"]["state"], "paused");

    // Key release and other keys send nothing more; resume by hotkey.
    xdotool(&["key", "ctrl+alt+r"]);
    eventually(20, "resume at the simulator", || {
        requests_with(&env, "/rccontrol/resume/") == 1
    });
    expect_notification(seen, "Recording resumed");
    assert_eq!(requests_with(&env, "/rccontrol/pause/"), 1);
    drop(app);
}

#[test]
fn tray_menu_pause_and_resume() {
    let _desk = desktop();
    let Setup { env, dir } = configured(|_| {});
    let _app = App::start(dir.path(), &[], &[]);
    let icon = tray_icon();
    // The menu: state line (disabled), Pause, Resume, … — Down selects Pause.
    for (downs, needle) in [(1, "/rccontrol/pause/"), (2, "/rccontrol/resume/")] {
        open_tray_menu(&icon);
        let mut keys = vec!["key"];
        keys.extend(std::iter::repeat_n("Down", downs));
        keys.push("Return");
        if downs == 1 {
            screenshot("tray-menu", Some("400x260+880+0"));
        }
        xdotool(&keys);
        eventually(20, &format!("{needle} from the tray menu"), || {
            requests_with(&env, needle) == 1
        });
    }
    assert!(
        !env.sim
            .sim
            .agent(TENANT, AgentRef::Email(EMAIL))
            .unwrap()
            .paused
    );
    let audit = std::fs::read_to_string(dir.path().join("audit.jsonl")).unwrap();
    assert_eq!(audit.matches("\"trigger\":\"tray\"").count(), 2, "{audit}");
}

#[test]
fn rcctl_uses_the_running_app_and_8x8_directly_without_it() {
    let _desk = desktop();
    let Setup { env, dir } = configured(|_| {});
    let app = App::start(dir.path(), &[], &[]);
    let seen = notifications().len();
    let run = run_rcctl(&rcctl_bin(), dir.path(), &["pause", "--json"], &[], "");
    assert_eq!(run.code, 0, "{}", run.all());
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(v["via"], "app");
    assert_eq!(v["outcome"], "applied");
    let line = expect_notification(seen, "Recording paused");
    assert!(
        line.contains("pause via rcctl"),
        "the notification says rcctl sent it: {line}"
    );
    let audit = std::fs::read_to_string(dir.path().join("audit.jsonl")).unwrap();
    assert!(audit.contains("\"trigger\":\"cli\""), "{audit}");
    // SIGTERM while paused: the app resumes first, then exits.
    drop(app);
    assert!(
        !dir.path().join("rccontrol.sock").exists(),
        "socket removed on exit"
    );
    assert!(
        !env.sim
            .sim
            .agent(TENANT, AgentRef::Email(EMAIL))
            .unwrap()
            .paused,
        "resumed before exiting"
    );

    let run = run_rcctl(&rcctl_bin(), dir.path(), &["resume", "--json"], &[], "");
    assert_eq!(run.code, 0, "{}", run.all());
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(v["via"], "direct");
    let audit = std::fs::read_to_string(dir.path().join("audit.jsonl")).unwrap();
    let actions: Vec<(String, String)> = audit
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (v["trigger"].to_string(), v["action"].to_string())
        })
        .collect();
    let expected = [("cli", "pause"), ("exit", "resume"), ("cli", "resume")]
        .map(|(t, a)| (format!("{t:?}"), format!("{a:?}")));
    assert_eq!(actions, expected, "{audit}");
    assert_eq!(env.sim.sim.requests().len(), 3);
}

#[test]
fn the_log_file_in_the_data_dir_records_a_pause_and_never_the_token() {
    let _desk = desktop();
    let Setup { env: _env, dir } = configured(|_| {});
    let log = dir.path().join("logs/recording-control.log");
    let app = App::start(dir.path(), &[], &[]);
    let run = run_rcctl(&rcctl_bin(), dir.path(), &["pause", "--json"], &[], "");
    assert_eq!(run.code, 0, "{}", run.all());
    let pause_line = |text: &str| {
        text.lines().any(|l| {
            l.contains(" action ")
                && l.contains("action=pause")
                && l.contains("trigger=cli")
                && l.contains("outcome=\"applied\"")
        })
    };
    eventually(20, "the pause in the log file", || {
        pause_line(&std::fs::read_to_string(&log).unwrap_or_default())
    });
    // Stderr keeps the same events (both writers).
    assert!(pause_line(&app.log()), "{}", app.log());
    drop(app);
    let text = std::fs::read_to_string(&log).unwrap();
    assert!(text.contains("control socket ready"), "{text}");
    assert!(
        text.contains("exiting while paused: resuming first"),
        "{text}"
    );
    let scan = rccontrol_e2e::leak_scan::LeakScan::for_token(TENANT, rccontrol_e2e::TOKEN);
    let mut report = rccontrol_e2e::leak_scan::Report::default();
    scan.scan_dir(dir.path(), &mut report);
    report.assert_clean();
    assert!(report.files.contains(&log), "{:?}", report.files);
}

#[test]
fn a_second_launch_opens_the_settings_window_in_a_process_of_its_own_and_exits() {
    let _desk = desktop();
    let dir = tempfile::tempdir().unwrap();
    let mut first = App::start(dir.path(), &["--demo"], &[]);
    let mut second = ChildGuard::spawn(
        std::process::Command::new(APP)
            .arg("--config-dir")
            .arg(dir.path())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null()),
    )
    .unwrap();
    let exited = second.exited_within(Duration::from_secs(30));
    assert!(
        exited.is_some_and(|s| s.success()),
        "the second instance exits cleanly: {exited:?}"
    );
    assert!(first.running(), "the first instance keeps running");
    eventually(30, "the first instance's settings window", || {
        !xdotool(&[
            "search",
            "--onlyvisible",
            "--name",
            "Recording Control — Settings",
        ])
        .is_empty()
    });
    assert!(first.log().contains("second launch"), "{}", first.log());
    // The window's process logs to its own file beside the tray's.
    let window_log = dir.path().join("logs/recording-control-settings.log");
    eventually(30, "the settings window's log file", || {
        std::fs::read_to_string(&window_log)
            .is_ok_and(|t| t.contains("settings window connected to the app"))
    });
    // The window is a process of its own; the tray process never maps WebKit.
    let tray_pid = first.child.id();
    assert_eq!(
        webkit_mapped(tray_pid),
        Some(false),
        "the tray process maps no WebKit"
    );
    let window_pids = children_named(tray_pid, "recording-contr");
    assert_eq!(
        window_pids.len(),
        1,
        "one settings window process: {window_pids:?}"
    );
    let window_pid = window_pids[0];
    assert_eq!(
        webkit_mapped(window_pid),
        Some(true),
        "the window process runs WebKit"
    );
    // A third launch brings the same window forward: no second window process.
    let third = std::process::Command::new(APP)
        .arg("--config-dir")
        .arg(dir.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(third.success());
    assert_eq!(children_named(tray_pid, "recording-contr"), [window_pid]);
    // Closed like a window manager closes it: its process ends, the tray stays.
    eventually(30, "the settings window to close", || {
        let ids = settings_window_ids();
        ids.iter().for_each(|id| close_window(*id));
        ids.is_empty()
    });
    eventually(30, "the window's process to end", || {
        children_named(tray_pid, "recording-contr").is_empty()
    });
    assert!(first.running(), "the tray app keeps running");
    assert_eq!(
        webkit_mapped(tray_pid),
        Some(false),
        "and still maps no WebKit"
    );
    // Opened again, then the app quits: the window goes with it.
    assert!(
        std::process::Command::new(APP)
            .arg("--config-dir")
            .arg(dir.path())
            .status()
            .unwrap()
            .success()
    );
    eventually(30, "the reopened window's process", || {
        children_named(tray_pid, "recording-contr").len() == 1
    });
    let window_pid = children_named(tray_pid, "recording-contr")[0];
    eventually(30, "the reopened window", || {
        !settings_window_ids().is_empty()
    });
    drop(first);
    eventually(30, "the window to close with the app", || {
        !std::path::Path::new(&format!("/proc/{window_pid}")).exists()
            || std::fs::read_to_string(format!("/proc/{window_pid}/stat"))
                .is_ok_and(|s| s.contains(") Z "))
    });
}

#[test]
fn two_launches_at_the_same_moment_leave_one_app() {
    let _desk = desktop();
    let dir = tempfile::tempdir().unwrap();
    let launch = || {
        ChildGuard::spawn(
            std::process::Command::new(APP)
                .arg("--config-dir")
                .arg(dir.path())
                .arg("--demo")
                .env("RCCONTROL_LANG", "en-US")
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null()),
        )
        .unwrap()
    };
    let mut launched = [launch(), launch()];
    let mut exited = [None, None];
    eventually(30, "one of the two launches to hand over and exit", || {
        for (child, status) in launched.iter_mut().zip(exited.iter_mut()) {
            if status.is_none() {
                *status = child.exited();
            }
        }
        exited.iter().any(Option::is_some)
    });
    let survivor = exited.iter().position(Option::is_none);
    let gone = exited.iter().flatten().collect::<Vec<_>>();
    assert_eq!(gone.len(), 1, "exactly one handed over: {exited:?}");
    assert!(
        gone[0].success(),
        "the one that handed over exits cleanly: {:?}",
        gone[0]
    );
    let survivor = survivor.expect("one app keeps running");
    let status = run_rcctl(&rcctl_bin(), dir.path(), &["status"], &[], "");
    assert!(
        status.stdout.contains("Via:            app"),
        "{}",
        status.all()
    );
    // The hand-over opened the survivor's settings window.
    eventually(30, "the survivor's settings window", || {
        !settings_window_ids().is_empty()
    });
    assert!(launched[survivor].terminate(), "SIGTERM to the app");
    assert!(
        launched[survivor]
            .exited_within(Duration::from_secs(20))
            .is_some(),
        "the app did not quit on SIGTERM"
    );
    eventually(30, "its settings window to close with it", || {
        settings_window_ids().is_empty()
    });
}

/// Whether process `pid` has WebKit's library mapped (`None`: no such process).
fn webkit_mapped(pid: u32) -> Option<bool> {
    std::fs::read_to_string(format!("/proc/{pid}/maps"))
        .ok()
        .map(|maps| maps.contains("libwebkit2gtk"))
}

/// The live children of `pid` (started from any of its threads) whose command
/// name starts with `name` (the kernel keeps 15 characters of it).
fn children_named(pid: u32, name: &str) -> Vec<u32> {
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return Vec::new();
    };
    let text: String = tasks
        .flatten()
        .map(|t| std::fs::read_to_string(t.path().join("children")).unwrap_or_default())
        .collect::<Vec<_>>()
        .join(" ");
    text.split_whitespace()
        .filter_map(|c| c.parse::<u32>().ok())
        .filter(|c| {
            let stat = std::fs::read_to_string(format!("/proc/{c}/stat")).unwrap_or_default();
            let comm = std::fs::read_to_string(format!("/proc/{c}/comm")).unwrap_or_default();
            comm.trim().starts_with(name) && !stat.contains(") Z ")
        })
        .collect()
}

#[test]
fn bad_socket_messages_get_error_replies_and_the_app_keeps_serving() {
    let _desk = desktop();
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::start(dir.path(), &["--demo"], &[]);
    let stream = UnixStream::connect(dir.path().join("rccontrol.sock")).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(15)))
        .unwrap();
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut writer = stream;
    let mut ask = |line: &[u8]| {
        writer.write_all(line).unwrap();
        writer.write_all(b"\n").unwrap();
        let mut reply = String::new();
        reader.read_line(&mut reply).unwrap();
        serde_json::from_str::<serde_json::Value>(&reply).unwrap()
    };
    for (line, kind) in [
        (&b"not json"[..], "malformed"),
        (b"{\"v\":2,\"cmd\":\"status\"}", "unsupported_version"),
        (b"{\"v\":1,\"cmd\":\"explode\"}", "unknown_command"),
        (b"\xff\xfe\x00", "malformed"),
    ] {
        let v = ask(line);
        assert_eq!(v["ok"], false);
        assert_eq!(v["error"]["kind"], kind, "{v}");
    }
    let v = ask(b"{\"v\":1,\"cmd\":\"status\"}");
    assert_eq!(v["ok"], true);
    assert_eq!(v["demo"], true);
    // Oversized: an error reply, then that connection closes; the app serves on.
    let mut big = UnixStream::connect(dir.path().join("rccontrol.sock")).unwrap();
    big.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
    let _ = big.write_all(&vec![b'x'; 100_000]);
    let mut reply = String::new();
    BufReader::new(&big).read_line(&mut reply).unwrap();
    assert!(reply.contains("too_large"), "{reply}");
    let run = run_rcctl(&rcctl_bin(), dir.path(), &["pause"], &[], "");
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.starts_with("DEMO"), "{}", run.stdout);
    assert!(app.running());
}

#[test]
fn demo_mode_says_demo_everywhere_and_leaves_real_settings_untouched() {
    let _desk = desktop();
    let dir = tempfile::tempdir().unwrap();
    let seen = notifications().len();
    let app = App::start(dir.path(), &["--demo"], &[]);
    let line = expect_notification(seen, "Recording Control — DEMO");
    assert!(line.contains("simulator"), "{line}");
    // The demo shows live state: its simulator's event stream confirms.
    eventually(30, "the demo connected to its event stream", || {
        app.log().contains("connected to Event Streaming")
    });
    xdotool(&["key", "ctrl+alt+p"]);
    let line = expect_notification(seen, "Recording paused — confirmed by 8x8");
    assert!(line.contains("DEMO"), "{line}");
    let mut v = serde_json::Value::Null;
    eventually(20, "rcctl status to say paused, verified", || {
        let status = run_rcctl(&rcctl_bin(), dir.path(), &["status", "--json"], &[], "");
        v = serde_json::from_str(&status.stdout).unwrap();
        v["verified"] == true
    });
    assert_eq!(v["app"]["demo"], true, "{v}");
    assert_eq!(v["source"], "events", "{v}");
    assert!(
        v["state_line"]
            .as_str()
            .unwrap()
            .starts_with("DEMO · Recording paused · "),
        "{v}"
    );
    // The real settings, state and audit log were not touched by the demo.
    for f in ["settings.toml", "state.json", "audit.jsonl"] {
        assert!(!dir.path().join(f).exists(), "{f} written by the demo");
    }
}

#[test]
fn not_configured_app_says_so_and_sends_nothing() {
    let _desk = desktop();
    let dir = tempfile::tempdir().unwrap();
    let seen = notifications().len();
    let mut app = App::start(dir.path(), &[], &[]);
    expect_notification(seen, "Recording Control is not configured");
    xdotool(&["key", "ctrl+alt+p"]);
    let line = expect_notification(seen, "Nothing was sent");
    assert!(line.contains("Not configured"), "{line}");
    assert!(app.running());
}

#[test]
fn missing_desktop_parts_are_reported_and_the_app_keeps_running() {
    let _desk = desktop();
    let env = SimProcessEnv::start();
    let dir = tempfile::tempdir().unwrap();
    // The token comes from RCCTL_TOKEN: this bus has no keychain either.
    let settings = rccontrol::Settings {
        cluster: Some(env.sim.sim.base_url()),
        tenant: Some(TENANT.into()),
        email: Some(EMAIL.into()),
        ca_file: Some(env.sim.ca_file()),
        allow_custom_host: true,
        ..rccontrol::Settings::default()
    };
    settings
        .validate()
        .unwrap()
        .0
        .save(&dir.path().join("settings.toml"))
        .unwrap();
    // An X server without a tray host, a bus without a notification service,
    // and Ctrl+Alt+P already taken by another client.
    let x = bare_x_server();
    let display = x.display().to_owned();
    let (_bus, address) = bare_session_bus(dir.path());
    let _grab = grab_ctrl_alt_p(&display);
    let mut app = App::start(
        dir.path(),
        &[],
        &[
            ("DISPLAY", &display),
            ("DBUS_SESSION_BUS_ADDRESS", &address),
            ("RCCTL_TOKEN", rccontrol_e2e::TOKEN),
        ],
    );
    for needle in [
        "No notification service",
        "No system tray found",
        "Ctrl+Alt+P could not be registered",
    ] {
        eventually(20, needle, || app.log().contains(needle));
    }
    assert!(app.running(), "the app keeps running: {}", app.log());
    // …and keeps working: the other hotkey and rcctl through the socket.
    let run = run_rcctl(
        &rcctl_bin(),
        dir.path(),
        &["pause", "--json"],
        &[("RCCTL_TOKEN", rccontrol_e2e::TOKEN)],
        "",
    );
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        (v["via"].as_str(), v["outcome"].as_str()),
        (Some("app"), Some("applied")),
        "{}",
        run.all()
    );
    assert!(app.running());
}

#[test]
fn a_burst_of_presses_gives_one_notification_per_distinct_result() {
    let _desk = desktop();
    // No press throttle: every press of the burst is sent and ends in the
    // same result, so only the notifications' burst filter can keep them to one.
    let Setup { env, dir } = configured_with(|s| s.throttle_ms = Some(0));
    let _app = App::start(dir.path(), &[], &[]);
    let seen = notifications().len();
    // Three pauses through the app, each waiting for its answer: three
    // requests, three identical results (well within the 3 s burst window).
    for _ in 0..3 {
        let run = run_rcctl(&rcctl_bin(), dir.path(), &["pause", "--json"], &[], "");
        assert_eq!(run.code, 0, "{}", run.all());
        assert!(run.stdout.contains("\"via\":\"app\""), "{}", run.all());
    }
    assert_eq!(
        requests_with(&env, "/rccontrol/pause/"),
        3,
        "one request per press"
    );
    // A different result is the marker: the notifications come from one loop
    // in order, so a late "Recording paused" would come before it.
    let run = run_rcctl(&rcctl_bin(), dir.path(), &["resume"], &[], "");
    assert_eq!(run.code, 0, "{}", run.all());
    let marker = expect_notification(seen, "Recording resumed");
    let paused: Vec<_> = notifications_before(seen, &marker)
        .into_iter()
        .filter(|l| l.split('\t').nth(1) == Some("Recording paused"))
        .collect();
    assert_eq!(paused.len(), 1, "{paused:?}");
}

#[test]
fn start_at_login_from_the_tray_menu() {
    let _desk = desktop();
    let dir = tempfile::tempdir().unwrap();
    // auto-launch writes to $HOME/.config/autostart: give the app a throw-away home.
    let home = tempfile::tempdir().unwrap();
    let home_str = home.path().to_str().unwrap().to_owned();
    let _app = App::start(dir.path(), &["--demo"], &[("HOME", &home_str)]);
    let icon = tray_icon();
    let entry = || {
        std::fs::read_dir(home.path().join(".config/autostart"))
            .map(|d| d.flatten().map(|e| e.path()).collect::<Vec<_>>())
            .unwrap_or_default()
    };
    assert!(entry().is_empty());
    // Pause, Resume, Settings…, demo, Open log, Start at login: six Downs.
    open_tray_menu(&icon);
    xdotool(&[
        "key", "Down", "Down", "Down", "Down", "Down", "Down", "Return",
    ]);
    eventually(20, "an autostart entry", || !entry().is_empty());
    let desktop_file = std::fs::read_to_string(&entry()[0]).unwrap();
    assert!(desktop_file.contains("recording-control"), "{desktop_file}");
}

#[test]
fn media_keys_from_a_headset_pause_and_resume() {
    let _desk = desktop();
    let Setup { env, dir } = configured(|h| {
        h.pause = "MediaPause".into();
        h.resume = "MediaPlay".into();
    });
    let _app = App::start(dir.path(), &[], &[]);
    xdotool(&["key", "XF86AudioPause"]);
    eventually(20, "pause from the media key", || {
        requests_with(&env, "/rccontrol/pause/") == 1
    });
    xdotool(&["key", "XF86AudioPlay"]);
    eventually(20, "resume from the media key", || {
        requests_with(&env, "/rccontrol/resume/") == 1
    });
    assert_eq!(env.sim.sim.requests().len(), 2);
    assert!(
        !env.sim
            .sim
            .agent(TENANT, AgentRef::Email(EMAIL))
            .unwrap()
            .paused
    );
}

#[test]
fn the_toggle_binding_says_which_action_it_sent() {
    let _desk = desktop();
    let Setup { env, dir } = configured(|h| h.toggle = "Ctrl+Alt+T".into());
    let _app = App::start(dir.path(), &[], &[]);
    let seen = notifications().len();
    xdotool(&["key", "ctrl+alt+t"]);
    expect_notification(seen, "Toggle sent pause: Recording paused");
    xdotool(&["key", "ctrl+alt+t"]);
    expect_notification(seen, "Toggle sent resume: Recording resumed");
    assert_eq!(requests_with(&env, "/rccontrol/pause/"), 1);
    assert_eq!(requests_with(&env, "/rccontrol/resume/"), 1);
}
