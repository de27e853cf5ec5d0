//! Helpers for the desktop end-to-end tests: the app as a real process inside
//! the session `scripts/test-session.sh` provides (Xvfb, D-Bus, gnome-keyring,
//! dunst, trayer), waited for with bounded polling and stopped by PID.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use rccontrol::{Paths, Settings, TokenStore};
use rccontrol_e2e::{SimProcessEnv, TENANT, TOKEN};
use rccontrol_testkit::{ChildGuard, Desktop, Xvfb};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

pub const APP: &str = env!("CARGO_BIN_EXE_recording-control");
/// The settings window's binary (started by the app; WebDriver starts it itself).
pub const SETTINGS_APP: &str = env!("CARGO_BIN_EXE_recording-control-settings");

/// The desktop tests share one X display, one set of global hotkeys and one
/// tray: they run one at a time.
static DESKTOP: Mutex<()> = Mutex::new(());

/// [`rccontrol_testkit::eventually`] with the bound in seconds, as these tests count.
#[track_caller]
pub fn eventually(secs: u64, what: &str, cond: impl FnMut() -> bool) {
    rccontrol_testkit::eventually(Duration::from_secs(secs), what, cond);
}

/// Takes the desktop for one test; panics with a clear message outside the test session.
pub fn desktop() -> MutexGuard<'static, ()> {
    assert!(
        std::env::var_os("DISPLAY").is_some() && std::env::var_os("RC_NOTIFY_LOG").is_some(),
        "desktop tests need the session of scripts/test-session.sh (Xvfb, dunst, trayer, keyring): run ./test"
    );
    DESKTOP.lock().unwrap_or_else(|p| p.into_inner())
}

/// A running app process, stopped by its PID when dropped (SIGTERM first:
/// the app resumes a pause on its way out).
pub struct App {
    pub child: ChildGuard,
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
            // English whatever the machine's locale, unless a test says otherwise.
            .env("RCCONTROL_LANG", "en-US")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap());
        for (k, v) in env {
            cmd.env(k, v);
        }
        // A token in the environment is bound to the account it is for, as a
        // provisioning script would bind it.
        let has = |name: &str| env.iter().any(|(k, _)| *k == name);
        if has("RCCTL_TOKEN") && !has("RCCTL_TOKEN_FOR") {
            if let Some(account) = rccontrol_e2e::account_in(dir, None) {
                cmd.env("RCCTL_TOKEN_FOR", account);
            }
        }
        let child = ChildGuard::spawn(&mut cmd).expect("the app starts");
        let app = App {
            child,
            dir: dir.to_path_buf(),
            log,
        };
        // The socket is bound first thing (the single-instance claim) and
        // served once the app is set up: an answer means hotkeys, tray and
        // engine are ready.
        let socket = dir.join("rccontrol.sock");
        eventually(60, "the app's control socket to answer", || {
            answers(&socket)
        });
        app
    }

    /// What the app wrote to stderr.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// True while the process runs.
    pub fn running(&mut self) -> bool {
        self.child.running()
    }
}

/// Whether a control socket at `path` answers a status request (bounded: 2 s).
pub fn answers(path: &Path) -> bool {
    use std::io::{BufRead, Write};
    let Ok(mut stream) = std::os::unix::net::UnixStream::connect(path) else {
        return false;
    };
    let limit = Some(Duration::from_secs(2));
    if stream.set_read_timeout(limit).is_err() || stream.set_write_timeout(limit).is_err() {
        return false;
    }
    if stream.write_all(b"{\"v\":1,\"cmd\":\"status\"}\n").is_err() {
        return false;
    }
    let mut line = String::new();
    std::io::BufReader::new(stream).read_line(&mut line).is_ok() && line.contains("\"ok\":true")
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
        &rccontrol::Policy::none(),
        &settings,
        Some(TOKEN),
    )
    .expect("settings and keychain");
}

/// A simulator and a config dir set up for it (agent [`rccontrol_e2e::EMAIL`],
/// token in the real keychain), with the hotkeys adjusted by `hotkeys`.
pub struct Setup {
    pub env: SimProcessEnv,
    pub dir: tempfile::TempDir,
}

pub fn configured(hotkeys: impl FnOnce(&mut rccontrol::hotkeys::Hotkeys)) -> Setup {
    configured_with(|s| hotkeys(&mut s.hotkeys))
}

/// Like [`configured`], with any settings adjusted by `adjust`.
pub fn configured_with(adjust: impl FnOnce(&mut Settings)) -> Setup {
    let env = SimProcessEnv::start();
    let dir = tempfile::tempdir().unwrap();
    configure(&env, dir.path(), rccontrol_e2e::EMAIL);
    let file = dir.path().join("settings.toml");
    let mut settings = Settings::load(&file).unwrap();
    adjust(&mut settings);
    settings.save(&file).unwrap();
    Setup { env, dir }
}

/// The tray icon's X window (appindicator's XEmbed fallback inside trayer).
pub fn tray_icon() -> String {
    let mut icon = String::new();
    eventually(30, "the tray icon embedded in trayer", || {
        icon = xdotool(&["search", "--class", "tray-icon tray app rccontrol"])
            .lines()
            .next()
            .unwrap_or("")
            .to_owned();
        !icon.is_empty()
    });
    icon
}

/// Clicks the tray icon and waits for its menu.
pub fn open_tray_menu(icon: &str) {
    xdotool(&["mousemove", "--window", icon, "10", "10", "click", "1"]);
    // Open, and taking keys: keys sent after this reach the menu in order,
    // with no pacing.
    eventually(10, "the tray menu to open and grab the keyboard", || {
        !xdotool(&["search", "--onlyvisible", "--class", "recording-control"]).is_empty()
            && rccontrol_testkit::keyboard_grabbed(None).expect("the X server answers")
    });
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

/// The notifications after the first `skip` up to `marker` (one that arrived
/// later: the loop shows them in order, so nothing before it is still on its way).
pub fn notifications_before(skip: usize, marker: &str) -> Vec<String> {
    notifications()
        .into_iter()
        .skip(skip)
        .take_while(|l| l != marker)
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

/// The screen of a test's own X server.
pub const SCREEN: (u16, u16) = (800, 600);

/// A second X server with no tray host on it (nor a window manager).
pub fn bare_x_server() -> Xvfb {
    Xvfb::start(SCREEN.0, SCREEN.1).expect("Xvfb")
}

/// A second X server with a window manager (openbox) on it, and no tray host.
pub fn managed_x_server() -> Desktop {
    Desktop::start(SCREEN.0, SCREEN.1).expect("Xvfb and openbox (scripts/install-deps.sh test)")
}

/// A private session bus on which nothing can be activated (no notification service).
pub fn bare_session_bus(dir: &Path) -> (ChildGuard, String) {
    let conf = dir.join("bare-bus.conf");
    std::fs::write(
        &conf,
        format!(
            r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>"#,
            dir.display()
        ),
    )
    .unwrap();
    let mut bus = ChildGuard::spawn(
        Command::new("dbus-daemon")
            .arg(format!("--config-file={}", conf.display()))
            .args(["--nofork", "--print-address=1"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null()),
    )
    .expect("dbus-daemon");
    let address = bus
        .first_line(Duration::from_secs(30))
        .expect("the bus's address");
    (bus, address)
}

/// Another X client grabbing Ctrl+Alt+P on `display`, as a conflicting app would.
/// The grab lasts as long as the returned connection.
pub fn grab_ctrl_alt_p(display: &str) -> x11rb::rust_connection::RustConnection {
    use x11rb::connection::Connection as _;
    use x11rb::protocol::xproto::{ConnectionExt as _, GrabMode, ModMask};
    let mut connected = None;
    eventually(10, "the second X server", || {
        connected = x11rb::connect(Some(display)).ok();
        connected.is_some()
    });
    let (conn, screen) = connected.unwrap();
    let setup = conn.setup();
    let root = setup.roots[screen].root;
    let (min, max) = (setup.min_keycode, setup.max_keycode);
    let map = conn
        .get_keyboard_mapping(min, max - min + 1)
        .unwrap()
        .reply()
        .unwrap();
    let per = usize::from(map.keysyms_per_keycode);
    let keycode = (0..=(max - min))
        .find(|i| map.keysyms[usize::from(*i) * per] == 0x70) // XK_p
        .map(|i| min + i)
        .expect("a keycode for p");
    conn.grab_key(
        false,
        root,
        ModMask::CONTROL | ModMask::M1,
        keycode,
        GrabMode::ASYNC,
        GrabMode::ASYNC,
    )
    .unwrap()
    .check()
    .expect("grab Ctrl+Alt+P");
    conn.flush().unwrap();
    conn
}

/// With `RC_SCREENSHOT_DIR` set, saves the X screen (optionally cropped,
/// ImageMagick geometry like `420x260+860+0`) as `NAME.png` there — how the
/// README's screenshots in docs/ are made.
pub fn screenshot(name: &str, crop: Option<&str>) {
    let Some(dir) = std::env::var_os("RC_SCREENSHOT_DIR") else {
        return;
    };
    let path = Path::new(&dir).join(format!("{name}.png"));
    let mut cmd = Command::new("import");
    cmd.args(["-window", "root"]);
    if let Some(c) = crop {
        cmd.args(["-crop", c, "+repage"]);
    }
    let ok = cmd.arg(&path).status().is_ok_and(|s| s.success());
    assert!(ok, "screenshot {}", path.display());
}

/// X windows of the settings window now shown.
pub fn settings_window_ids() -> Vec<u32> {
    xdotool(&[
        "search",
        "--onlyvisible",
        "--name",
        "Recording Control — Settings",
    ])
    .lines()
    .filter_map(|l| l.trim().parse().ok())
    .collect()
}

/// Closes a window the way a window manager's close button does (WM_DELETE_WINDOW).
pub fn close_window(id: u32) {
    use x11rb::connection::Connection as _;
    use x11rb::protocol::xproto::{ClientMessageEvent, ConnectionExt as _, EventMask};
    let (conn, _) = x11rb::connect(None).unwrap();
    let atom = |name: &str| rccontrol_testkit::atom(&conn, name).unwrap();
    let (protocols, delete) = (atom("WM_PROTOCOLS"), atom("WM_DELETE_WINDOW"));
    let ev = ClientMessageEvent::new(32, id, protocols, [delete, 0, 0, 0, 0]);
    conn.send_event(false, id, EventMask::NO_EVENT, ev).unwrap();
    conn.flush().unwrap();
}

/// A real X window with `title`, its id, and the connection that keeps it open.
pub struct TitledWindow {
    pub id: u32,
    pub conn: x11rb::rust_connection::RustConnection,
}

impl TitledWindow {
    pub fn open(display: &str, title: &str) -> Self {
        use x11rb::connection::Connection as _;
        use x11rb::protocol::xproto::{ConnectionExt as _, CreateWindowAux, WindowClass};
        let (conn, screen) = x11rb::connect(Some(display)).unwrap();
        let root = conn.setup().roots[screen].root;
        let id = conn.generate_id().unwrap();
        conn.create_window(
            0,
            id,
            root,
            10,
            10,
            300,
            120,
            0,
            WindowClass::INPUT_OUTPUT,
            0,
            &CreateWindowAux::new(),
        )
        .unwrap();
        let w = TitledWindow { id, conn };
        w.retitle(title);
        w.conn.map_window(id).unwrap();
        w.conn.flush().unwrap();
        w
    }

    pub fn retitle(&self, title: &str) {
        use x11rb::connection::Connection as _;
        use x11rb::protocol::xproto::{AtomEnum, PropMode};
        use x11rb::wrapper::ConnectionExt as _;
        let atom = |name: &str| rccontrol_testkit::atom(&self.conn, name).unwrap();
        let (net_name, utf8) = (atom("_NET_WM_NAME"), atom("UTF8_STRING"));
        self.conn
            .change_property8(PropMode::REPLACE, self.id, net_name, utf8, title.as_bytes())
            .unwrap();
        self.conn
            .change_property8(
                PropMode::REPLACE,
                self.id,
                AtomEnum::WM_NAME,
                AtomEnum::STRING,
                title.as_bytes(),
            )
            .unwrap();
        self.conn.flush().unwrap();
    }

    /// Brings the window to the front through the window manager, and waits until it is.
    pub fn activate(&self, display: &str) {
        use x11rb::connection::Connection as _;
        use x11rb::protocol::xproto::ConnectionExt as _;
        let id = self.id.to_string();
        eventually(20, "the window manager to activate the window", || {
            // Re-map in case the window manager was not ready for the first map.
            let _ = self
                .conn
                .map_window(self.id)
                .and_then(|_| self.conn.flush());
            let _ = Command::new("xdotool")
                .args(["windowactivate", &id])
                .env("DISPLAY", display)
                .stderr(Stdio::null())
                .status();
            Command::new("xprop")
                .args(["-display", display, "-root", "_NET_ACTIVE_WINDOW"])
                .output()
                .is_ok_and(|o| {
                    String::from_utf8_lossy(&o.stdout).contains(&format!("{:#x}", self.id))
                })
        });
    }
}

/// Audit-log lines of `dir` with `"trigger":"<trigger>"`.
pub fn audited(dir: &Path, trigger: &str) -> Vec<serde_json::Value> {
    std::fs::read_to_string(dir.join("audit.jsonl"))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|v| v["trigger"] == trigger)
        .collect()
}

/// Waits (bounded) until `dir`'s audit log has at least `n` lines with
/// `trigger`, and returns them: the line is written after 8x8's answer, so a
/// request seen at the simulator is not yet an audited action.
pub fn audited_at_least(dir: &Path, trigger: &str, n: usize) -> Vec<serde_json::Value> {
    eventually(
        20,
        &format!("{n} audited action(s) with trigger {trigger}"),
        || audited(dir, trigger).len() >= n,
    );
    audited(dir, trigger)
}

/// `rcctl status --json` through the app in `dir`.
pub fn status_json(dir: &Path) -> serde_json::Value {
    let run = rccontrol_e2e::run_rcctl(&rcctl_bin(), dir, &["status", "--json"], &[], "");
    assert_eq!(run.code, 0, "{}", run.all());
    serde_json::from_str(&run.stdout).unwrap()
}

/// The tray's state line as the tray last set it (from the app's log), with
/// its icon: `… [icon NAME]`.
pub fn tray_line(app: &App) -> String {
    app.log()
        .lines()
        .rev()
        .find_map(|l| l.split_once("tray line: ").map(|(_, line)| line.to_owned()))
        .unwrap_or_default()
}

/// The titles of the paused badges shown on the session's display.
pub fn badges() -> Vec<String> {
    xdotool(&["search", "--onlyvisible", "--name", "^Recording Control — "])
        .lines()
        .map(|id| xdotool(&["getwindowname", id.trim()]).trim().to_owned())
        .filter(|name| name.contains("paused"))
        .collect()
}
