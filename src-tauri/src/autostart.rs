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
    // Windows: the Run value is a command line, and the per-user install
    // ("…\AppData\Local\Recording Control\") has a space: quoted, or
    // Windows would try to start "…\Recording" first. Always the current
    // user's Run key: the crate's default tries the machine-wide key first,
    // which an elevated start would turn into autostart for every user.
    #[cfg(windows)]
    {
        builder.set_app_path(&format!("\"{}\"", exe.display()));
        builder.set_windows_enable_mode(auto_launch::WindowsEnableMode::CurrentUser);
    }
    #[cfg(not(windows))]
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

#[cfg(all(test, windows))]
mod tests {
    use super::*;
    use std::process::Command;

    /// The app's value in the Run key under `root` (HKCU or HKLM), as
    /// `reg.exe` shows it.
    fn run_value(root: &str) -> Option<String> {
        let key = format!(r"{root}\Software\Microsoft\Windows\CurrentVersion\Run");
        let out = Command::new("reg")
            .args(["query", &key, "/v", NAME])
            .output()
            .ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }

    #[test]
    #[ignore = "writes this user's Run key: the Windows lane runs it under Wine"]
    fn start_at_login_is_the_run_key_of_this_user() {
        let exe = format!("\"{}\"", launch_path().unwrap().display());
        set(true).unwrap();
        assert!(is_enabled());
        let value = run_value("HKCU").expect("this user's Run key has the app");
        assert!(value.contains(&exe), "{value}");
        assert_eq!(run_value("HKLM"), None, "never the machine-wide key");
        set(false).unwrap();
        assert!(!is_enabled());
        assert_eq!(run_value("HKCU"), None);
    }
}
