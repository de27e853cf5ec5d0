//! Live state through `rcctl`, in the real OS keychain: the Event Streaming
//! credential stored in a step of its own under `events:tenant@host` and
//! never echoed, the live-state fields refused by name, `status` saying the
//! stream, `forget` removing the credential too.

// The Secret Service over D-Bus: Linux only.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use rccontrol_e2e::*;

mod common;
use common::run_rcctl;
use rccontrol_testkit::keychain_lookup;
use std::path::Path;

const BIN: &str = env!("CARGO_BIN_EXE_rcctl");
const CREDENTIAL: &str = "eght_Cr3dent1alForTests0nly";
const AGENT: &str = "agAglVJkg0TU28dok9y9UQKg";

/// `rcctl setup` with the simulator's settings and `extra` flags.
fn setup(env: &SimProcessEnv, dir: &Path, extra: &[&str], stdin: &str) -> Run {
    let mut args = env.setup_args(EMAIL);
    args.extend(extra.iter().map(|a| (*a).to_owned()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    run_rcctl(Path::new(BIN), dir, &args, &[], stdin)
}

fn rcctl(dir: &Path, args: &[&str]) -> Run {
    run_rcctl(Path::new(BIN), dir, args, &[], "")
}

/// The live flags for the simulator (its cluster has no Event Streaming
/// region, so the host is given).
const LIVE: [&str; 6] = [
    "--live-state",
    "on",
    "--stream-agent-id",
    AGENT,
    "--stream-host",
    "127.0.0.1:9",
];

#[test]
fn the_credential_is_stored_on_its_own_under_the_events_account_and_forgotten() {
    require_session_bus();
    let env = SimProcessEnv::start();
    let dir = tempfile::tempdir().unwrap();
    let host = env.sim.sim.host_port();
    let events = format!("events:{TENANT}@{host}");
    let mut outputs = Vec::new();

    // First run: no action token yet, so the credential step is refused,
    // naming both, before anything is read or written.
    let mut with_credential = LIVE.to_vec();
    with_credential.push("--stream-credential");
    let run = setup(
        &env,
        dir.path(),
        &with_credential,
        &format!("{CREDENTIAL}\n"),
    );
    assert_eq!(run.code, 2, "{}", run.all());
    assert!(
        run.stderr.contains("--stream-credential") && run.stderr.contains("action token"),
        "{}",
        run.stderr
    );
    assert_eq!(keychain_lookup(&events), None);
    assert!(!dir.path().join("settings.toml").exists());
    outputs.push(run);

    // The token in its own run; live state on without a credential is said.
    let run = setup(&env, dir.path(), &LIVE, &format!("{TOKEN}\n"));
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(
        run.stdout.contains(&format!(
            "no Event Streaming credential is stored for {events}"
        )),
        "{}",
        run.stdout
    );
    let status = rcctl(dir.path(), &["status"]);
    assert!(
        status
            .stdout
            .contains("Live state:     on, but no Event Streaming credential stored"),
        "{}",
        status.stdout
    );
    outputs.push(run);
    outputs.push(status);

    // An empty credential is refused by name and stores nothing.
    let run = setup(&env, dir.path(), &["--stream-credential"], " \n");
    assert_eq!(run.code, 2, "{}", run.all());
    assert!(
        run.stderr.contains("Event Streaming credential: empty"),
        "{}",
        run.stderr
    );
    assert_eq!(keychain_lookup(&events), None);

    // Then the credential: stored under the events account, never echoed;
    // the action token is untouched.
    let run = setup(
        &env,
        dir.path(),
        &["--stream-credential"],
        &format!("{CREDENTIAL}\n"),
    );
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(
        run.stdout.contains(&format!("account \"{events}\"")),
        "{}",
        run.stdout
    );
    assert_eq!(keychain_lookup(&events).as_deref(), Some(CREDENTIAL));
    assert_eq!(
        keychain_lookup(&format!("{TENANT}@{host}")).as_deref(),
        Some(TOKEN)
    );
    outputs.push(run);

    // Status: the settings, the credential's presence, the stream (no app runs).
    let run = rcctl(dir.path(), &["status", "--json"]);
    assert_eq!(run.code, 0, "{}", run.all());
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(v["stream"], "off");
    assert_eq!(v["live_state"], true);
    assert_eq!(v["stream_agent_id"], AGENT);
    assert_eq!(v["stream_host"], "127.0.0.1:9");
    assert_eq!(v["stream_credential"], "present");
    assert_eq!(v["stream_account"], events.as_str());
    outputs.push(run);
    let run = rcctl(dir.path(), &["status"]);
    assert!(
        run.stdout
            .contains("Live state:     on; not connected (the app is not running)"),
        "{}",
        run.stdout
    );
    outputs.push(run);

    // Forget removes both secrets.
    let run = rcctl(dir.path(), &["forget"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(
        run.stdout.contains(&format!(
            "Event Streaming credential for {events}: removed from the OS keychain"
        )),
        "{}",
        run.stdout
    );
    assert_eq!(keychain_lookup(&events), None);
    assert_eq!(keychain_lookup(&format!("{TENANT}@{host}")), None);
    outputs.push(run);

    for (i, run) in outputs.iter().enumerate() {
        assert!(
            !run.all().contains(CREDENTIAL),
            "run {i} echoed the credential"
        );
    }
    let leftovers: Vec<_> = files_under(dir.path())
        .into_iter()
        .filter(|f| std::fs::read_to_string(f).is_ok_and(|t| t.contains(CREDENTIAL)))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn live_state_fields_are_refused_by_name_and_write_nothing() {
    require_session_bus();
    let env = SimProcessEnv::start();
    let dir = tempfile::tempdir().unwrap();
    for (flags, field) in [
        (
            &["--live-state", "on", "--stream-host", "127.0.0.1:9"][..],
            "live agent ID: needed",
        ),
        (&["--stream-agent-id", "ag/../x"], "live agent ID:"),
        (
            &["--stream-host", "wss://events.example"],
            "Event Streaming host:",
        ),
    ] {
        let run = setup(&env, dir.path(), flags, &format!("{TOKEN}\n"));
        assert_eq!(run.code, 2, "{flags:?}: {}", run.all());
        assert!(run.stderr.contains(field), "{flags:?}: {}", run.stderr);
        assert!(!dir.path().join("settings.toml").exists(), "{flags:?}");
    }
    let run = setup(&env, dir.path(), &["--live-state", "maybe"], "");
    assert_eq!(run.code, 2, "{}", run.all());
    assert!(run.stderr.contains("--live-state"), "{}", run.stderr);
}
