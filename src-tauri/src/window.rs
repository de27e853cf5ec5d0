//! The settings window: created on demand, destroyed when closed (the webview
//! costs hundreds of MB; the idle tray must not hold it).

use crate::engine::Engine;
use crate::error::AppError;
use crate::view;
use rccontrol::state::now_ms;
use rccontrol::tr;
use serde::Serialize;
use std::sync::Arc;
use tauri::{AppHandle, Emitter, Manager, WebviewUrl, WebviewWindowBuilder};

/// Window label (also its capability's scope).
pub const SETTINGS: &str = "settings";
/// Event the page listens to for state changes.
pub const STATE_EVENT: &str = "rc-state";

/// Opens the settings window, or brings the open one to the front.
pub fn open_settings(app: &AppHandle) -> Result<(), AppError> {
    if let Some(w) = app.get_webview_window(SETTINGS) {
        let _ = w.unminimize();
        w.show()?;
        w.set_focus()?;
        return Ok(());
    }
    WebviewWindowBuilder::new(app, SETTINGS, WebviewUrl::App("index.html".into()))
        .title(tr!(
            app.state::<std::sync::Arc<crate::engine::Engine>>()
                .texts()
                .get(),
            "window-title"
        ))
        .inner_size(620.0, 820.0)
        .min_inner_size(420.0, 480.0)
        .build()?;
    Ok(())
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
pub fn push_view(app: &AppHandle, full: bool) {
    if app.get_webview_window(SETTINGS).is_none() {
        return;
    }
    let engine = app.state::<Arc<Engine>>();
    let snapshot = engine.snapshot();
    let payload = StateView {
        state_line: view::state_line(&snapshot, now_ms(), &engine.texts().get()),
        icon: view::icon_name(&snapshot),
        demo: engine.is_demo(),
        full,
    };
    let _ = app.emit_to(SETTINGS, STATE_EVENT, payload);
}

/// Opens the audit log with the desktop's default application; falls back to
/// the settings window, which lists the last actions.
pub fn open_log(app: &AppHandle) {
    let path = app.state::<Arc<Engine>>().audit_log();
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
            let _ = open_settings(app);
        }
    }
}
