//! Relay mode through `rcctl`, end to end: `rcctl` → the built
//! `rccontrol-relay` (real TLS, its own CA) → the simulator as 8x8 (real
//! TLS), the device key in the real OS keychain. The desktop never holds the
//! action token nor the Event Streaming credential; every outcome keeps its
//! exit code; the relay's refusals are plain sentences in the existing
//! families; a device acts for its own agent only.

// The Secret Service over D-Bus: Linux only.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use rccontrol_e2e::leak_scan::{LeakScan, Report};
use rccontrol_e2e::relay::{RelayOptions, RelayProcess};
use rccontrol_e2e::*;
use rccontrol_sim::{AgentRef, Fault};
use rccontrol_testkit::keychain_lookup;
use serde_json::Value;
use std::path::Path;

mod common;
use common::run_rcctl;

const BIN: &str = env!("CARGO_BIN_EXE_rcctl");

fn rcctl(dir: &Path, args: &[&str]) -> Run {
    run_rcctl(Path::new(BIN), dir, args, &[], "")
}

/// `rcctl setup --relay … --enroll CODE` trusting the relay's CA.
fn enroll(relay: &RelayProcess, dir: &Path, code: &str) -> Run {
    let ca = relay.ca_file().display().to_string();
    let url = relay.url();
    rcctl(
        dir,
        &["setup", "--relay", &url, "--enroll", code, "--ca-file", &ca, "--device-name", "desk-42"],
    )
}

fn status(dir: &Path) -> Value {
    let run = rcctl(dir, &["status", "--json", "--direct"]);
    assert_eq!(run.code, 0, "{}", run.all());
    serde_json::from_str(&run.stdout).unwrap()
}

/// The simulator's requests for `action` of the agent of `email` (the relay
/// names an agent by its agent ID when the administrator gave one).
fn sent(env: &SimProcessEnv, action: &str, email: &str) -> usize {
    let mut needles = vec![format!("/{action}/{TENANT}/email/{email}")];
    if email == EMAIL {
        needles.push(format!("/{action}/{TENANT}/agentId/{AGENT_ID}"));
    }
    env.sim
        .sim
        .requests()
        .iter()
        .filter(|r| needles.iter().any(|n| r.raw_path.ends_with(n.as_str())))
        .count()
}

/// `rcctl pause|resume` (no app running: the direct path, here the relay).
fn act(dir: &Path, action: &str) -> Run {
    rcctl(dir, &[action])
}

#[test]
fn enrolled_rcctl_acts_through_the_relay_with_every_outcome_and_holds_no_token() {
    require_session_bus();
    let env = SimProcessEnv::start();
    let relay = RelayProcess::start(&env.sim, &RelayOptions::default());
    let dir = tempfile::tempdir().unwrap();
    let mut outputs = Vec::new();

    // A direct set-up first: its token must be gone once enrolled.
    let args = env.setup_args(EMAIL);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let run = run_rcctl(Path::new(BIN), dir.path(), &args, &[], &format!("{TOKEN}\n"));
    assert_eq!(run.code, 0, "{}", run.all());
    let direct_account = format!("{TENANT}@{}", env.sim.sim.host_port());
    assert!(keychain_lookup(&direct_account).is_some());

    let code = relay.code(EMAIL, Some(AGENT_ID));
    let run = enroll(&relay, dir.path(), &code);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains("Enrolled with"), "{}", run.stdout);
    assert!(!run.all().contains(&code), "the code is not echoed: {}", run.all());
    outputs.push(("setup --enroll".to_owned(), run.all()));

    let v = status(dir.path());
    let device = v["relay_device"].as_str().unwrap().to_owned();
    assert!(device.starts_with("dv_"), "{v}");
    assert_eq!(v["relay_url"], relay.url(), "{v}");
    assert_eq!(v["tenant"], TENANT, "{v}");
    assert_eq!(v["email"], EMAIL, "{v}");
    assert!(
        v["token"].as_str().unwrap().starts_with("none on this computer"),
        "{v}"
    );
    outputs.push(("status".to_owned(), v.to_string()));
    // The device key is in the keychain; the direct token is not any more.
    let key_account = format!("relay:{device}@{}", relay.addr);
    let key = keychain_lookup(&key_account).expect("the device key in the keychain");
    assert!(key.starts_with("rcd_") && key.len() >= 47, "a 256-bit key");
    assert_eq!(keychain_lookup(&direct_account), None, "the token was forgotten");

    // Applied, both ways, for this agent.
    let run = act(dir.path(), "pause");
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.starts_with("Recording paused ("), "{}", run.all());
    assert_eq!(sent(&env, "pause", EMAIL), 1);
    let run = act(dir.path(), "resume");
    assert!(run.code == 0 && run.stdout.starts_with("Recording resumed ("), "{}", run.all());
    outputs.push(("pause/resume".to_owned(), run.all()));

    // Each of 8x8's answers keeps its exit code through the relay.
    let sim = &env.sim.sim;
    sim.set_call(TENANT, AgentRef::Email(EMAIL), false);
    let run = act(dir.path(), "pause");
    assert_eq!(run.code, 3, "no active call: {}", run.all());
    sim.set_call(TENANT, AgentRef::Email(EMAIL), true);
    sim.set_recording_enabled(TENANT, AgentRef::Email(EMAIL), false);
    let run = act(dir.path(), "pause");
    assert_eq!(run.code, 4, "not enabled: {}", run.all());
    sim.set_recording_enabled(TENANT, AgentRef::Email(EMAIL), true);
    for (fault, count, exit) in [
        (Fault::Status(401), 1, 5),
        (Fault::Status(404), 1, 6),
        (Fault::Status(400), 1, 7),
        (Fault::Status(503), 3, 8),
        (Fault::Html, 1, 10),
        (Fault::StatusWithRetryAfter(429, 60), 1, 12),
    ] {
        sim.inject(fault.clone(), count);
        let run = act(dir.path(), "pause");
        assert_eq!(run.code, exit, "{fault:?}: {}", run.all());
        sim.clear_faults();
        outputs.push((format!("{fault:?}"), run.all()));
    }

    // The central audit has one complete row per action, for this device.
    let actions: Vec<Value> = relay
        .audit()
        .into_iter()
        .filter(|r| r["kind"] == "action")
        .collect();
    assert_eq!(actions.len(), 10, "{actions:#?}");
    assert!(actions.iter().all(|r| r["device"] == device.as_str()), "{actions:#?}");
    assert!(actions.iter().all(|r| r["trigger"] == "cli"), "{actions:#?}");
    assert!(!actions.iter().any(|r| r["outcome"] == "pending"), "{actions:#?}");
    let outcomes: Vec<&str> = actions.iter().filter_map(|r| r["outcome"].as_str()).collect();
    for kind in ["applied", "no_active_call", "not_enabled", "unauthorized", "rate_limited"] {
        assert!(outcomes.contains(&kind), "{kind} in {outcomes:?}");
    }
    // And the local audit log still records every press.
    let log = rcctl(dir.path(), &["log", "--json"]);
    assert_eq!(log.code, 0, "{}", log.all());
    assert!(log.stdout.matches("\"cli\"").count() >= 10, "{}", log.stdout);
    outputs.push(("log".to_owned(), log.all()));

    // Revoked: refused at once, in a sentence, exit 5; nothing reaches 8x8.
    let (code, out, err) = relay.admin(&["agents", "revoke", "--email", EMAIL]);
    assert_eq!(code, 0, "{out}{err}");
    let before = sent(&env, "pause", EMAIL);
    let run = act(dir.path(), "pause");
    assert_eq!(run.code, 5, "{}", run.all());
    assert!(run.stdout.contains("revoked"), "{}", run.all());
    assert_eq!(sent(&env, "pause", EMAIL), before);
    outputs.push(("revoked".to_owned(), run.all()));

    // Neither the action token nor the Event Streaming credential is
    // anywhere on the desktop: its files and everything it printed.
    let scan = LeakScan::for_token(TENANT, TOKEN).with_secret("the Event Streaming credential", STREAM_KEY);
    let mut report = Report::default();
    scan.scan_dir(dir.path(), &mut report);
    for (name, text) in &outputs {
        scan.scan_text(name, text, &mut report);
    }
    eprintln!("leak scan: {}", report.summary());
    assert!(report.files_under(dir.path()) >= 2, "{}", report.summary());
    report.assert_clean();
}

#[test]
fn a_device_acts_only_for_its_own_agent_and_a_code_works_once() {
    require_session_bus();
    let env = SimProcessEnv::start();
    let relay = RelayProcess::start(&env.sim, &RelayOptions::default());
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let code = relay.code(EMAIL_IDLE, None);
    // `--enroll -`: the code from stdin.
    let ca = relay.ca_file().display().to_string();
    let url = relay.url();
    let run = run_rcctl(
        Path::new(BIN),
        b.path(),
        &["setup", "--relay", &url, "--enroll", "-", "--ca-file", &ca],
        &[],
        &format!("{code}\n"),
    );
    assert_eq!(run.code, 0, "{}", run.all());
    // The same code again: refused, nothing saved.
    let run = enroll(&relay, a.path(), &code);
    assert_eq!(run.code, 2, "{}", run.all());
    assert!(run.stderr.contains("enrollment_refused"), "{}", run.stderr);
    assert!(!a.path().join("settings.toml").exists());
    assert_eq!(enroll(&relay, a.path(), &relay.code(EMAIL, None)).code, 0);

    // B's press reaches B's agent only, A's press A's.
    let run = act(b.path(), "pause");
    assert_eq!(run.code, 3, "the idle agent has no call: {}", run.all());
    assert_eq!(sent(&env, "pause", EMAIL_IDLE), 1);
    assert_eq!(sent(&env, "pause", EMAIL), 0);
    assert_eq!(act(a.path(), "pause").code, 0);
    assert_eq!(sent(&env, "pause", EMAIL), 1);
    assert_eq!(sent(&env, "pause", EMAIL_IDLE), 1);
    // A settings file edited to name another agent changes nothing: the
    // relay binds the key, not the request.
    let file = b.path().join("settings.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replace(EMAIL_IDLE, EMAIL)).unwrap();
    assert_eq!(act(b.path(), "resume").code, 3);
    assert_eq!(sent(&env, "resume", EMAIL), 0);
    assert_eq!(sent(&env, "resume", EMAIL_IDLE), 1);
}

#[test]
fn rate_limited_and_unreachable_relays_are_said_with_their_exit_codes() {
    require_session_bus();
    let env = SimProcessEnv::start();
    let mut relay = RelayProcess::start(
        &env.sim,
        &RelayOptions {
            actions_per_minute: 2,
            ..RelayOptions::default()
        },
    );
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(enroll(&relay, dir.path(), &relay.code(EMAIL, None)).code, 0);
    assert_eq!(act(dir.path(), "pause").code, 0);
    assert_eq!(act(dir.path(), "resume").code, 0);
    let run = act(dir.path(), "pause");
    assert_eq!(run.code, 12, "{}", run.all());
    assert!(run.stdout.contains("relay is limiting"), "{}", run.all());
    assert_eq!(sent(&env, "pause", EMAIL), 1, "the limited press never reached 8x8");

    relay.stop();
    let run = act(dir.path(), "pause");
    assert_eq!(run.code, 9, "{}", run.all());
    assert!(run.stdout.contains("Could not reach the relay"), "{}", run.all());
}
