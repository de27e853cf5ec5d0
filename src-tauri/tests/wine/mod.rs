//! Helpers for the Wine tests: the Windows binaries run by Wine's loader in the
//! prefix `scripts/wine-session.sh` made, paths turned into Windows paths, the
//! registry read with Wine's `reg.exe`, processes stopped by PID.
#![allow(dead_code)]

use rccontrol_e2e::{EMAIL, Run, SimProcessEnv, TENANT};
use rccontrol_sim::AgentRef;
use rccontrol_testkit::{ChildGuard, wait_until};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

/// The Wine tests share one prefix, one desktop, one tray and the per-user
/// named pipe: they run one at a time.
static LANE: Mutex<()> = Mutex::new(());

/// Takes the Wine prefix for one test; panics with a clear message outside the lane.
pub fn lane() -> MutexGuard<'static, ()> {
    for var in ["RC_WINDOWS_BINS", "WINE", "WINEPREFIX", "DISPLAY"] {
        assert!(
            std::env::var_os(var).is_some(),
            "{var} is unset: the Wine tests run in the Windows lane (scripts/windows-lane.sh)"
        );
    }
    LANE.lock().unwrap_or_else(|p| p.into_inner())
}

/// One Wine test's world: a simulator (the test scenario, real TLS) and a
/// config dir, with the lane held until it is dropped.
pub struct Setup {
    pub env: SimProcessEnv,
    pub dir: tempfile::TempDir,
    // Dropped last: the next test waits until this one's processes are gone.
    _lane: MutexGuard<'static, ()>,
}

impl Setup {
    /// The lane, a simulator and an empty config dir.
    pub fn new() -> Setup {
        let lane = lane();
        Setup {
            env: SimProcessEnv::start(),
            dir: tempfile::tempdir().unwrap(),
            _lane: lane,
        }
    }

    /// Like [`Setup::new`], configured with `rcctl.exe setup` (the token in
    /// Credential Manager).
    pub fn configured() -> Setup {
        let setup = Setup::new();
        configure(&setup.env, setup.cfg());
        setup
    }

    /// The config dir.
    pub fn cfg(&self) -> &Path {
        self.dir.path()
    }

    /// Whether the simulator has the test agent's recording paused.
    pub fn paused(&self) -> bool {
        self.env
            .sim
            .sim
            .agent(TENANT, AgentRef::Email(EMAIL))
            .unwrap()
            .paused
    }
}

/// A Windows binary of the lane's build.
pub fn exe(name: &str) -> PathBuf {
    let path =
        PathBuf::from(std::env::var_os("RC_WINDOWS_BINS").unwrap()).join(format!("{name}.exe"));
    assert!(
        path.exists(),
        "{} missing: scripts/windows-lane.sh builds it",
        path.display()
    );
    path
}

/// The Wine prefix's `C:` drive on the Linux side.
pub fn drive_c() -> PathBuf {
    PathBuf::from(std::env::var_os("WINEPREFIX").unwrap()).join("drive_c")
}

/// A Linux path as the Windows programs see it (Wine's `Z:` drive is `/`).
pub fn win_path(path: &Path) -> String {
    format!("Z:{}", path.display().to_string().replace('/', "\\"))
}

/// A command that runs `program` (a Windows binary or a Wine built-in such as
/// `reg`) under Wine, in English, with none of the caller's rcctl variables.
pub fn wine(program: impl AsRef<std::ffi::OsStr>) -> Command {
    let mut cmd = Command::new(std::env::var_os("WINE").unwrap());
    cmd.arg(program)
        .env_remove("RCCTL_TOKEN")
        .env_remove("RCCTL_CONFIG_DIR")
        .env_remove("RCCTL_SOCKET")
        .env_remove("RCCONTROL_MANAGED_FILE")
        .env_remove("RCCONTROL_MANAGED_TRUSTED_DIR")
        .env("RCCONTROL_LANG", "en-US");
    cmd
}

/// Runs `cmd` to the end with `stdin`, bounded: killed after 60 s.
pub fn finish(mut cmd: Command, stdin: &str) -> Run {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("wine starts");
    if let Some(mut input) = child.stdin.take() {
        let _ = input.write_all(stdin.as_bytes());
    }
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    let out = match rx.recv_timeout(Duration::from_secs(60)) {
        Ok(out) => out.expect("wine finishes"),
        Err(_) => {
            let _ = Command::new("kill")
                .arg("-KILL")
                .arg(pid.to_string())
                .status();
            panic!("{cmd:?} did not finish within 60 s");
        }
    };
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n"),
        stderr: String::from_utf8_lossy(&out.stderr).replace("\r\n", "\n"),
    }
}

/// `rcctl.exe --config-dir DIR ARGS…` with `stdin`.
pub fn rcctl(dir: &Path, args: &[&str], stdin: &str) -> Run {
    let mut cmd = wine(exe("rcctl"));
    cmd.arg("--config-dir").arg(win_path(dir)).args(args);
    finish(cmd, stdin)
}

/// `rcctl setup` arguments for the simulator, as Windows paths.
pub fn setup_args(env: &SimProcessEnv) -> Vec<String> {
    env.setup_args_with_ca(EMAIL, &win_path(&env.sim.ca_file()))
}

/// `rcctl.exe setup` for the simulator, the token from stdin into Credential Manager.
pub fn configure(env: &SimProcessEnv, dir: &Path) {
    let args = setup_args(env);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let run = rcctl(dir, &args, rccontrol_e2e::TOKEN);
    assert_eq!(run.code, 0, "{}", run.all());
}

/// `reg query KEY` under Wine: the key's text, or `None` when it does not exist.
pub fn reg_query(key: &str) -> Option<String> {
    let mut cmd = wine("reg");
    cmd.args(["query", key, "/s"]);
    let run = finish(cmd, "");
    (run.code == 0).then_some(run.stdout)
}

/// Credential Manager's entries for this simulator's tenant and host (Wine
/// keeps them in the registry), one key name each.
pub fn credentials(env: &SimProcessEnv) -> Vec<String> {
    let url = env.sim.sim.base_url();
    let host = url.trim_start_matches("https://").trim_end_matches('/');
    let account = format!("{TENANT}@{host}");
    reg_query(r"HKCU\Software\Wine\Credential Manager")
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("HKEY_CURRENT_USER\\Software\\Wine\\Credential Manager\\"))
        .filter(|l| l.contains(&account))
        .map(str::to_owned)
        .collect()
}

/// A Windows program running under Wine, stopped by its PID when dropped.
pub struct WineProcess {
    pub child: ChildGuard,
    pub log: PathBuf,
}

impl WineProcess {
    /// Starts `cmd` with stdout and stderr into `log`.
    pub fn start(mut cmd: Command, log: PathBuf) -> Self {
        let file = std::fs::File::create(&log).unwrap();
        let child = ChildGuard::spawn(
            cmd.stdin(Stdio::null())
                .stdout(file.try_clone().unwrap())
                .stderr(file),
        )
        .expect("wine starts");
        WineProcess { child, log }
    }

    /// What it wrote so far.
    pub fn output(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Waits up to `secs` for it to exit; its exit code, if it did.
    pub fn exited_within(&mut self, secs: u64) -> Option<i32> {
        self.child
            .exited_within(Duration::from_secs(secs))
            .map(|status| status.code().unwrap_or(-1))
    }
}

/// The tray app (`recording-control.exe --config-dir DIR`) under Wine.
pub struct TrayApp {
    pub process: WineProcess,
    pub dir: PathBuf,
}

/// The command line of the tray app for `dir`, with debug logging.
pub fn app_command(dir: &Path) -> Command {
    let mut cmd = wine(exe("recording-control"));
    cmd.arg("--config-dir")
        .arg(win_path(dir))
        .env("RCCTL_LOG", "info,recording_control=debug");
    cmd
}

impl TrayApp {
    /// Starts the app and waits (bounded) until `rcctl.exe` reaches it
    /// through the named pipe.
    pub fn start(dir: &Path) -> TrayApp {
        let process = WineProcess::start(app_command(dir), dir.join("app-stderr.log"));
        let mut app = TrayApp {
            process,
            dir: dir.to_path_buf(),
        };
        let mut last = String::new();
        let up = wait_until(Duration::from_secs(90), || {
            if !app.running() {
                return true;
            }
            let run = rcctl(dir, &["status", "--json"], "");
            last = run.all();
            run.stdout.contains("\"via\":\"app\"")
        });
        assert!(
            up && app.running(),
            "the app did not answer on its named pipe: {last}\n{}",
            app.output()
        );
        app
    }

    /// True while the process runs.
    pub fn running(&mut self) -> bool {
        self.process.child.running()
    }

    /// What it wrote to stderr.
    pub fn output(&self) -> String {
        self.process.output()
    }

    /// Every file in its log folder (`{config dir}/logs`).
    pub fn log_files(&self) -> Vec<PathBuf> {
        rccontrol_e2e::files_under(&self.dir.join("logs"))
    }

    /// Its log file, `{config dir}\logs\recording-control.log`: a release
    /// build has no console on Windows.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("logs/recording-control.log")).unwrap_or_default()
    }
}

/// The managed configuration where Windows keeps it
/// (`%ProgramData%\rccontrol\managed.toml`), removed when dropped.
pub struct ManagedFile(PathBuf);

impl ManagedFile {
    /// Writes `toml` as the machine's managed configuration.
    pub fn write(toml: &str) -> ManagedFile {
        let path = drive_c().join("ProgramData/rccontrol/managed.toml");
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, toml).unwrap();
        ManagedFile(path)
    }
}

impl Drop for ManagedFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// The app's tray icon: the window Wine's explorer.exe docks into the XEmbed
/// tray (trayer's panel) for it. Waits for it (bounded).
pub fn wine_tray_icon() -> String {
    let mut icon = None;
    let found = wait_until(Duration::from_secs(30), || {
        icon = docked_wine_window();
        icon.is_some()
    });
    assert!(found, "no Wine tray icon in trayer:\n{}", xwininfo_tree());
    icon.unwrap()
}

fn xwininfo_tree() -> String {
    let out = Command::new("xwininfo")
        .args(["-root", "-tree"])
        .output()
        .expect("xwininfo");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The first explorer.exe window below trayer's panel in the window tree.
fn docked_wine_window() -> Option<String> {
    let tree = xwininfo_tree();
    let indent = |l: &str| l.len() - l.trim_start().len();
    let mut panel: Option<usize> = None;
    for line in tree.lines() {
        if line.contains("(\"panel\" \"trayer\")") {
            panel = Some(indent(line));
            continue;
        }
        match panel {
            Some(depth) if indent(line) <= depth && line.trim_start().starts_with("0x") => {
                panel = None;
            }
            Some(_) if line.contains("(\"explorer.exe\" \"explorer.exe\")") => {
                return line.split_whitespace().next().map(str::to_owned);
            }
            _ => {}
        }
    }
    None
}

/// Moves the pointer over `window` (or the bare root window, for `None`): with
/// no window manager, the X keyboard focus follows the pointer.
pub fn point_at(window: Option<&str>) {
    let args: Vec<&str> = match window {
        Some(w) => vec!["mousemove", "--window", w, "5", "5"],
        None => vec!["mousemove", "640", "700"],
    };
    let status = Command::new("xdotool")
        .args(&args)
        .status()
        .expect("xdotool");
    assert!(status.success());
}

/// Presses `keys` (xdotool syntax) through XTEST.
pub fn press(keys: &str) {
    let status = Command::new("xdotool")
        .args(["key", keys])
        .status()
        .expect("xdotool");
    assert!(status.success());
}
