//! The real OS keychain (gnome-keyring over D-Bus, started by ./test), the
//! no-keychain error, and a token-leak scan over a full run.

// The Secret Service over D-Bus: Linux only (Windows Credential Manager is
// tested under Wine by src-tauri/tests/wine.rs).
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use rccontrol_e2e::*;

mod common;
use common::run_rcctl;
use rccontrol_sim::AgentRef;
use std::path::Path;

const BIN: &str = env!("CARGO_BIN_EXE_rcctl");

use rccontrol_testkit::keychain_lookup as secret_tool_lookup;

fn setup(env: &SimProcessEnv, dir: &Path, extra_env: &[(&str, &str)], token: &str) -> Run {
    let args = env.setup_args(EMAIL);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    run_rcctl(Path::new(BIN), dir, &args, extra_env, token)
}

#[test]
fn token_round_trips_through_the_real_keychain() {
    require_session_bus();
    let env = SimProcessEnv::start();
    let dir = tempfile::tempdir().unwrap();
    let account = format!("{TENANT}@{}", env.sim.sim.host_port());
    let run = setup(&env, dir.path(), &[], &format!("{TOKEN}\n"));
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains(&account), "{}", run.stdout);
    assert_eq!(
        secret_tool_lookup(&account).as_deref(),
        Some(TOKEN),
        "the keychain holds the token"
    );

    let run = run_rcctl(Path::new(BIN), dir.path(), &["pause"], &[], "");
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(
        env.sim
            .sim
            .agent(TENANT, AgentRef::Email(EMAIL))
            .unwrap()
            .paused
    );
    assert_eq!(
        env.sim.sim.requests()[0].basic_password.as_deref(),
        Some(TOKEN)
    );

    let status = run_rcctl(Path::new(BIN), dir.path(), &["status"], &[], "");
    assert!(
        status
            .stdout
            .contains("Token:          present (OS keychain)"),
        "{}",
        status.stdout
    );
    assert!(
        status.stdout.contains("Keychain:       reachable"),
        "{}",
        status.stdout
    );

    let run = run_rcctl(Path::new(BIN), dir.path(), &["forget"], &[], "");
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains("removed from the OS keychain"));
    assert_eq!(secret_tool_lookup(&account), None, "gone from the keychain");
    assert!(!dir.path().join("settings.toml").exists());
    let status = run_rcctl(Path::new(BIN), dir.path(), &["status"], &[], "");
    assert!(
        status.stdout.contains("Token:          absent"),
        "{}",
        status.stdout
    );
}

#[test]
fn no_keychain_is_a_clear_error_and_writes_nothing() {
    let env = SimProcessEnv::start();
    let dir = tempfile::tempdir().unwrap();
    let no_bus = [(
        "DBUS_SESSION_BUS_ADDRESS",
        "unix:path=/nonexistent/rccontrol-test-bus",
    )];
    let run = setup(&env, dir.path(), &no_bus, &format!("{TOKEN}\n"));
    assert_eq!(run.code, 2, "{}", run.all());
    assert!(
        run.stderr.contains("OS keychain is not reachable"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("Secret Service"),
        "names the missing service: {}",
        run.stderr
    );
    assert!(
        run.stderr.contains("RCCTL_TOKEN"),
        "names the alternative: {}",
        run.stderr
    );
    assert!(
        files_under(dir.path()).is_empty(),
        "{:?}",
        files_under(dir.path())
    );
    // With settings but no bus and no RCCTL_TOKEN, pause says the same.
    let mut args = env.setup_args(EMAIL);
    args.push("--no-keychain".into());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    assert_eq!(
        run_rcctl(Path::new(BIN), dir.path(), &args, &no_bus, "").code,
        0
    );
    let run = run_rcctl(Path::new(BIN), dir.path(), &["pause"], &no_bus, "");
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("RCCTL_TOKEN"), "{}", run.stderr);
    assert!(env.sim.sim.requests().is_empty());
    // RCCTL_TOKEN is the explicit headless alternative.
    let run = run_rcctl(
        Path::new(BIN),
        dir.path(),
        &["pause"],
        &[no_bus[0], ("RCCTL_TOKEN", TOKEN)],
        "",
    );
    assert_eq!(run.code, 0, "{}", run.all());
}

#[test]
fn the_token_leaks_nowhere() {
    require_session_bus();
    let env = SimProcessEnv::start();
    let dir = tempfile::tempdir().unwrap();
    let trace = [("RCCTL_LOG", "trace")];
    let mut outputs = vec![setup(&env, dir.path(), &trace, &format!("{TOKEN}\n"))];
    assert_eq!(outputs[0].code, 0, "{}", outputs[0].all());
    for args in [
        &["pause"][..],
        &["pause", "--json"],
        &["resume"],
        &["status"],
        &["status", "--json"],
        &["log"],
        &["log", "--json"],
    ] {
        outputs.push(run_rcctl(Path::new(BIN), dir.path(), args, &trace, ""));
    }
    // Failure paths print errors: make sure they carry no token either.
    env.sim.sim.inject(rccontrol_sim::Fault::Redirect(None), 1);
    outputs.push(run_rcctl(
        Path::new(BIN),
        dir.path(),
        &["pause"],
        &trace,
        "",
    ));
    env.sim.sim.inject(rccontrol_sim::Fault::Html, 1);
    outputs.push(run_rcctl(
        Path::new(BIN),
        dir.path(),
        &["pause", "--json"],
        &trace,
        "",
    ));
    let files = files_under(dir.path());
    assert!(files.len() >= 3, "settings, state and audit log: {files:?}");
    outputs.push(run_rcctl(
        Path::new(BIN),
        dir.path(),
        &["forget"],
        &trace,
        "",
    ));

    let mut trace_lines = 0;
    let scan = rccontrol_e2e::leak_scan::LeakScan::for_token(TENANT, TOKEN);
    let mut report = rccontrol_e2e::leak_scan::Report::default();
    for (i, run) in outputs.iter().enumerate() {
        let text = run.all();
        trace_lines += text
            .lines()
            .filter(|l| l.contains("TRACE") || l.contains("DEBUG"))
            .count();
        scan.scan_text(&format!("rcctl run {i}"), &text, &mut report);
    }
    assert!(
        trace_lines > 0,
        "trace logging was on, so the scan covered the HTTP stack's logs"
    );
    scan.scan_dir(dir.path(), &mut report);
    eprintln!("token-leak scan: {}", report.summary());
    // What was there before `forget` and still is.
    for file in files.iter().filter(|f| f.exists()) {
        assert!(report.read(file), "{} was not read", file.display());
    }
    report.assert_clean();
    // The audit log survived forget and still has no token.
    let audit = std::fs::read_to_string(dir.path().join("audit.jsonl")).unwrap();
    assert!(audit.lines().count() >= 4);
    assert!(!audit.contains(TOKEN));
}
