//! The settings window, tray side. The window is the Tauri binary
//! `recording-control-settings`: started on demand, gone when closed (the
//! webview costs hundreds of MB; the tray process never loads WebKit). It
//! connects back over a window session on the control socket: the page's
//! calls come in as lines and are answered by [`crate::window_api`]; state
//! changes and "come to the front" go out as events.
//!
//! Lines, settings → tray: `{"id":7,"cmd":"get_view","args":{…}}`;
//! tray → settings: `{"id":7,"ok":true,"value":…}`, `{"id":7,"ok":false,"error":{kind,message,fields}}`,
//! `{"event":"rc-state","payload":{…}}`, `{"event":"focus"}`.

use crate::app::App;
use crate::view;
use rccontrol::control_socket::{SocketAddress, WindowSession};
use rccontrol::state::now_ms;
use serde::{Deserialize, Serialize};
use std::sync::Mutex;
use std::time::{Duration, Instant};
use tokio::sync::mpsc;

/// The settings window's binary, next to the tray's.
pub const SETTINGS_BINARY: &str = "recording-control-settings";
/// Event the page listens to for state changes.
pub const STATE_EVENT: &str = "rc-state";
/// Event that brings the open window to the front.
pub const FOCUS_EVENT: &str = "focus";
/// How long a started window process may take to connect before "Settings…"
/// starts another one.
const START_GRACE: Duration = Duration::from_secs(20);

/// The settings window's process and session.
#[derive(Debug, Default)]
pub struct SettingsWindow {
    /// Where the control socket listens (the window connects there).
    pub(crate) address: Mutex<Option<SocketAddress>>,
    state: Mutex<WindowState>,
}

#[derive(Debug, Default)]
struct WindowState {
    /// A process started and not connected yet: its PID and start time.
    starting: Option<(u32, Instant)>,
    /// The open session: its number and the way to send it lines.
    session: Option<(u64, mpsc::UnboundedSender<String>)>,
    sessions: u64,
}

impl SettingsWindow {
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
                let _ = tx.send(line);
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

/// A call line from the window.
#[derive(Debug, Deserialize)]
struct Call {
    id: u64,
    cmd: String,
    #[serde(default)]
    args: serde_json::Value,
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
pub fn open_settings(app: &App) {
    let mut state = app.window.lock();
    if state.session.is_some() {
        drop(state);
        app.window.send_event(FOCUS_EVENT, None);
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
            let l = app.engine.texts().get();
            app.notifier
                .info(&rccontrol::tr!(l, "settings-window-failed"), &e);
        }
    }
}

/// Starts the window's process; its exit is reaped on a thread of its own.
fn spawn(app: &App) -> Result<u32, String> {
    if app
        .window
        .address
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .is_none()
    {
        return Err("the control socket is not running, so the window cannot connect".into());
    }
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let binary = exe.with_file_name(format!("{SETTINGS_BINARY}{}", std::env::consts::EXE_SUFFIX));
    let mut command = std::process::Command::new(&binary);
    if app.config_dir_overridden {
        command
            .arg("--config-dir")
            .arg(&app.engine.paths().config_dir);
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
            let mut state = window.window.lock();
            if state.starting.is_some_and(|(p, _)| p == pid) {
                state.starting = None;
            }
        })
        .map_err(|e| e.to_string())?;
    Ok(pid)
}

/// Serves one window session until the window closes it (or the app quits).
pub async fn serve(app: App, session: WindowSession) {
    let (mut reader, mut writer) = session.split();
    let (tx, mut rx) = mpsc::unbounded_channel::<String>();
    let number = {
        let mut state = app.window.lock();
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
    let writing = tokio::spawn(async move {
        while let Some(line) = rx.recv().await {
            if let Err(e) = writer.send(&line).await {
                tracing::debug!(error = %e, "settings window gone");
                break;
            }
        }
    });
    loop {
        let line = match reader.next().await {
            Ok(Some(line)) => line,
            Ok(None) => break,
            Err(e) => {
                tracing::warn!(error = %e, "settings window session");
                break;
            }
        };
        let call: Call = match serde_json::from_slice(&line) {
            Ok(c) => c,
            Err(e) => {
                tracing::warn!(error = %e, "malformed line from the settings window");
                continue;
            }
        };
        let app = app.clone();
        let tx = tx.clone();
        tokio::spawn(async move {
            let result = crate::window_api::call(&app, &call.cmd, call.args).await;
            let answer = match result {
                Ok(value) => Answer {
                    id: call.id,
                    ok: true,
                    value: Some(value),
                    error: None,
                },
                Err(error) => Answer {
                    id: call.id,
                    ok: false,
                    value: None,
                    error: serde_json::to_value(error).ok(),
                },
            };
            if let Ok(line) = serde_json::to_string(&answer) {
                let _ = tx.send(line);
            }
        });
    }
    {
        let mut state = app.window.lock();
        if state.session.as_ref().is_some_and(|(n, _)| *n == number) {
            state.session = None;
        }
    }
    drop(tx);
    writing.abort();
    tracing::info!(session = number, "settings window closed");
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
pub fn push_view(app: &App, full: bool) {
    if !app.window.is_open() {
        return;
    }
    let engine = &app.engine;
    let snapshot = engine.snapshot();
    let payload = StateView {
        state_line: view::state_line(&snapshot, now_ms(), &engine.texts().get()),
        icon: view::icon_name(&snapshot),
        demo: engine.is_demo(),
        full,
    };
    app.window
        .send_event(STATE_EVENT, serde_json::to_value(payload).ok());
}

/// Opens the audit log with the desktop's default application; falls back to
/// the settings window, which lists the last actions.
pub fn open_log(app: &App) {
    let path = app.engine.audit_log();
    if !path.exists() {
        let _ = std::fs::create_dir_all(path.parent().unwrap_or(&path));
        let _ = std::fs::write(&path, b"");
    }
    let opener = if cfg!(target_os = "macos") {
        std::process::Command::new("open").arg(&path).spawn()
    } else if cfg!(windows) {
        std::process::Command::new("cmd")
            .args(["/C", "start", ""])
            .arg(&path)
            .spawn()
    } else {
        std::process::Command::new("xdg-open").arg(&path).spawn()
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
