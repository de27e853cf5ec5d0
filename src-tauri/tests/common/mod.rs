//! Helpers for the desktop end-to-end tests: the app as a real process inside
//! the session `scripts/test-session.sh` provides (Xvfb, D-Bus, gnome-keyring,
//! dunst, trayer), waited for with bounded polling and stopped by PID.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use rccontrol::{Paths, Settings, TokenStore};
use rccontrol_e2e::{SimProcessEnv, TENANT, TOKEN, wait_until};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

pub const APP: &str = env!("CARGO_BIN_EXE_recording-control");

/// The desktop tests share one X display, one set of global hotkeys and one
/// tray: they run one at a time.
static DESKTOP: Mutex<()> = Mutex::new(());

/// Takes the desktop for one test; panics with a clear message outside the test session.
pub fn desktop() -> MutexGuard<'static, ()> {
    assert!(
        std::env::var_os("DISPLAY").is_some() && std::env::var_os("RC_NOTIFY_LOG").is_some(),
        "desktop tests need the session of scripts/test-session.sh (Xvfb, dunst, trayer, keyring): run ./test"
    );
    DESKTOP.lock().unwrap_or_else(|p| p.into_inner())
}

/// Waits up to `secs` for `cond`, panicking with `what` if it never holds.
pub fn eventually(secs: u64, what: &str, cond: impl FnMut() -> bool) {
    assert!(
        wait_until(Duration::from_secs(secs), cond),
        "timed out waiting for: {what}"
    );
}

/// A running app process.
pub struct App {
    pub child: Child,
    pub dir: PathBuf,
    pub log: PathBuf,
}

impl App {
    /// Starts the app with `--config-dir dir` plus `args`, and waits for its control socket.
    pub fn start(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> App {
        let log = dir.join(format!("app-{}.log", std::process::id()));
        let mut cmd = Command::new(APP);
        cmd.arg("--config-dir")
            .arg(dir)
            .args(args)
            .env_remove("RCCTL_TOKEN")
            .env_remove("RCCTL_SOCKET")
            .env("RCCTL_LOG", "info,recording_control=debug")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = cmd.spawn().expect("the app starts");
        let app = App {
            child,
            dir: dir.to_path_buf(),
            log,
        };
        let socket = dir.join("rccontrol.sock");
        eventually(60, "the app's control socket", || socket.exists());
        app
    }

    /// What the app wrote to stderr.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// True while the process runs.
    pub fn running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }
}

impl Drop for App {
    fn drop(&mut self) {
        let pid = self.child.id().to_string();
        let _ = Command::new("kill").arg("-TERM").arg(&pid).status();
        if !wait_until(Duration::from_secs(5), || {
            !matches!(self.child.try_wait(), Ok(None))
        }) {
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
    }
}

/// Configures `dir` for the simulator, with the token in the real keychain.
pub fn configure(env: &SimProcessEnv, dir: &Path, email: &str) {
    let settings = Settings {
        cluster: Some(env.sim.sim.base_url()),
        tenant: Some(TENANT.into()),
        email: Some(email.into()),
        ca_file: Some(env.sim.ca_file()),
        allow_custom_host: true,
        ..Settings::default()
    };
    rccontrol::configure::apply(
        &Paths::in_dir(dir),
        &TokenStore::keychain(),
        &settings,
        Some(TOKEN),
    )
    .expect("settings and keychain");
}

/// Lines the notification daemon received so far.
pub fn notifications() -> Vec<String> {
    let path = std::env::var_os("RC_NOTIFY_LOG").expect("RC_NOTIFY_LOG");
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(str::to_owned)
        .collect()
}

/// Waits until a notification whose summary is `summary` arrives after the first `skip` lines.
pub fn expect_notification(skip: usize, summary: &str) -> String {
    let mut found = String::new();
    eventually(20, &format!("notification {summary:?}"), || {
        if let Some(line) = notifications()
            .into_iter()
            .skip(skip)
            .find(|l| l.split('\t').nth(1) == Some(summary))
        {
            found = line;
            true
        } else {
            false
        }
    });
    found
}

/// Runs xdotool.
pub fn xdotool(args: &[&str]) -> String {
    let out = Command::new("xdotool")
        .args(args)
        .output()
        .expect("xdotool");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The rcctl binary next to this test's target directory (built by `cargo test --workspace`).
pub fn rcctl_bin() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let bin = exe.parent().and_then(Path::parent).unwrap().join("rcctl");
    assert!(
        bin.exists(),
        "{} missing: run the tests with `cargo test --workspace` (./test)",
        bin.display()
    );
    bin
}

/// Requests at the simulator whose path contains `needle`.
pub fn requests_with(env: &SimProcessEnv, needle: &str) -> usize {
    env.sim
        .sim
        .requests()
        .iter()
        .filter(|r| r.raw_path.contains(needle))
        .count()
}
