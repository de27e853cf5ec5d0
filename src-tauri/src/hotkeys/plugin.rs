//! Global hotkeys on Windows and macOS through tauri-plugin-global-shortcut
//! (global-hotkey: RegisterHotKey / Carbon, event-driven on those platforms).

use super::HotkeyManager;
use tauri::{AppHandle, Manager};
use tauri_plugin_global_shortcut::{GlobalShortcutExt, Shortcut, ShortcutEvent, ShortcutState};

/// Registers one binding; returns the id the plugin reports presses with.
pub fn register(app: &AppHandle, binding: &str) -> Result<u32, String> {
    let shortcut: Shortcut = binding
        .parse()
        .map_err(|e| format!("{binding} cannot be used: {e}"))?;
    app.global_shortcut()
        .register(shortcut)
        .map_err(|e| e.to_string())?;
    Ok(shortcut.id())
}

/// Releases every binding.
pub fn unregister_all(app: &AppHandle) {
    if let Err(e) = app.global_shortcut().unregister_all() {
        tracing::warn!(error = %e, "unregistering hotkeys failed");
    }
}

/// The plugin's handler: presses of our bindings → actions.
pub fn on_shortcut(app: &AppHandle, shortcut: &Shortcut, event: ShortcutEvent) {
    if event.state != ShortcutState::Pressed {
        return;
    }
    if let Some(role) = app.state::<HotkeyManager>().role_of(shortcut.id()) {
        super::pressed(app, role);
    }
}
