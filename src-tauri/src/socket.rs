//! Local control socket (waiting for the core server).
/// Starts the control socket server.
pub fn start(_app: &tauri::AppHandle, _config_dir_overridden: bool) {}
