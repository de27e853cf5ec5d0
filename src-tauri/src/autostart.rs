//! Start at login (the auto-launch crate: an XDG autostart entry on Linux, a
//! Run key on Windows, a launch agent on macOS), opt-in from the menu and settings.

use crate::error::AppError;
use auto_launch::{AutoLaunch, AutoLaunchBuilder};

/// The entry's name (the product name, as the desktop shows it).
const NAME: &str = "Recording Control";

/// What the desktop should start: the AppImage itself when running from one
/// (its mount point is gone after exit), else this executable.
pub fn launch_path() -> std::io::Result<std::path::PathBuf> {
    match std::env::var_os("APPIMAGE").filter(|p| !p.is_empty()) {
        Some(image) if cfg!(target_os = "linux") => Ok(image.into()),
        _ => std::env::current_exe(),
    }
}

fn launcher() -> Result<AutoLaunch, AppError> {
    let exe = launch_path().map_err(|e| AppError::Autostart(e.to_string()))?;
    let mut builder = AutoLaunchBuilder::new();
    builder.set_app_name(NAME);
    builder.set_app_path(&exe.to_string_lossy());
    #[cfg(target_os = "macos")]
    builder.set_macos_launch_mode(auto_launch::MacOSLaunchMode::LaunchAgent);
    builder
        .build()
        .map_err(|e| AppError::Autostart(e.to_string()))
}

/// Whether the app starts at login.
pub fn is_enabled() -> bool {
    launcher()
        .and_then(|l| {
            l.is_enabled()
                .map_err(|e| AppError::Autostart(e.to_string()))
        })
        .unwrap_or(false)
}

/// Switches start at login on or off.
pub fn set(enabled: bool) -> Result<(), AppError> {
    let launcher = launcher()?;
    let result = if enabled {
        launcher.enable()
    } else {
        launcher.disable()
    };
    result.map_err(|e| AppError::Autostart(e.to_string()))
}
