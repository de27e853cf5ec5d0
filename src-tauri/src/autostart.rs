//! Start at login (tauri-plugin-autostart), opt-in from the menu and settings.

use crate::error::AppError;
use tauri::AppHandle;
use tauri_plugin_autostart::ManagerExt;

/// Whether the app starts at login.
pub fn is_enabled(app: &AppHandle) -> bool {
    app.autolaunch().is_enabled().unwrap_or(false)
}

/// Switches start at login on or off.
pub fn set(app: &AppHandle, enabled: bool) -> Result<(), AppError> {
    let launcher = app.autolaunch();
    let result = if enabled {
        launcher.enable()
    } else {
        launcher.disable()
    };
    result.map_err(|e| AppError::Autostart(e.to_string()))
}
