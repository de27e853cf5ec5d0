//! A second real user on the machine (`nobody`, through `setpriv`; the suite
//! must run as root, as CI does) attacks the victim's control socket:
//! connecting to it, and squatting its path and lock first with a server that
//! forges answers. Each attempt is refused with a clear message, the victim's
//! `rcctl` and app keep working, and no token crosses.

#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use rccontrol::control_socket::{
    ActionReply, BindError, ControlFailure, ControlServer, ControlTarget, SocketAddress,
    StatusReply,
};
use rccontrol::{Action, BelievedState, Trigger};
use rccontrol_e2e::leak_scan::{LeakScan, Report};
use rccontrol_e2e::*;
use std::future::Future;
use std::io::{BufRead, BufReader, Write};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;
use std::pin::Pin;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_rcctl");
const NOBODY: u32 = 65534;
/// The squatter's forged state line: the victim must never print it.
const FORGED: &str = "Recording paused (forged)";
/// Helper modes of this test binary, run as `nobody`.
const SQUAT_ENV: &str = "RC_TEST_SQUAT_AT";
const POKE_ENV: &str = "RC_TEST_POKE_AT";

fn euid() -> u32 {
    std::fs::metadata("/proc/self").unwrap().uid()
}

fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// This test binary as `nobody`, running `helper` with `env`.
fn as_nobody(helper: &str, env: (&str, &Path)) -> Command {
    let mut c = Command::new("setpriv");
    c.arg(format!("--reuid={NOBODY}"))
        .arg(format!("--regid={NOBODY}"))
        .arg("--clear-groups")
        .arg(std::env::current_exe().unwrap())
        .args([helper, "--exact", "--ignored", "--nocapture"])
        .env(env.0, env.1)
        .env("HOME", "/nonexistent")
        .stdin(Stdio::null());
    c
}

/// `rcctl` as `nobody` against `socket`.
fn rcctl_as_nobody(socket: &Path, args: &[&str]) -> Run {
    let out = Command::new("setpriv")
        .arg(format!("--reuid={NOBODY}"))
        .arg(format!("--regid={NOBODY}"))
        .arg("--clear-groups")
        .arg(BIN)
        .args(args)
        .env("RCCTL_SOCKET", socket)
        .env("HOME", "/nonexistent")
        .env("RCCONTROL_LANG", "en-US")
        .env_remove("RCCTL_CONFIG_DIR")
        .env_remove("RCCTL_TOKEN")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The victim's `rcctl` (its config in `dir`, its token in the environment).
fn rcctl(dir: &Path, socket: &Path, args: &[&str]) -> Run {
    rccontrol_e2e::run_rcctl(
        Path::new(BIN),
        dir,
        args,
        &[
            ("RCCONTROL_LANG", "en-US"),
            ("RCCTL_SOCKET", socket.to_str().unwrap()),
            ("RCCTL_TOKEN", TOKEN),
        ],
        "",
    )
}

/// Polls `done` every 20 ms for up to `secs`.
fn eventually(secs: u64, what: &str, mut done: impl FnMut() -> bool) {
    let until = Instant::now() + Duration::from_secs(secs);
    while !done() {
        assert!(Instant::now() < until, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Stops a helper it started, by its own handle.
struct Helper(Child);

impl Drop for Helper {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The victim's app: counts what reaches it.
#[derive(Default)]
struct VictimApp {
    requests: Mutex<Vec<(Action, Trigger)>>,
}

impl ControlTarget for VictimApp {
    fn act(
        &self,
        action: Action,
        trigger: Trigger,
    ) -> Pin<Box<dyn Future<Output = Result<ActionReply, ControlFailure>> + Send + '_>> {
        self.requests.lock().unwrap().push((action, trigger));
        Box::pin(async { Err(ControlFailure::unavailable("not in this test")) })
    }

    fn status(&self) -> StatusReply {
        StatusReply {
            state: BelievedState::Recording { since_ms: Some(1) },
            state_line: "Recording (victim)".into(),
            demo: false,
            app_version: "1.0.0".into(),
            stream: None,
        }
    }
}

#[test]
fn another_user_can_neither_reach_nor_impersonate_the_app() {
    if euid() != 0 {
        eprintln!("skipped: needs root to run a second user (CI runs it as root)");
        return;
    }
    let env = SimProcessEnv::start();
    let dir = tempfile::tempdir().unwrap();
    let mut args = env.setup_args(EMAIL);
    args.push("--no-keychain".into());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let socket = dir.path().join("rccontrol.sock");
    let setup = rcctl(dir.path(), &socket, &args);
    assert_eq!(setup.code, 0, "{}", setup.all());
    let mut outputs = vec![("setup".to_owned(), setup.all())];

    // 1. The victim's app runs; nobody connects to its socket.
    let app = Arc::new(VictimApp::default());
    let server = env.runtime.block_on(async {
        ControlServer::bind(SocketAddress::Path(socket.clone()))
            .await
            .expect("the victim's socket binds")
            .spawn(app.clone())
    });
    let mode = std::fs::metadata(&socket).unwrap().mode() & 0o777;
    assert_eq!(mode, 0o600, "the socket is the victim's only");
    chmod(dir.path(), 0o711); // others may traverse: the socket's own mode decides
    let run = rcctl_as_nobody(&socket, &["status"]);
    assert!(
        run.all().contains("Permission denied"),
        "refused by the socket's mode: {}",
        run.all()
    );
    outputs.push(("nobody: rcctl status (0600)".into(), run.all()));
    // Even with a mode left open, the server's peer check refuses, and
    // nobody's rcctl refuses to talk to a server of another user.
    chmod(&socket, 0o666);
    let run = rcctl_as_nobody(&socket, &["pause"]);
    assert!(
        run.all().contains("served by another user") && run.all().contains("uid 0"),
        "{}",
        run.all()
    );
    outputs.push(("nobody: rcctl pause (0666)".into(), run.all()));
    let poke = as_nobody("poke_helper", (POKE_ENV, &socket))
        .output()
        .unwrap();
    let poked =
        String::from_utf8_lossy(&poke.stdout).into_owned() + &String::from_utf8_lossy(&poke.stderr);
    assert!(
        poked.contains("REPLY") && poked.contains("\"kind\":\"forbidden\""),
        "the server refuses another user's request: {poked}"
    );
    outputs.push(("nobody: a raw pause".into(), poked));
    assert!(
        app.requests.lock().unwrap().is_empty(),
        "nothing reached the app"
    );
    // The victim's rcctl still goes through its app.
    let run = rcctl(dir.path(), &socket, &["status"]);
    assert!(run.stdout.contains("Recording (victim)"), "{}", run.all());
    outputs.push(("victim: rcctl status".into(), run.all()));
    env.runtime.block_on(server.shutdown());

    // 2. nobody squats a shared folder's socket path and lock first.
    let shared = tempfile::tempdir().unwrap();
    chmod(shared.path(), 0o1777);
    let squatted = shared.path().join("rccontrol.sock");
    let log = shared.path().join("squatter.log");
    let _squatter = Helper(
        as_nobody("squat_helper", (SQUAT_ENV, &squatted))
            .stdout(Stdio::null())
            .spawn()
            .unwrap(),
    );
    eventually(20, "the squatter's socket", || log.exists());
    // The victim's rcctl never takes the forged answer, sends nothing, and
    // does the action itself.
    let run = rcctl(dir.path(), &squatted, &["status"]);
    assert!(!run.all().contains(FORGED), "{}", run.all());
    assert!(
        run.all().contains("served by another user"),
        "{}",
        run.all()
    );
    outputs.push(("victim: rcctl status (squatted)".into(), run.all()));
    let run = rcctl(dir.path(), &squatted, &["pause"]);
    assert!(!run.all().contains(FORGED), "{}", run.all());
    assert!(run.all().contains("calling 8x8 directly"), "{}", run.all());
    assert_eq!(run.code, 0, "paused directly: {}", run.all());
    assert_eq!(env.sim.sim.requests().len(), 1, "one direct pause");
    outputs.push(("victim: rcctl pause (squatted)".into(), run.all()));
    // The victim's app refuses the squatted path and says whose it is.
    let bound = env
        .runtime
        .block_on(ControlServer::bind(SocketAddress::Path(squatted.clone())));
    match bound {
        Err(e @ BindError::OtherUser { .. }) => {
            assert!(e.to_string().contains("another user"), "{e}");
            outputs.push(("victim: app bind (squatted)".into(), e.to_string()));
        }
        other => panic!("the app must refuse a squatted socket: {other:?}"),
    }
    // The squatter received nothing: no request, no token.
    let received = std::fs::read_to_string(&log).unwrap();
    assert!(!received.contains("LINE"), "nothing sent: {received}");
    let scan = LeakScan::for_token(TENANT, TOKEN);
    let mut report = Report::default();
    scan.scan_dir(shared.path(), &mut report);
    for (name, text) in &outputs {
        scan.scan_text(name, text, &mut report);
    }
    report.assert_clean();
}

/// Helper (as `nobody`): a squatter at `$RC_TEST_SQUAT_AT`, holding the lock
/// and answering every line with a forged "paused"; logs what it receives
/// next to it. Runs until killed.
#[test]
#[ignore = "a helper process of another_user_can_neither_reach_nor_impersonate_the_app"]
fn squat_helper() {
    let Some(path) = std::env::var_os(SQUAT_ENV) else {
        return;
    };
    let path = std::path::PathBuf::from(path);
    let mut lock = path.as_os_str().to_owned();
    lock.push(".lock");
    std::fs::write(&lock, b"").unwrap();
    let listener = std::os::unix::net::UnixListener::bind(&path).unwrap();
    chmod(&path, 0o777);
    let log = path.with_file_name("squatter.log");
    std::fs::write(&log, b"ready\n").unwrap();
    for conn in listener.incoming() {
        let Ok(conn) = conn else { continue };
        let log = log.clone();
        std::thread::spawn(move || {
            let mut writer = conn.try_clone().unwrap();
            for line in BufReader::new(conn).lines() {
                let Ok(line) = line else { break };
                let mut f = std::fs::OpenOptions::new().append(true).open(&log).unwrap();
                writeln!(f, "LINE {line}").unwrap();
                let forged = serde_json::json!({
                    "v": 1, "ok": true, "state": {"state": "paused", "since_ms": 1},
                    "state_line": FORGED, "demo": false, "app_version": "9.9.9",
                });
                if writeln!(writer, "{forged}").is_err() {
                    break;
                }
            }
        });
    }
}

/// Helper (as `nobody`): one raw `pause` line to `$RC_TEST_POKE_AT`; prints
/// the reply.
#[test]
#[ignore = "a helper process of another_user_can_neither_reach_nor_impersonate_the_app"]
fn poke_helper() {
    let Some(path) = std::env::var_os(POKE_ENV) else {
        return;
    };
    let mut conn = std::os::unix::net::UnixStream::connect(path).unwrap();
    conn.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    // The refusal may come (and the connection close) before the write.
    let _ = conn.write_all(b"{\"v\":1,\"cmd\":\"pause\"}\n");
    let mut reply = String::new();
    let _ = BufReader::new(conn).read_line(&mut reply);
    println!("REPLY {reply}");
}
