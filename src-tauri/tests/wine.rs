//! The Windows binaries under Wine, against the simulator over real TLS: the
//! Windows lane (`scripts/windows-lane.sh`) cross-builds them, makes a
//! throw-away Wine prefix (`scripts/wine-session.sh`) inside the desktop
//! session of `scripts/test-session.sh` (Xvfb, trayer), and runs these tests
//! with `--ignored`. What Wine cannot show (WinRT toasts, WebView2, access
//! control between Windows users) is listed in the README's platform section.
// Runs on the Linux host (it drives Wine, X11 and the simulator).
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;
#[path = "wine/mod.rs"]
mod wine;

use common::{audited_at_least, eventually, requests_with};
use rccontrol_e2e::{EMAIL, TENANT, TOKEN, basic_auth};
use wine::*;

#[test]
#[ignore = "the Windows lane runs it: scripts/windows-lane.sh"]
fn rcctl_exe_sets_up_acts_and_forgets_with_credential_manager() {
    let setup = Setup::new();
    let (env, cfg) = (&setup.env, setup.cfg());

    // Bad input: the field named, nothing written, nothing stored.
    let url = env.sim.sim.base_url();
    for (args, token, field) in [
        (
            vec!["--cluster", "http://vcc-na7.8x8.com"],
            TOKEN,
            "cluster",
        ),
        (vec!["--cluster", url.as_str()], TOKEN, "cluster"),
        (
            vec!["--cluster", url.as_str(), "--allow-custom-host"],
            "abc def",
            "token",
        ),
    ] {
        let mut all = vec!["setup", "--tenant", TENANT, "--email", EMAIL];
        all.extend(args);
        let bad = rcctl(cfg, &all, token);
        assert_eq!(bad.code, 2, "{all:?}: {}", bad.all());
        assert!(
            bad.stderr.starts_with(&format!("rcctl: {field}:")),
            "{all:?}: {}",
            bad.all()
        );
        assert!(!bad.all().contains(token), "{}", bad.all());
    }
    assert!(!cfg.join("settings.toml").exists());
    assert!(credentials(env).is_empty(), "{:?}", credentials(env));

    // Setup: the token from stdin into Credential Manager, never into the file.
    let args = setup_args(env);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let stored = rcctl(cfg, &args, TOKEN);
    assert_eq!(stored.code, 0, "{}", stored.all());
    let settings = std::fs::read_to_string(cfg.join("settings.toml")).unwrap();
    assert!(!settings.contains(TOKEN), "{settings}");
    assert_eq!(
        credentials(env).len(),
        1,
        "one Credential Manager entry: {:?}",
        credentials(env)
    );

    let status = rcctl(cfg, &["status", "--json"], "");
    assert_eq!(status.code, 0, "{}", status.all());
    let v: serde_json::Value = serde_json::from_str(&status.stdout).unwrap();
    assert_eq!(v["configured"], true, "{v}");
    assert_eq!(v["keychain"]["reachable"], true, "{v}");
    assert_eq!(v["via"], "direct", "{v}");
    assert!(v["token"].as_str().unwrap().contains("present"), "{v}");
    assert!(!status.all().contains(TOKEN));

    // Pause and resume reach the simulator with the stored token.
    for (action, sentence) in [
        ("pause", "Recording paused"),
        ("resume", "Recording resumed"),
    ] {
        let run = rcctl(cfg, &[action], "");
        assert_eq!(run.code, 0, "{action}: {}", run.all());
        assert!(run.stdout.contains(sentence), "{}", run.all());
    }
    let requests = env.sim.sim.requests();
    assert_eq!(requests.len(), 2, "{requests:?}");
    assert_eq!(
        requests[0].raw_path,
        format!("/api/tstats/rccontrol/pause/{TENANT}/email/{EMAIL}")
    );
    assert_eq!(
        requests[0].authorization.as_deref(),
        Some(basic_auth(TENANT, TOKEN).as_str())
    );
    assert!(!setup.paused());

    let log = rcctl(cfg, &["log", "--json"], "");
    assert_eq!(log.code, 0, "{}", log.all());
    let actions: Vec<serde_json::Value> = log
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(actions.len(), 2, "{}", log.stdout);
    assert_eq!(actions[0]["action"], "pause");
    assert_eq!(actions[1]["action"], "resume");
    assert_eq!(actions[1]["trigger"], "cli");

    // Forget: the Credential Manager entry is gone, and a pause says so.
    let forget = rcctl(cfg, &["forget"], "");
    assert_eq!(forget.code, 0, "{}", forget.all());
    assert!(credentials(env).is_empty(), "{:?}", credentials(env));
    let after = rcctl(cfg, &["pause"], "");
    assert_eq!(after.code, 2, "{}", after.all());
    assert_eq!(env.sim.sim.requests().len(), 2);
}

#[test]
#[ignore = "the Windows lane runs it: scripts/windows-lane.sh"]
fn the_tray_app_docks_its_icon_serves_rcctl_takes_links_and_second_launches() {
    let setup = Setup::configured();
    let (env, cfg) = (&setup.env, setup.cfg());
    // Links switched on by the agent (first line: before any [table]).
    let settings = cfg.join("settings.toml");
    let text = std::fs::read_to_string(&settings).unwrap();
    std::fs::write(&settings, format!("deep_link = true\n{text}")).unwrap();
    // A policy where Windows keeps it (the path from the known-folder API),
    // but written by a user: Wine reports every file as the Wine user's, so
    // it is not applied, and rcctl says whose it is.
    let _managed = ManagedFile::write("lock = [\"deep_link\"]\ndeep_link = false\n");

    let mut app = TrayApp::start(cfg);
    let status = rcctl(cfg, &["status", "--json"], "");
    let v: serde_json::Value = serde_json::from_str(&status.stdout).unwrap();
    assert_eq!(v["via"], "app", "{}", status.all());
    let file = r"C:\ProgramData\rccontrol\managed.toml";
    assert_eq!(v["managed"]["file"], file, "{v}");
    assert_eq!(v["managed"]["active"], false, "{v}");
    assert_eq!(v["managed"]["locked"], serde_json::json!([]), "{v}");
    let problem = v["managed"]["problem"].as_str().unwrap_or_default();
    assert!(
        problem.starts_with(&format!(
            "Managed configuration not applied: {file} is not owned by an administrator (owner S-1-5-21-"
        )),
        "{v}"
    );

    // The tray icon, docked by Wine into the XEmbed tray (trayer).
    wine_tray_icon();

    // The agent switched links on (the planted lock did not), so the app
    // registered the scheme for this user.
    let command = r"HKCU\Software\Classes\rccontrol\shell\open\command";
    eventually(30, "the rccontrol:// scheme in the registry", || {
        reg_query(command).is_some_and(|k| k.contains("recording-control.exe"))
    });

    // rcctl.exe goes through the named pipe: the app sends, audits and answers.
    let run = rcctl(cfg, &["pause", "--json"], "");
    assert_eq!(run.code, 0, "{}", run.all());
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(v["via"], "app", "{v}");
    assert_eq!(v["outcome"], "applied", "{v}");
    assert_eq!(audited_at_least(cfg, "cli", 1)[0]["action"], "pause");

    // A link: Windows finds the scheme's command in HKCR (which includes the
    // user's HKCU\Software\Classes) and runs it with the link for %1. Wine 8
    // does not merge HKCU's classes into HKCR, so its ShellExecute cannot
    // find per-user schemes: the test runs the registered command line itself.
    // That process hands the link to the running app and exits.
    let registered = reg_query(command).unwrap();
    let line = registered.lines().find(|l| l.contains("REG_SZ")).unwrap();
    let command_line = line.split("REG_SZ").nth(1).unwrap().trim();
    assert!(
        command_line.ends_with(r#"recording-control.exe" -- "%1""#),
        "{command_line}"
    );
    let handler = command_line.split('"').nth(1).unwrap();
    let mut open = wine(handler);
    open.args(["--", "rccontrol://resume"]);
    let opened = finish(open, "");
    assert_eq!(opened.code, 0, "{}", opened.all());
    assert_eq!(audited_at_least(cfg, "link", 1)[0]["action"], "resume");
    assert_eq!(requests_with(env, "/rccontrol/resume/"), 1);
    assert!(!setup.paused());

    // A second launch hands over ("open the settings window") and exits; the
    // first keeps running and tries to start the window (WebView2 is not in Wine).
    let mut second = WineProcess::start(app_command(cfg), cfg.join("second.log"));
    assert_eq!(second.exited_within(60), Some(0), "{}", second.output());
    eventually(30, "the app to start the settings window's process", || {
        app.output().contains("settings window")
    });
    assert!(app.running(), "{}", app.output());

    // Its own log file (a release build has no console on Windows), with
    // the pause sent through the pipe; nothing else in the folder but the
    // settings window's log, and no token in either.
    let log = app.log();
    assert!(log.contains("control socket ready"), "{log}");
    // The pipe is this user's and this session's, not the user name's.
    assert!(
        log.lines().any(|l| l.contains("control socket ready")
            && l.contains(r"\\.\pipe\rccontrol-S-1-5-")),
        "{log}"
    );
    assert!(
        log.lines()
            .any(|l| l.contains("action=pause") && l.contains("trigger=cli")),
        "{log}"
    );
    for file in app.log_files() {
        let text = std::fs::read(&file).unwrap();
        assert!(
            !String::from_utf8_lossy(&text).contains(TOKEN),
            "{}",
            file.display()
        );
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            ["recording-control.log", "recording-control-settings.log"].contains(&name.as_str()),
            "{name}"
        );
    }
}

#[test]
#[ignore = "the Windows lane runs it: scripts/windows-lane.sh"]
fn hotkeys_fire_through_register_hotkey_while_wine_has_the_keyboard() {
    let setup = Setup::configured();
    let (env, cfg) = (&setup.env, setup.cfg());
    let _app = TrayApp::start(cfg);
    let icon = wine_tray_icon();

    // Wine's X11 driver grabs no keys: a key pressed while another X client
    // has the keyboard never reaches Wine, so RegisterHotKey cannot see it
    // (on Windows the hotkey is system-wide).
    point_at(None);
    press("ctrl+alt+p");
    // Keys that reach any Wine window go through wineserver, which checks the
    // registered hotkeys and posts WM_HOTKEY to global-hotkey's window.
    point_at(Some(&icon));
    press("ctrl+alt+r");
    assert_eq!(audited_at_least(cfg, "hotkey", 1)[0]["action"], "resume");
    press("ctrl+alt+p");
    let audited = audited_at_least(cfg, "hotkey", 2);
    assert_eq!(audited[1]["action"], "pause", "{audited:?}");
    assert_eq!(
        audited.len(),
        2,
        "the key pressed outside Wine was not seen: {audited:?}"
    );
    assert_eq!(requests_with(env, "/rccontrol/pause/"), 1);
    assert!(setup.paused());
}

#[test]
#[ignore = "the Windows lane runs it: scripts/windows-lane.sh"]
fn ending_the_windows_session_while_paused_resumes_first() {
    let setup = Setup::configured();
    let cfg = setup.cfg();
    let mut app = TrayApp::start(cfg);
    let run = rcctl(cfg, &["pause"], "");
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(setup.paused());

    // Log off: every program gets WM_QUERYENDSESSION and WM_ENDSESSION, after
    // which tao ends the process. The app resumes before it goes.
    let mut end = wine("wineboot");
    end.arg("--end-session");
    let ended = finish(end, "");
    assert_eq!(ended.code, 0, "{}", ended.all());
    assert_eq!(app.process.exited_within(60), Some(0), "{}", app.output());
    assert!(!setup.paused());
    let exit = audited_at_least(cfg, "exit", 1);
    assert_eq!(exit[0]["action"], "resume", "{exit:?}");
    assert_eq!(exit[0]["outcome"], "applied", "{exit:?}");
    let log = app.log();
    assert!(
        log.contains("exiting while paused: resuming first"),
        "{log}"
    );
}
