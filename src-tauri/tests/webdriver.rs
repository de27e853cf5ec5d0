//! The settings window through real WebDriver (tauri-driver + WebKitWebDriver):
//! first-run setup, inline validation, "Check settings"; the token ends up in
//! the keychain only — not in the settings file, not in the page. The
//! live-state section is `webdriver/live.rs`, the relay section
//! `webdriver/relay.rs`.
// X11, Unix sockets, /proc and the Linux desktop session: Linux only.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use rccontrol_e2e::leak_scan::{LeakScan, Report};
use rccontrol_e2e::{EMAIL_IDLE, SimProcessEnv, TENANT, TOKEN};
use serde_json::{Value, json};
use std::process::{Command, Stdio};
use std::time::Duration;

#[path = "webdriver/accessibility.rs"]
mod accessibility;
#[path = "webdriver/driver.rs"]
mod driver;
#[path = "webdriver/live.rs"]
mod live;
#[path = "webdriver/relay.rs"]
mod relay;
use driver::*;

#[test]
fn first_run_setup_through_the_settings_window() {
    let _desk = desktop();
    let env = SimProcessEnv::start();
    let dir = tempfile::tempdir().unwrap();
    let (_driver, base) = spawn_driver(&[], Stdio::null());
    runtime().block_on(async {
        let (_app, d) = open_session(&base, dir.path(), &[]).await;

        d.wait_text("#state-line", "the page to load", |t| {
            t.contains("Not configured")
        })
        .await;
        // Inline validation, from the core's validators.
        d.type_into("#tenant", "bad/tenant").await;
        d.click("#cluster").await;
        let err = d
            .wait_text("#tenant-err", "an inline tenant error", |t| !t.is_empty())
            .await;
        assert!(err.contains("tenant: contains '/'"), "{err}");
        d.type_into("#cluster", "http://vcc-na7.8x8.com").await;
        d.click("#tenant").await;
        let err = d
            .wait_text("#cluster-err", "an inline cluster error", |t| !t.is_empty())
            .await;
        assert!(err.contains("http:// is not allowed"), "{err}");

        // First-run setup against the simulator (a custom host, so opt in).
        d.click("details summary").await;
        d.click("#allow_custom_host").await;
        d.type_into("#cluster", &env.sim.sim.base_url()).await;
        d.type_into("#tenant", TENANT).await;
        d.type_into("#identity", EMAIL_IDLE).await;
        d.type_into("#token", TOKEN).await;
        d.type_into("#ca_file", env.sim.ca_file().to_str().unwrap())
            .await;
        // "Press your keys": record Ctrl+Alt+T as the Toggle binding (under
        // "More settings", closed on a first run).
        d.click("#more > summary").await;
        d.click(".hotkey[data-role=toggle] .record").await;
        let field = d.find("#hk-toggle").await;
        d.call(
            reqwest::Method::POST,
            &format!("/element/{field}/value"),
            Some(json!({"text": "\u{E009}\u{E00A}t\u{E000}"})),
        )
        .await;
        let mut recorded = Value::Null;
        for _ in 0..100 {
            recorded = d.property("#hk-toggle", "value").await;
            if recorded == json!("Ctrl+Alt+T") {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert_eq!(recorded, json!("Ctrl+Alt+T"), "the recorder's result");
        d.click("#btn-save").await;
        let saved = d
            .wait_text("#save-result", "the save", |t| {
                t.starts_with("Saved") || t.contains(':')
            })
            .await;
        assert!(saved.starts_with("Saved"), "{saved}");

        // The token is in the keychain, not in the file, not in the page.
        let out = Command::new("secret-tool")
            .args([
                "lookup",
                "service",
                "rccontrol",
                "username",
                &format!("{TENANT}@{}", env.sim.sim.host_port()),
            ])
            .output()
            .unwrap();
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            TOKEN,
            "keychain holds the token"
        );
        let file = std::fs::read_to_string(dir.path().join("settings.toml")).unwrap();
        assert!(
            file.contains(&format!("tenant = \"{TENANT}\"")) && file.contains(EMAIL_IDLE),
            "{file}"
        );
        assert!(!file.contains(TOKEN), "token in the settings file");
        assert!(file.contains("toggle = \"Ctrl+Alt+T\""), "{file}");
        d.wait_text("#hk-toggle-status", "the toggle registered", |t| {
            t == "Active"
        })
        .await;
        assert_eq!(d.property("#token", "value").await, json!(""));
        let source = d.call(reqwest::Method::GET, "/source", None).await;
        assert!(
            !source.as_str().unwrap().contains(TOKEN),
            "token in the page"
        );
        assert!(
            d.property("#token", "placeholder")
                .await
                .as_str()
                .unwrap()
                .contains("Stored")
        );
        d.wait_text("#state-line", "the configured state", |t| {
            t.contains("unknown")
        })
        .await;

        // "Check settings" sends resume; not on a call → settings good.
        d.click("#btn-check").await;
        let verdict = d
            .wait_text("#check-result", "the check", |t| {
                t.contains('.') && !t.starts_with("Sending")
            })
            .await;
        assert!(
            verdict.contains("No active call") && verdict.contains("Settings are good"),
            "{verdict}"
        );
        assert_eq!(requests_with(&env, "/rccontrol/resume/"), 1);
        let log = d
            .wait_text("#log tbody", "the log table", |t| t.contains("window"))
            .await;
        assert!(log.contains("resume"), "{log}");

        d.screenshot("window.scrollTo(0, 0)", "settings-window")
            .await;
        d.close().await;
    });
}

#[test]
fn managed_fields_are_read_only_and_the_audit_log_exports_as_csv() {
    let _desk = desktop();
    let Setup { env, dir } = configured(|_| {});
    let managed = dir.path().join("managed.toml");
    std::fs::write(
        &managed,
        format!("lock = ['tenant', 'max_pause_secs']\ntenant = '{TENANT}'\nmax_pause_secs = 300\nreminder_secs = 120\n"),
    )
    .unwrap();
    let home = tempfile::tempdir().unwrap();
    let config_home = home.path().join(".config");
    let app_env = [
        ("RCCONTROL_MANAGED_FILE", managed.as_os_str()),
        // The file's owner and mode are checked up to the test's own folder.
        ("RCCONTROL_MANAGED_TRUSTED_DIR", dir.path().as_os_str()),
        ("HOME", home.path().as_os_str()),
        ("XDG_CONFIG_HOME", config_home.as_os_str()),
    ];
    let (_driver, base) = spawn_driver(&app_env, Stdio::null());
    runtime().block_on(async {
        let (_app, d) = open_session(&base, dir.path(), &app_env).await;
        d.wait_text("#state-line", "the page to load", |t| t.contains("unknown")).await;
        let banner = d.text("#managed-banner").await;
        assert!(banner.contains("set by your administrator"), "{banner}");
        assert_eq!(d.property("#tenant", "disabled").await, json!(true));
        assert_eq!(d.property("#tenant", "value").await, json!(TENANT));
        assert_eq!(d.property("#max_pause_secs", "disabled").await, json!(true));
        assert_eq!(d.property("#max_pause_secs", "value").await, json!("300"));
        // Not locked: the managed default is shown and can be changed.
        assert_eq!(d.property("#reminder_secs", "disabled").await, json!(false));
        assert_eq!(d.property("#reminder_secs", "value").await, json!("120"));
        assert_eq!(d.property("#cluster", "disabled").await, json!(false));
        let label = d.text("label[for=tenant]").await;
        assert!(label.contains("set by your administrator"), "{label}");
        d.screenshot("document.querySelector('#btn-add-rule').click(); document.querySelector('.rule-pattern').value = 'Card details'; document.querySelector('#safety-h').scrollIntoView()", "settings-safety").await;

        // A tampered page cannot change a locked field: the app refuses it.
        d.execute("const t = document.querySelector('#tenant'); t.disabled = false; t.value = 'other01';")
            .await;
        d.click("#btn-save").await;
        let refused = d
            .wait_text("#save-result", "the refusal", |t| t.contains("locked"))
            .await;
        assert!(refused.contains("tenant: is locked by your administrator"), "{refused}");
        let file = std::fs::read_to_string(dir.path().join("settings.toml")).unwrap();
        assert!(!file.contains("other01"), "{file}");

        // An action from the window, then the CSV export of the audit log.
        d.click("#btn-pause").await;
        d.wait_text("#log tbody", "the pause in the log", |t| t.contains("window")).await;
        assert_eq!(requests_with(&env, "/rccontrol/pause/"), 1);
        d.click("#btn-export").await;
        let saved = d
            .wait_text("#export-result", "the export", |t| t.starts_with("Saved to") || t.contains(':'))
            .await;
        let path = saved.trim_start_matches("Saved to ").trim();
        assert!(path.starts_with(home.path().to_str().unwrap()), "{saved}");
        let csv = std::fs::read_to_string(path).unwrap();
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines[0], "time,trigger,action,outcome,http_status,latency_ms,attempts,message,detail");
        assert!(lines.iter().any(|l| l.contains(",window,pause,applied,200,")), "{csv}");
        d.close().await;
    });
}

/// Stops (SIGTERM, by PID) the app process started with `--config-dir dir`, and
/// waits until it has exited.
fn stop_app_using(dir: &std::path::Path) {
    let out = Command::new("pgrep")
        .args(["-f", "--", &format!("--config-dir {}", dir.display())])
        .output()
        .unwrap();
    let pids: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .filter(|pid| {
            std::fs::read_link(format!("/proc/{pid}/exe"))
                .is_ok_and(|exe| exe.to_string_lossy().contains("recording-control"))
        })
        .collect();
    assert!(!pids.is_empty(), "no app process using {}", dir.display());
    for pid in &pids {
        let _ = Command::new("kill").args(["-TERM", pid]).status();
    }
    eventually(20, "the app to exit", || {
        pids.iter().all(|pid| {
            !std::path::Path::new(&format!("/proc/{pid}")).exists()
                || std::fs::read_to_string(format!("/proc/{pid}/stat"))
                    .is_ok_and(|s| s.contains(") Z "))
        })
    });
}

#[test]
fn the_token_leaks_nowhere_in_a_full_app_session() {
    let _desk = desktop();
    let env = SimProcessEnv::start();
    let dir = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let driver_log = home.path().join("driver-and-app.log");
    let seen = notifications().len();
    // A long-used install: an audit log one append short of rotating, so the
    // session's first press rotates it and the scan reads the rotated file.
    let old_entry = rccontrol::AuditEntry {
        time: "2026-01-05T09:12:44.120Z".into(),
        trigger: rccontrol::Trigger::Hotkey,
        action: rccontrol::Action::Pause,
        outcome: "applied".into(),
        http_status: Some(200),
        latency_ms: 131,
        attempts: 1,
        message: "Recording paused".into(),
        detail: None,
    };
    let line = serde_json::to_string(&old_entry).unwrap() + "\n";
    let old_log = line.repeat(rccontrol::audit::DEFAULT_MAX_BYTES as usize / line.len() + 1);
    std::fs::write(dir.path().join("audit.jsonl"), &old_log).unwrap();
    let rcctl = |args: &[&str]| {
        rccontrol_e2e::run_rcctl(
            &rcctl_bin(),
            dir.path(),
            args,
            &[("RCCTL_LOG", "trace")],
            "",
        )
    };
    let mut outputs: Vec<(String, String)> = Vec::new();
    // The app and WebKit keep their data, caches and storage under this HOME.
    let (config_home, data_home, cache_home) = (
        home.path().join(".config"),
        home.path().join(".local/share"),
        home.path().join(".cache"),
    );
    let app_env = [
        ("HOME", home.path().as_os_str()),
        ("XDG_CONFIG_HOME", config_home.as_os_str()),
        ("XDG_DATA_HOME", data_home.as_os_str()),
        ("XDG_CACHE_HOME", cache_home.as_os_str()),
        ("RCCTL_LOG", std::ffi::OsStr::new("trace")),
    ];
    let (_driver, base) =
        spawn_driver(&app_env, std::fs::File::create(&driver_log).unwrap().into());
    let (app, export) = runtime().block_on(async {
        let (app, d) = open_session(&base, dir.path(), &app_env).await;
        d.wait_text("#state-line", "the page to load", |t| {
            t.contains("Not configured")
        })
        .await;
        // Setup through the window, the token typed into the page.
        d.click("details summary").await;
        d.click("#allow_custom_host").await;
        d.type_into("#cluster", &env.sim.sim.base_url()).await;
        d.type_into("#tenant", TENANT).await;
        d.type_into("#identity", rccontrol_e2e::EMAIL).await;
        d.type_into("#token", TOKEN).await;
        d.type_into("#ca_file", env.sim.ca_file().to_str().unwrap())
            .await;
        // No press throttle: the failures below follow each other quickly.
        d.click("#more > summary").await;
        d.type_into("#throttle_ms", "0").await;
        d.click("#btn-save").await;
        let saved = d
            .wait_text("#save-result", "the save", |t| {
                t.starts_with("Saved") || t.contains(':')
            })
            .await;
        assert!(saved.starts_with("Saved"), "{saved}");
        // Presses from the window, a hotkey and rcctl; then failures of every kind.
        d.click("#btn-pause").await;
        d.wait_text("#log tbody", "the pause", |t| t.contains("window"))
            .await;
        xdotool(&["key", "ctrl+alt+r"]);
        eventually(20, "the hotkey's resume", || {
            requests_with(&env, "/rccontrol/resume/") == 1
        });
        for (fault, args) in [
            (rccontrol_sim::Fault::Status(401), &["pause"][..]),
            (rccontrol_sim::Fault::Status(500), &["resume", "--json"][..]),
            (rccontrol_sim::Fault::Redirect(None), &["pause"][..]),
            (rccontrol_sim::Fault::Html, &["resume"][..]),
        ] {
            env.sim.sim.inject(fault, 3);
            let run = rcctl(args);
            assert_ne!(run.code, 0, "{}", run.all());
            env.sim.sim.clear_faults();
            outputs.push((format!("rcctl {args:?}"), run.all()));
        }
        for args in [
            &["status", "--json"][..],
            &["log", "-n", "50", "--json"],
            &["log", "--csv"],
        ] {
            let run = rcctl(args);
            outputs.push((format!("rcctl {args:?}"), run.all()));
        }
        d.click("#btn-export").await;
        let export = d
            .wait_text("#export-result", "the export", |t| {
                t.starts_with("Saved to")
            })
            .await;
        let source = d.call(reqwest::Method::GET, "/source", None).await;
        outputs.push((
            "the page's source".into(),
            source.as_str().unwrap_or_default().to_owned(),
        ));
        // Close the settings window as a window manager would; the app keeps
        // running in the tray (and is ended with the session).
        eventually(30, "the settings window to close", || {
            let ids = settings_window_ids();
            ids.iter().for_each(|id| close_window(*id));
            ids.is_empty()
        });
        let after = rcctl(&["status"]);
        assert!(
            after.stdout.contains("Via:            app"),
            "{}",
            after.all()
        );
        outputs.push(("rcctl status after the window closed".into(), after.all()));
        d.close().await;
        (app, export)
    });
    // With its window closed the app outlives the WebDriver session: stop it by
    // PID, or the next test's app would find it holding the single instance.
    stop_app_using(dir.path());
    outputs.push(("the tray app's stderr".into(), app.log()));
    drop(app);
    outputs.push((
        "notifications received".into(),
        notifications()
            .into_iter()
            .skip(seen)
            .collect::<Vec<_>>()
            .join("\n"),
    ));
    outputs.push((
        "tauri-driver + app stderr".into(),
        std::fs::read_to_string(&driver_log).unwrap_or_default(),
    ));
    let trace_lines = outputs
        .iter()
        .map(|(_, t)| t.matches("TRACE").count())
        .sum::<usize>();
    assert!(trace_lines > 0, "the run logged at trace level");
    let scan = LeakScan::for_token(TENANT, TOKEN);
    let mut report = Report::default();
    for root in [dir.path(), home.path()] {
        scan.scan_dir(root, &mut report);
    }
    for (name, text) in &outputs {
        scan.scan_text(name, text, &mut report);
    }
    eprintln!(
        "token-leak scan: {}; {trace_lines} trace lines",
        report.summary()
    );
    report.assert_clean();
    // What the scan must have read for its "nowhere" to mean anything.
    for file in [
        "settings.toml",
        "state.json",
        "audit.jsonl",
        "audit.1.jsonl",
    ] {
        let path = dir.path().join(file);
        assert!(report.read(&path), "not read: {}", path.display());
    }
    let rotated = std::fs::read(dir.path().join("audit.1.jsonl")).unwrap();
    assert!(
        rotated.len() >= old_log.len(),
        "the audit log rotated during the session"
    );
    let exported = std::path::PathBuf::from(export.trim_start_matches("Saved to").trim());
    assert!(
        exported.starts_with(home.path()) && report.read(&exported),
        "the exported audit log was read: {export}"
    );
    assert!(
        report.files_under(&data_home) + report.files_under(&cache_home) > 0,
        "WebKit's storage and caches under {} were read: {:#?}",
        home.path().display(),
        report.files
    );
    // The settings window's own process logged at trace level (each call to
    // the app, the save with the token included) into the captured output.
    let driver_output = std::fs::read_to_string(&driver_log).unwrap();
    let window_lines = driver_output
        .lines()
        .filter(|l| l.contains("recording_control_settings::link"))
        .collect::<Vec<_>>();
    assert!(
        window_lines
            .iter()
            .any(|l| l.contains("TRACE") && l.contains("cmd=\"save_settings\"")),
        "the settings window's trace log was captured: {window_lines:#?}"
    );
    // Every window-session line crossing the socket is traced on both sides
    // (and was scanned above): the save crossed, without the token.
    let wire_saves = outputs
        .iter()
        .flat_map(|(_, text)| text.lines())
        .filter(|l| l.contains("rccontrol::control_socket::wire") && l.contains("save_settings"))
        .count();
    assert!(
        wire_saves >= 2,
        "the save's protocol line was traced by the window and the app: {wire_saves}"
    );
}

#[test]
fn the_page_speaks_the_agents_language_and_switches_without_reload() {
    let _desk = desktop();
    let Setup { env: _env, dir } = configured_with(|s| s.language = Some("de-DE".into()));
    // Empty: the setting decides (the helper pins English otherwise).
    let env = [("RCCONTROL_LANG", std::ffi::OsStr::new(""))];
    let (_driver, base) = spawn_driver(&env, Stdio::null());
    let (de, fr) = (
        rccontrol::Localizer::new("de-DE"),
        rccontrol::Localizer::new("fr-FR"),
    );
    let label_de = de.text("window-language-label");
    let label_fr = fr.text("window-language-label");
    assert_ne!(
        label_de, label_fr,
        "the German and French catalogs are filled in"
    );
    runtime().block_on(async {
        let (_app, d) = open_session(&base, dir.path(), &env).await;
        // The state line comes from the app, the labels from window.ftl via ui_texts.
        let unknown = de.text("state-unknown");
        d.wait_text("#state-line", "the German state line", |t| t.contains(&unknown))
            .await;
        d.wait_text("label[for=language]", "the German label", |t| t.starts_with(&label_de))
            .await;
        let lang = d.execute("return document.documentElement.lang").await;
        assert_eq!(lang, json!("de-DE"));
        assert_eq!(d.text("#btn-save").await.trim(), de.text("window-save"));
        d.screenshot("window.scrollTo(0, 0)", "settings-de").await;
        // Switch to French and save: the page changes language without a reload,
        // and what is in the form stays.
        d.execute("const s = document.querySelector('#language'); s.value = 'fr-FR'; s.dispatchEvent(new Event('change'));")
            .await;
        d.click("#btn-save").await;
        d.wait_text("label[for=language]", "the French label", |t| t.starts_with(&label_fr))
            .await;
        assert_eq!(d.property("#tenant", "value").await, json!(TENANT));
        let saved = std::fs::read_to_string(dir.path().join("settings.toml")).unwrap();
        assert!(saved.contains("language = \"fr-FR\""), "{saved}");
        d.close().await;
    });
}
