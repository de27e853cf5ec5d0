//! `rcctl pause|resume|status|log` as processes against the simulator over TLS,
//! with the token from RCCTL_TOKEN (the keychain has its own test file).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use rccontrol_e2e::*;

mod common;
use common::run_rcctl;
use rccontrol_sim::{AgentRef, BodyStyle, Fault};
use std::path::Path;

const BIN: &str = env!("CARGO_BIN_EXE_rcctl");

fn rcctl(dir: &Path, args: &[&str], token: &str) -> Run {
    run_rcctl(Path::new(BIN), dir, args, &[("RCCTL_TOKEN", token)], "")
}

/// `rcctl setup --no-keychain` for `email` at the simulator, after `edit` adjusts the arguments.
fn setup_with(env: &SimProcessEnv, dir: &Path, email: &str, edit: impl FnOnce(&mut Vec<String>)) {
    let mut args = env.setup_args(email);
    args.push("--no-keychain".into());
    edit(&mut args);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let run = run_rcctl(Path::new(BIN), dir, &args, &[], "");
    assert_eq!(run.code, 0, "{}", run.all());
}

fn configure(env: &SimProcessEnv, dir: &Path, email: &str) {
    setup_with(env, dir, email, |_| {});
}

#[test]
fn every_answer_has_its_exit_code_and_sentence() {
    let env = SimProcessEnv::start();
    let dir = tempfile::tempdir().unwrap();
    for style in [BodyStyle::Plain, BodyStyle::Json] {
        env.sim.sim.set_body_style(style);
        for (email, action, token, code, sentence) in [
            (EMAIL, "pause", TOKEN, 0, "Recording paused"),
            (EMAIL, "resume", TOKEN, 0, "Recording resumed"),
            (
                EMAIL_IDLE,
                "pause",
                TOKEN,
                3,
                "No active call — nothing was paused",
            ),
            (
                EMAIL_NOREC,
                "pause",
                TOKEN,
                4,
                "Recording is not enabled for you",
            ),
            (
                EMAIL,
                "pause",
                "0000000000000000",
                5,
                "8x8 rejected the token — open Settings",
            ),
            (
                "ghost@example.com",
                "pause",
                TOKEN,
                6,
                "Agent not found in tenant acme01",
            ),
        ] {
            configure(&env, dir.path(), email);
            let run = rcctl(dir.path(), &[action], token);
            assert_eq!(run.code, code, "{style:?} {email} {action}: {}", run.all());
            assert!(run.stdout.starts_with(sentence), "{}", run.stdout);
            assert_eq!(run.stdout.lines().count(), 1, "one plain line");
        }
    }
}

#[test]
fn faults_map_to_exit_codes() {
    let env = SimProcessEnv::start();
    let dir = tempfile::tempdir().unwrap();
    configure(&env, dir.path(), EMAIL);
    let sim = &env.sim.sim;
    sim.inject(Fault::Status(400), 1);
    assert_eq!(rcctl(dir.path(), &["pause"], TOKEN).code, 7);
    sim.inject(Fault::Status(503), 3);
    let run = rcctl(dir.path(), &["pause"], TOKEN);
    assert_eq!(run.code, 8, "{}", run.all());
    assert!(run.stdout.contains("3 attempts"), "{}", run.stdout);
    sim.inject(Fault::Redirect(None), 1);
    assert_eq!(rcctl(dir.path(), &["pause"], TOKEN).code, 9);
    sim.inject(Fault::Html, 1);
    let run = rcctl(dir.path(), &["pause"], TOKEN);
    assert_eq!(run.code, 10);
    assert!(run.stdout.contains("unconfirmed"));
    // A pause whose answer is unconfirmed may have been applied: "maybe
    // paused", never "paused", and said to rest on an answer only.
    let status = rcctl(dir.path(), &["status", "--json"], TOKEN);
    let v: serde_json::Value = serde_json::from_str(&status.stdout).unwrap();
    assert_eq!(v["state"]["state"], "maybe_paused");
    assert_eq!(v["state"]["why"], "no_answer");
    assert_eq!(v["verified"], false);
    assert_eq!(v["source"], "answer");
    assert!(
        v["state_line"]
            .as_str()
            .unwrap()
            .starts_with("May be paused since ")
    );
}

#[test]
fn untrusted_certificate_exits_9_and_says_certificate() {
    let env = SimProcessEnv::start();
    let dir = tempfile::tempdir().unwrap();
    // No --ca-file: the simulator's certificate is not trusted.
    setup_with(&env, dir.path(), EMAIL, |args| {
        let at = args.iter().position(|a| a == "--ca-file").unwrap();
        args.drain(at..at + 2);
    });
    let run = rcctl(dir.path(), &["pause"], TOKEN);
    assert_eq!(run.code, 9, "{}", run.all());
    assert!(run.stdout.contains("certificate"), "{}", run.stdout);
    assert!(env.sim.sim.requests().is_empty());
}

#[test]
fn json_output_agent_id_and_the_audit_log() {
    let env = SimProcessEnv::start();
    let dir = tempfile::tempdir().unwrap();
    setup_with(&env, dir.path(), EMAIL, |args| {
        let at = args.iter().position(|a| a == "--email").unwrap();
        args.splice(at..at + 2, ["--agent-id".to_owned(), AGENT_ID.to_owned()]);
    });
    let run = rcctl(dir.path(), &["pause", "--json"], TOKEN);
    assert_eq!(run.code, 0, "{}", run.all());
    let v: serde_json::Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(v["action"], "pause");
    assert_eq!(v["outcome"], "applied");
    assert_eq!(v["http_status"], 200);
    assert_eq!(v["message"], "Recording paused");
    assert!(v["latency_ms"].is_u64());
    assert_eq!(v["state"], "paused");
    assert!(
        env.sim
            .sim
            .agent(TENANT, AgentRef::AgentId(AGENT_ID))
            .unwrap()
            .paused
    );
    let r = &env.sim.sim.requests()[0];
    assert_eq!(
        r.raw_path,
        format!("/api/tstats/rccontrol/pause/{TENANT}/agentId/{AGENT_ID}")
    );
    assert_eq!(
        r.authorization.as_deref(),
        Some(basic_auth(TENANT, TOKEN).as_str())
    );

    let status = rcctl(dir.path(), &["status"], TOKEN);
    assert_eq!(status.code, 0);
    assert!(
        status.stdout.contains("State:          Paused at "),
        "{}",
        status.stdout
    );
    assert!(
        status
            .stdout
            .contains("Token:          present (RCCTL_TOKEN)")
    );

    assert_eq!(rcctl(dir.path(), &["resume"], TOKEN).code, 0);
    let log = rcctl(dir.path(), &["log", "-n", "5", "--json"], TOKEN);
    let entries: Vec<serde_json::Value> = log
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0]["action"], "pause");
    assert_eq!(entries[0]["trigger"], "cli");
    assert_eq!(entries[0]["outcome"], "applied");
    assert_eq!(entries[0]["http_status"], 200);
    assert!(entries[0]["latency_ms"].is_u64());
    assert!(entries[0]["time"].as_str().unwrap().ends_with('Z'));
    assert_eq!(entries[1]["action"], "resume");
}

#[test]
fn the_demo_runs_the_whole_path_and_says_demo() {
    let dir = tempfile::tempdir().unwrap();
    let run = run_rcctl(
        Path::new(BIN),
        dir.path(),
        &["demo"],
        &[],
        "pause\nstatus\ncall-end\nresume\ndisable\ncall-start\npause\nlog\nnonsense\nquit\n",
    );
    assert_eq!(run.code, 0, "{}", run.all());
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(
        lines.iter().all(|l| l.starts_with("DEMO")),
        "every line says DEMO: {lines:?}"
    );
    for expected in [
        "DEMO  Recording paused (HTTP 200",
        "DEMO  App says: Recording paused · ",
        "— confirmed by 8x8 · simulator truth: on a call, paused",
        "simulator truth: on a call, paused",
        "DEMO  No active call — nothing was resumed",
        "DEMO  Recording is not enabled for you",
        "cli pause → applied",
        "Unknown command \"nonsense\"",
    ] {
        assert!(
            run.stdout.contains(expected),
            "{expected:?} missing:\n{}",
            run.stdout
        );
    }
    assert!(
        files_under(dir.path()).is_empty(),
        "the demo writes nothing to the real config dir"
    );
}

/// A token in the environment goes only to the tenant and host it was given
/// for (`RCCTL_TOKEN_FOR`): for another one, or for none, nothing is sent.
#[test]
fn an_environment_token_for_another_tenant_or_host_is_never_sent() {
    let env = SimProcessEnv::start();
    let dir = tempfile::tempdir().unwrap();
    configure(&env, dir.path(), EMAIL);
    let account = account_in(dir.path(), None).unwrap();
    for (given, says) in [
        (
            Some("acme01@vcc-na7.8x8.com"),
            "is set for acme01@vcc-na7.8x8.com",
        ),
        (None, "is set without RCCTL_TOKEN_FOR"),
    ] {
        let mut vars = vec![("RCCTL_TOKEN", TOKEN)];
        // An empty value counts as none (the helper binds only when absent).
        vars.push(("RCCTL_TOKEN_FOR", given.unwrap_or("")));
        let run = run_rcctl(Path::new(BIN), dir.path(), &["pause"], &vars, "");
        assert_eq!(run.code, 2, "{}", run.all());
        assert!(
            run.stderr.contains(says)
                && run
                    .stderr
                    .contains(&format!("set RCCTL_TOKEN_FOR={account}")),
            "{}",
            run.all()
        );
        assert!(!run.all().contains(TOKEN));
        let status = run_rcctl(
            Path::new(BIN),
            dir.path(),
            &["status", "--json", "--direct"],
            &vars,
            "",
        );
        let v: serde_json::Value = serde_json::from_str(&status.stdout).unwrap();
        assert_eq!(v["account"], account.as_str());
        assert!(
            v["token"]
                .as_str()
                .unwrap()
                .starts_with("set, but not for this"),
            "{v}"
        );
    }
    assert!(env.sim.sim.requests().is_empty(), "a request was sent");
    // Bound to this account: used.
    let run = rcctl(dir.path(), &["pause"], TOKEN);
    assert_eq!(run.code, 0, "{}", run.all());
}
