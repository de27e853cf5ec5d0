//! The settings window, tray side. The window is the Tauri binary
//! `recording-control-settings`: started on demand, gone when closed (the
//! webview costs hundreds of MB; the tray process never loads WebKit). It
//! connects back over a window session on the control socket: the page's
//! calls come in as lines, are parsed into [`WindowCall`]s and answered by
//! [`calls`]; state changes and "come to the front" go out as
//! events.
//!
//! Lines, settings → tray: `{"id":7,"cmd":"get_view","args":{…}}`;
//! tray → settings: `{"id":7,"ok":true,"value":…}`, `{"id":7,"ok":false,"error":{kind,message,fields}}`,
//! `{"event":"rc-state","payload":{…}}`, `{"event":"focus"}`.

pub mod calls;
mod live;

use crate::engine::Engine;
use crate::environment::Environment;
use crate::error::{AppError, UiError};
use crate::press::Press;
use crate::status::{ForegroundStatus, HotkeyStatus, PortalStatus};
use crate::view;
use calls::WindowCall;
use rccontrol::control_socket::{Outbox, SocketAddress, WindowLimits, WindowSession};
use rccontrol::state::now_ms;
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// What the settings window needs from the rest of the tray process. The
/// composition root implements it, so this output imports no input and no
/// other output: the statuses of the inputs arrive as plain values.
pub trait WindowHost: Send + Sync + 'static {
    /// The engine: mode, settings, texts, audit log.
    fn engine(&self) -> &Arc<Engine>;
    /// The one way to ask for an action (the window's Pause, Resume, Check).
    fn press(&self) -> &Press;
    /// The async runtime.
    fn rt(&self) -> &tokio::runtime::Handle;
    /// This window's own state (its process, its session).
    fn window(&self) -> &SettingsWindow;
    /// Whether `--config-dir` was given (the window is started with it).
    fn config_dir_overridden(&self) -> bool;
    /// What the desktop session offers.
    fn environment(&self) -> &Environment;
    /// Tells the agent (a notification).
    fn notice(&self, title: &str, body: &str);
    /// Redraws the tray and the badge.
    fn refresh(&self);
    /// Each hotkey binding and whether it works.
    fn hotkey_status(&self) -> Vec<HotkeyStatus>;
    /// Releases the global hotkeys while the page records a binding (or
    /// takes them back); their statuses after.
    fn suspend_hotkeys(&self, suspended: bool) -> Vec<HotkeyStatus>;
    /// The Wayland shortcut portal's binding.
    fn portal_status(&self) -> PortalStatus;
    /// The auto-pause rules' watcher.
    fn foreground_status(&self) -> ForegroundStatus;
    /// The titles of the windows open now (the rules preview).
    fn window_titles(&self) -> Result<Vec<String>, String>;
    /// Brings the inputs in line with the saved settings.
    fn reconfigure(&self, links_were: bool);
}

/// The settings window's host, shared with its threads.
pub type Host = Arc<dyn WindowHost>;

/// The settings window's binary, next to the tray's.
pub const SETTINGS_BINARY: &str = "recording-control-settings";
/// Event the page listens to for state changes.
pub const STATE_EVENT: &str = "rc-state";
/// Event that brings the open window to the front.
pub const FOCUS_EVENT: &str = "focus";
/// The settings window's exit code when it is of another version than the
/// running app (an update was installed while the app ran).
pub const VERSION_MISMATCH: i32 = 3;
/// How long a started window process may take to connect before "Settings…"
/// starts another one.
const START_GRACE: Duration = Duration::from_secs(20);

/// The settings window's process and session.
#[derive(Debug, Default)]
pub struct SettingsWindow {
    /// Where the control socket listens (the window connects there).
    address: Mutex<Option<SocketAddress>>,
    state: Mutex<WindowState>,
}

#[derive(Debug, Default)]
struct WindowState {
    /// A process started and not connected yet: its PID and start time.
    starting: Option<(u32, Instant)>,
    /// The open session: its number and the way to send it lines.
    session: Option<(u64, Outbox)>,
    sessions: u64,
    /// The page has released the hotkeys to record a binding.
    hotkeys_suspended: bool,
}

impl SettingsWindow {
    /// Where the control socket listens (`None`: it could not be bound, and
    /// the window cannot be opened).
    pub fn set_address(&self, address: Option<SocketAddress>) {
        *self.address.lock().unwrap_or_else(|p| p.into_inner()) = address;
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, WindowState> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Whether a window is connected.
    pub fn is_open(&self) -> bool {
        self.lock().session.is_some()
    }

    /// Sends an event to the open window (nothing when none is open).
    fn send_event(&self, name: &str, payload: Option<serde_json::Value>) {
        let state = self.lock();
        if let Some((_, tx)) = &state.session {
            let line = Event {
                event: name,
                payload,
            };
            if let Ok(line) = serde_json::to_string(&line) {
                tx.send(line);
            }
        }
    }
}

/// An event line to the window.
#[derive(Debug, Serialize)]
struct Event<'a> {
    event: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    payload: Option<serde_json::Value>,
}

/// A call line from the window; its `cmd` and `args` become a [`WindowCall`].
#[derive(Deserialize)]
struct CallLine {
    id: u64,
    cmd: String,
    #[serde(default)]
    args: serde_json::Value,
}

/// Without the arguments: `save_settings` carries the token.
impl std::fmt::Debug for CallLine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CallLine")
            .field("id", &self.id)
            .field("cmd", &self.cmd)
            .finish_non_exhaustive()
    }
}

/// An answer line to the window.
#[derive(Debug, Serialize)]
struct Answer {
    id: u64,
    ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<serde_json::Value>,
}

/// Opens the settings window, or brings the open one to the front.
pub fn open_settings(app: &Host) {
    let mut state = app.window().lock();
    if state.session.is_some() {
        drop(state);
        app.window().send_event(FOCUS_EVENT, None);
        return;
    }
    if let Some((pid, at)) = state.starting {
        if at.elapsed() < START_GRACE {
            tracing::debug!(pid, "the settings window is starting");
            return;
        }
    }
    match spawn(app) {
        Ok(pid) => {
            tracing::info!(pid, "settings window started");
            state.starting = Some((pid, Instant::now()));
        }
        Err(e) => {
            drop(state);
            tracing::warn!(error = %e, "settings window failed");
            let l = app.engine().texts().get();
            app.notice(&rccontrol::tr!(l, "settings-window-failed"), &e);
        }
    }
}

/// Starts the window's process; its exit is reaped on a thread of its own.
fn spawn(app: &Host) -> Result<u32, String> {
    if app
        .window()
        .address
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .is_none()
    {
        return Err("the control socket is not running, so the window cannot connect".into());
    }
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let binary = exe.with_file_name(binary_name());
    let mut command = rccontrol::secret::child_command(&binary);
    if app.config_dir_overridden() {
        command
            .arg("--config-dir")
            .arg(&app.engine().paths().config_dir);
    }
    let mut child = command
        .spawn()
        .map_err(|e| format!("{}: {e}", binary.display()))?;
    let pid = child.id();
    let window = app.clone();
    std::thread::Builder::new()
        .name("settings-window".into())
        .spawn(move || {
            let status = child.wait();
            tracing::info!(pid, ?status, "settings window process ended");
            let never_opened = {
                let mut state = window.window().lock();
                let never_opened = state.starting.is_some_and(|(p, _)| p == pid);
                if never_opened {
                    state.starting = None;
                }
                never_opened
            };
            // Ended before it connected: "Settings…" must not just do nothing.
            if never_opened && !status.as_ref().is_ok_and(std::process::ExitStatus::success) {
                let l = window.engine().texts().get();
                let detail = match &status {
                    Ok(s) if s.code() == Some(VERSION_MISMATCH) => {
                        rccontrol::tr!(l, "settings-window-restart")
                    }
                    Ok(s) => format!("{}: {s}", binary_name()),
                    Err(e) => format!("{}: {e}", binary_name()),
                };
                window.notice(&rccontrol::tr!(l, "settings-window-failed"), &detail);
            }
        })
        .map_err(|e| e.to_string())?;
    Ok(pid)
}

/// The settings window's file name on this platform.
fn binary_name() -> String {
    format!("{SETTINGS_BINARY}{}", std::env::consts::EXE_SUFFIX)
}

/// Serves one window session until the window closes it, falls silent for
/// 10 minutes, stops reading, or the app quits ([`WindowLimits::APP`]; the
/// socket serves one session at a time). The page's calls run on the
/// blocking pool (they read the keychain and files, talk to X11, run
/// `xdg-mime`), never on the runtime's workers that carry the presses; at
/// most 8 at once.
pub async fn serve(app: Host, session: WindowSession) {
    let (tx, mut incoming) = session.start(WindowLimits::APP);
    let number = {
        let mut state = app.window().lock();
        state.sessions += 1;
        state.starting = None;
        let number = state.sessions;
        if let Some((old, _)) = state.session.replace((number, tx.clone())) {
            tracing::warn!(
                old,
                "a second settings window connected; the first stops getting events"
            );
        }
        number
    };
    tracing::info!(session = number, "settings window connected");
    // Ends the session however this future ends (closed, failed, or dropped
    // when the app quits).
    let _ended = SessionEnd {
        app: app.clone(),
        number,
    };
    while let Some(received) = incoming.next().await {
        let line: CallLine = match serde_json::from_slice(&received.line) {
            Ok(c) => c,
            Err(e) => {
                tracing::warn!(error = %e, "malformed line from the settings window");
                continue;
            }
        };
        let (id, call) = (line.id, WindowCall::parse(&line.cmd, line.args));
        if let Err(e) = &call {
            tracing::warn!(id, error = %e, "refused a call from the settings window");
        }
        let (app, tx, rt) = (app.clone(), tx.clone(), app.rt().clone());
        // The call's share of the limit is held until it is answered.
        let permit = received.permit;
        tokio::task::spawn_blocking(move || {
            let l = app.engine().texts().get();
            let result = match call {
                Ok(call) => rt.block_on(calls::call(&app, call)),
                Err(e) => Err(e.for_ui(&l)),
            };
            tx.send(answer_line(id, result, &l));
            drop(permit);
        });
    }
}

/// Clears the session from the app's state when it ends; restores hotkeys a
/// recording page had released.
struct SessionEnd {
    app: Host,
    number: u64,
}

impl Drop for SessionEnd {
    fn drop(&mut self) {
        let restore = {
            let mut state = self.app.window().lock();
            if state
                .session
                .as_ref()
                .is_some_and(|(n, _)| *n == self.number)
            {
                state.session = None;
            }
            std::mem::take(&mut state.hotkeys_suspended)
        };
        if restore {
            tracing::info!("the window closed while recording a binding: hotkeys back");
            let links = self.app.engine().safety().deep_link;
            self.app.reconfigure(links);
        }
        tracing::info!(session = self.number, "settings window closed");
    }
}

/// The answer line to call `id`; an answer too large for a session line
/// becomes an error the page can show.
fn answer_line(
    id: u64,
    result: Result<serde_json::Value, UiError>,
    l: &rccontrol::Localizer,
) -> String {
    let answer = match result {
        Ok(value) => Answer {
            id,
            ok: true,
            value: Some(value),
            error: None,
        },
        Err(error) => Answer {
            id,
            ok: false,
            value: None,
            error: serde_json::to_value(error).ok(),
        },
    };
    let line = serde_json::to_string(&answer).unwrap_or_default();
    if line.len() <= rccontrol::control_socket::window_session::MAX_WINDOW_BYTES {
        return line;
    }
    tracing::warn!(
        id,
        bytes = line.len(),
        "answer too large for the settings window"
    );
    let too_large = Answer {
        id,
        ok: false,
        value: None,
        error: serde_json::to_value(AppError::TooLarge.for_ui(l)).ok(),
    };
    serde_json::to_string(&too_large).unwrap_or_default()
}

impl SettingsWindow {
    /// While the page records a binding, the hotkeys are released; remembered
    /// so that a window closed meanwhile gives them back.
    pub fn set_hotkeys_suspended(&self, suspended: bool) {
        self.lock().hotkeys_suspended = suspended;
    }
}

/// The small, cheap part of the view pushed on every change.
#[derive(Debug, Clone, Serialize)]
pub struct StateView {
    /// The tray's state line.
    pub state_line: String,
    /// The tray icon name.
    pub icon: &'static str,
    /// Demo mode.
    pub demo: bool,
    /// Something besides the clock changed: the page reloads the whole view.
    pub full: bool,
}

/// Pushes the state to an open settings window (nothing when closed);
/// `full` when more than the elapsed time changed.
pub fn push_view(app: &Host, full: bool) {
    if !app.window().is_open() {
        return;
    }
    let engine = &app.engine();
    let snapshot = engine.snapshot();
    let payload = StateView {
        state_line: view::state_line(&snapshot, now_ms(), &engine.texts().get()),
        icon: view::icon_name(&snapshot),
        demo: engine.is_demo(),
        full,
    };
    app.window()
        .send_event(STATE_EVENT, serde_json::to_value(payload).ok());
}

/// Opens the tray process's log file ([`crate::log_file::tray_log`]) with the
/// desktop's default application; falls back to the settings window. (The
/// actions sent are in the audit log: the settings window lists the last
/// ones, `rcctl log` all of them.)
pub fn open_log(app: &Host) {
    let path = crate::log_file::tray_log(app.engine().paths());
    if !path.exists() {
        let _ = std::fs::create_dir_all(path.parent().unwrap_or(&path));
        let _ = std::fs::write(&path, b"");
    }
    let opener = if cfg!(target_os = "macos") {
        rccontrol::secret::child_command("open").arg(&path).spawn()
    } else if cfg!(windows) {
        rccontrol::secret::child_command("cmd")
            .args(["/C", "start", ""])
            .arg(&path)
            .spawn()
    } else {
        rccontrol::secret::child_command("xdg-open")
            .arg(&path)
            .spawn()
    };
    match opener {
        Ok(mut child) => {
            std::thread::spawn(move || {
                let _ = child.wait();
            });
        }
        Err(e) => {
            tracing::warn!(error = %e, path = %path.display(), "no opener for the log");
            open_settings(app);
        }
    }
}
