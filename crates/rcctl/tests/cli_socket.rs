//! `rcctl pause|resume|status` and the app's control socket, as processes: with an
//! in-test socket server at `{config_dir}/rccontrol.sock` (the target counts requests
//! and returns canned replies), with `--direct`, and with no app at all.

#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use rccontrol::control_socket::{
    ActionReply, ActionReport, ControlFailure, ControlServer, ControlTarget, ServerHandle,
    SocketAddress, StatusReply,
};
use rccontrol::{Action, BelievedState, Trigger};
use rccontrol_e2e::*;
use std::future::Future;
use std::path::Path;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

const BIN: &str = env!("CARGO_BIN_EXE_rcctl");

/// Like `run_rcctl` (in English), with `RCCTL_SOCKET` removed so the socket is `{dir}/rccontrol.sock`.
fn rcctl(dir: &Path, args: &[&str]) -> Run {
    use std::process::{Command, Stdio};
    let out = Command::new(BIN)
        .arg("--config-dir")
        .arg(dir)
        .args(args)
        .env_remove("RCCTL_CONFIG_DIR")
        .env_remove("RCCTL_SOCKET")
        .env("RCCTL_TOKEN", TOKEN)
        .env("RCCTL_TOKEN_FOR", account_in(dir, None).unwrap_or_default())
        .env("RCCONTROL_LANG", "en-US")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("rcctl runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn configure(env: &SimProcessEnv, dir: &Path) {
    let mut args = env.setup_args(EMAIL);
    args.push("--no-keychain".into());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let run = rcctl(dir, &args);
    assert_eq!(run.code, 0, "{}", run.all());
}

/// A stand-in app: records every request, answers with a canned report (no active
/// call, 42 ms, in demo mode) or refuses as not configured.
struct CannedApp {
    requests: Mutex<Vec<(Action, Trigger)>>,
    statuses: Mutex<usize>,
    refuse: bool,
    demo: bool,
}

impl CannedApp {
    fn new(refuse: bool) -> Arc<Self> {
        Arc::new(Self {
            requests: Mutex::new(Vec::new()),
            statuses: Mutex::new(0),
            refuse,
            demo: true,
        })
    }

    fn real() -> Arc<Self> {
        Arc::new(Self {
            demo: false,
            ..Arc::into_inner(Self::new(false)).unwrap()
        })
    }
}

impl ControlTarget for CannedApp {
    fn act(
        &self,
        action: Action,
        trigger: Trigger,
    ) -> Pin<Box<dyn Future<Output = Result<ActionReply, ControlFailure>> + Send + '_>> {
        self.requests.lock().unwrap().push((action, trigger));
        let (refuse, demo) = (self.refuse, self.demo);
        Box::pin(async move {
            if refuse {
                return Err(ControlFailure::unavailable(
                    "Recording Control is not configured — open Settings",
                )
                .with_reason("not_configured"));
            }
            Ok(ActionReply {
                report: ActionReport {
                    action,
                    outcome: "no_active_call".into(),
                    confirmed: false,
                    http_status: Some(200),
                    message: format!("No active call — nothing was {action}d"),
                    latency_ms: 42,
                    attempts: 2,
                    exit_code: 3,
                    detail: None,
                },
                state: BelievedState::NoActiveCall,
                state_line: "No active call".into(),
                demo,
            })
        })
    }

    fn status(&self) -> StatusReply {
        *self.statuses.lock().unwrap() += 1;
        StatusReply {
            state: BelievedState::Paused { since_ms: 1 },
            state_line: "Recording paused · 9:59".into(),
            demo: true,
            app_version: "7.7.7".into(),
            stream: Some(rccontrol::control_socket::StreamStatus::Live),
        }
    }
}

fn serve(env: &SimProcessEnv, dir: &Path, app: Arc<CannedApp>) -> ServerHandle {
    let address = SocketAddress::Path(dir.join("rccontrol.sock"));
    env.runtime.block_on(async move {
        ControlServer::bind(address)
            .await
            .expect("socket binds")
            .spawn(app)
    })
}

#[test]
fn pause_goes_through_the_app_when_it_runs() {
    let env = SimProcessEnv::start();
    let dir = tempfile::tempdir().unwrap();
    configure(&env, dir.path());
    let app = CannedApp::new(false);
    let server = serve(&env, dir.path(), app.clone());

    let run = rcctl(dir.path(), &["pause"]);
    assert_eq!(
        run.code,
        3,
        "exit code from the app's report: {}",
        run.all()
    );
    assert_eq!(
        run.stdout, "DEMO  No active call — nothing was paused (HTTP 200, 42 ms, 2 attempts)\n",
        "the direct path's line, marked DEMO as the app is in demo mode"
    );
    assert_eq!(run.stderr, "");
    let run = rcctl(dir.path(), &["resume"]);
    assert_eq!(run.code, 3, "{}", run.all());
    assert!(
        run.stdout
            .starts_with("DEMO  No active call — nothing was resumed")
    );
    assert_eq!(
        *app.requests.lock().unwrap(),
        [
            (Action::Pause, Trigger::Cli),
            (Action::Resume, Trigger::Cli)
        ]
    );
    assert!(env.sim.sim.requests().is_empty(), "no direct call");
    assert!(
        !dir.path().join("audit.jsonl").exists(),
        "the app audits, not rcctl"
    );
    env.runtime.block_on(server.shutdown());
}

#[test]
fn json_has_the_same_shape_both_ways_and_says_via() {
    let env = SimProcessEnv::start();
    let dir = tempfile::tempdir().unwrap();
    configure(&env, dir.path());
    let server = serve(&env, dir.path(), CannedApp::new(false));

    let app_run = rcctl(dir.path(), &["pause", "--json"]);
    assert_eq!(app_run.code, 3, "{}", app_run.all());
    let via_app: serde_json::Value = serde_json::from_str(app_run.stdout.trim()).unwrap();
    let direct_run = rcctl(dir.path(), &["pause", "--json", "--direct"]);
    assert_eq!(direct_run.code, 0, "{}", direct_run.all());
    let direct: serde_json::Value = serde_json::from_str(direct_run.stdout.trim()).unwrap();

    let keys = |v: &serde_json::Value| {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    assert_eq!(keys(&via_app), keys(&direct));
    assert_eq!(via_app["via"], "app");
    assert_eq!(direct["via"], "direct");
    assert_eq!(via_app["outcome"], "no_active_call");
    assert_eq!(via_app["exit_code"], 3);
    assert_eq!(via_app["state"], "no_active_call");
    assert_eq!(via_app["latency_ms"], 42);
    assert_eq!(via_app["demo"], true);
    assert_eq!(direct["demo"], false);
    assert_eq!(direct["outcome"], "applied");
    assert_eq!(direct["state"], "paused");
    env.runtime.block_on(server.shutdown());
}

#[test]
fn direct_flag_bypasses_a_running_app() {
    let env = SimProcessEnv::start();
    let dir = tempfile::tempdir().unwrap();
    configure(&env, dir.path());
    let app = CannedApp::new(false);
    let server = serve(&env, dir.path(), app.clone());

    let run = rcctl(dir.path(), &["pause", "--direct"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(
        run.stdout.starts_with("Recording paused (HTTP 200, "),
        "{}",
        run.stdout
    );
    assert!(app.requests.lock().unwrap().is_empty());
    assert_eq!(env.sim.sim.requests().len(), 1);

    let status = rcctl(dir.path(), &["status", "--direct"]);
    assert_eq!(status.code, 0, "{}", status.all());
    assert!(status.stdout.contains("Via:            direct (--direct)"));
    assert!(
        status.stdout.contains("State:          Paused at "),
        "the state file's state: {}",
        status.stdout
    );
    assert_eq!(*app.statuses.lock().unwrap(), 0);
    env.runtime.block_on(server.shutdown());
}

#[test]
fn status_shows_the_apps_state_and_the_local_settings() {
    let env = SimProcessEnv::start();
    let dir = tempfile::tempdir().unwrap();
    configure(&env, dir.path());
    let app = CannedApp::new(false);
    let server = serve(&env, dir.path(), app.clone());

    let run = rcctl(dir.path(), &["status"]);
    assert_eq!(run.code, 0, "{}", run.all());
    for line in [
        "State:          Recording paused · 9:59",
        "Via:            app 7.7.7 (DEMO)",
        "Tenant:         acme01",
        "Token:          present (RCCTL_TOKEN)",
        "Live state:     connected — states confirmed by 8x8",
    ] {
        assert!(
            run.stdout.contains(line),
            "{line:?} missing:\n{}",
            run.stdout
        );
    }
    let run = rcctl(dir.path(), &["status", "--json"]);
    assert_eq!(run.code, 0, "{}", run.all());
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(v["via"], "app");
    assert_eq!(v["state"]["state"], "paused");
    assert_eq!(v["state_line"], "Recording paused · 9:59");
    // The belief says what it rests on.
    assert_eq!(v["verified"], false);
    assert_eq!(v["source"], "answer");
    assert!(
        v["since"]
            .as_str()
            .is_some_and(|s| s.ends_with('Z') && s.len() == 20),
        "{}",
        v["since"]
    );
    assert_eq!(v["app"]["demo"], true);
    assert_eq!(v["app"]["version"], "7.7.7");
    assert_eq!(v["tenant"], "acme01");
    // The event stream as the app reports it.
    assert_eq!(v["stream"], "live");
    assert_eq!(*app.statuses.lock().unwrap(), 2);
    assert!(app.requests.lock().unwrap().is_empty());
    env.runtime.block_on(server.shutdown());
}

#[test]
fn an_app_that_cannot_act_is_reported_not_bypassed() {
    let env = SimProcessEnv::start();
    let dir = tempfile::tempdir().unwrap();
    configure(&env, dir.path());
    let app = CannedApp::new(true);
    let server = serve(&env, dir.path(), app.clone());

    let run = rcctl(dir.path(), &["pause"]);
    assert_eq!(run.code, 2, "{}", run.all());
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr
            .contains("app is running but did not pause: Recording Control is not configured"),
        "{}",
        run.stderr
    );
    let run = rcctl(dir.path(), &["resume", "--json"]);
    assert_eq!(run.code, 2, "{}", run.all());
    let v: serde_json::Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(v["outcome"], "error");
    assert_eq!(v["kind"], "unavailable");
    assert_eq!(v["reason"], "not_configured", "the app's own reason: {v}");
    assert_eq!(v["via"], "app");
    assert_eq!(app.requests.lock().unwrap().len(), 2);
    assert!(env.sim.sim.requests().is_empty(), "no silent direct call");
    env.runtime.block_on(server.shutdown());
}

#[test]
fn without_an_app_everything_goes_direct_quietly() {
    let env = SimProcessEnv::start();
    let dir = tempfile::tempdir().unwrap();
    configure(&env, dir.path());
    // Once with no socket file, once with a stale one a crashed app left behind.
    for stale in [false, true] {
        if stale {
            let path = dir.path().join("rccontrol.sock");
            drop(std::os::unix::net::UnixListener::bind(&path).unwrap());
            assert!(path.exists());
        }
        let before = env.sim.sim.requests().len();
        let run = rcctl(dir.path(), &["pause"]);
        assert_eq!(run.code, 0, "{}", run.all());
        assert!(
            run.stdout.starts_with("Recording paused (HTTP 200, "),
            "{}",
            run.stdout
        );
        assert_eq!(run.stderr, "", "no noise about the socket");
        assert_eq!(env.sim.sim.requests().len(), before + 1);
        let run = rcctl(dir.path(), &["pause", "--json"]);
        let v: serde_json::Value = serde_json::from_str(run.stdout.trim()).unwrap();
        assert_eq!(v["via"], "direct");
        let status = rcctl(dir.path(), &["status"]);
        assert_eq!(status.code, 0, "{}", status.all());
        assert!(
            status
                .stdout
                .contains("Via:            direct (app not running)"),
            "{}",
            status.stdout
        );
    }
    // The audit log is rcctl's own when it goes direct.
    let audit = std::fs::read_to_string(dir.path().join("audit.jsonl")).unwrap();
    assert_eq!(audit.lines().count(), 4);
}

#[test]
fn rcctl_socket_overrides_the_path() {
    let env = SimProcessEnv::start();
    let dir = tempfile::tempdir().unwrap();
    let sock_dir = tempfile::tempdir().unwrap();
    configure(&env, dir.path());
    let app = CannedApp::real();
    // The server lives elsewhere; only RCCTL_SOCKET leads there.
    let server = serve(&env, sock_dir.path(), app.clone());
    let sock = sock_dir.path().join("rccontrol.sock");
    let out = std::process::Command::new(BIN)
        .arg("--config-dir")
        .arg(dir.path())
        .arg("pause")
        .env("RCCTL_SOCKET", &sock)
        .env("RCCTL_TOKEN", TOKEN)
        .env(
            "RCCTL_TOKEN_FOR",
            account_in(dir.path(), None).unwrap_or_default(),
        )
        .env("RCCONTROL_LANG", "en-US")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "No active call — nothing was paused (HTTP 200, 42 ms, 2 attempts)\n",
        "exactly the direct path's line"
    );
    assert_eq!(app.requests.lock().unwrap().len(), 1);
    assert!(env.sim.sim.requests().is_empty());
    env.runtime.block_on(server.shutdown());
}
