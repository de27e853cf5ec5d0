//! Start at login, opt-in from the menu and settings: on Windows a value in
//! this user's Run key ([`run_key`]: never `HKLM`), elsewhere the auto-launch
//! crate (an XDG autostart entry on Linux, a launch agent on macOS).

#[cfg(windows)]
pub mod run_key;

use crate::error::AppError;
use std::path::Path;

/// The entry's name (the product name, as the desktop shows it).
pub const NAME: &str = "Recording Control";

/// What the desktop should start: the AppImage itself when running from one
/// (its mount point is gone after exit), else this executable.
pub fn launch_path() -> std::io::Result<std::path::PathBuf> {
    match std::env::var_os("APPIMAGE").filter(|p| !p.is_empty()) {
        Some(image) if cfg!(target_os = "linux") => Ok(image.into()),
        _ => std::env::current_exe(),
    }
}

/// The command Windows runs at login: the executable's path in double quotes,
/// so a path with spaces (`C:\Program Files\…`, `…\AppData\Local\Recording
/// Control\…`) is one program, not `C:\Program` with arguments.
pub fn command_line(exe: &Path) -> String {
    format!("\"{}\"", exe.display())
}

fn failed(e: impl std::fmt::Display) -> AppError {
    AppError::Autostart(e.to_string())
}

#[cfg(not(windows))]
fn launcher() -> Result<auto_launch::AutoLaunch, AppError> {
    let exe = launch_path().map_err(failed)?;
    let mut builder = auto_launch::AutoLaunchBuilder::new();
    builder.set_app_name(NAME);
    builder.set_app_path(&exe.to_string_lossy());
    #[cfg(target_os = "macos")]
    builder.set_macos_launch_mode(auto_launch::MacOSLaunchMode::LaunchAgent);
    builder.build().map_err(failed)
}

/// Whether the app starts at login.
pub fn is_enabled() -> bool {
    #[cfg(windows)]
    let enabled = run_key::is_enabled(NAME).map_err(failed);
    #[cfg(not(windows))]
    let enabled = launcher().and_then(|l| l.is_enabled().map_err(failed));
    enabled.unwrap_or(false)
}

/// Switches start at login on or off.
pub fn set(enabled: bool) -> Result<(), AppError> {
    #[cfg(windows)]
    {
        if enabled {
            run_key::enable(NAME, &launch_path().map_err(failed)?).map_err(failed)
        } else {
            run_key::disable(NAME).map_err(failed)
        }
    }
    #[cfg(not(windows))]
    {
        let launcher = launcher()?;
        let result = if enabled {
            launcher.enable()
        } else {
            launcher.disable()
        };
        result.map_err(failed)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_windows_command_quotes_the_path_whole() {
        let exe = Path::new(r"C:\Program Files\Recording Control\recording-control.exe");
        assert_eq!(
            command_line(exe),
            r#""C:\Program Files\Recording Control\recording-control.exe""#
        );
    }
}

#[cfg(all(test, windows))]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod windows_tests {
    use super::*;
    use std::process::Command;

    /// `reg.exe`'s answer for the app's value in the Run key under `root`
    /// (HKCU or HKLM): another reader than the code under test.
    fn reg_query(root: &str) -> Option<String> {
        let key = format!(r"{root}\{}", run_key::RUN);
        let out = Command::new("reg")
            .args(["query", &key, "/v", NAME])
            .output()
            .ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// The tests share one registry value: one at a time.
    fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
        static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
        LOCK.lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn reg(args: &[&str]) -> bool {
        Command::new("reg")
            .args(args)
            .output()
            .is_ok_and(|o| o.status.success())
    }

    #[test]
    #[ignore = "writes this user's Run key (and HKLM's, as a bystander): the Windows lane runs it under Wine"]
    fn start_at_login_is_the_quoted_path_in_this_users_run_key_and_never_hklm() {
        let _one = one_at_a_time();
        let hklm = format!(r"HKLM\{}", run_key::RUN);
        // An administrator's machine-wide entry of the same name: neither
        // read nor removed nor rewritten.
        let planted = r#""C:\admin\recording-control.exe" --machine"#;
        assert!(reg(&[
            "add", &hklm, "/v", NAME, "/t", "REG_SZ", "/d", planted, "/f"
        ]));
        assert!(!is_enabled(), "the machine-wide entry is not this user's");

        let exe = launch_path().unwrap();
        set(true).unwrap();
        assert!(is_enabled());
        // Read back two ways: the data is exactly the quoted path.
        let data = run_key::value(NAME).unwrap().expect("HKCU's Run value");
        assert_eq!(data, format!("\"{}\"", exe.display()));
        assert!(data.starts_with('"') && data.ends_with(".exe\""), "{data}");
        let shown = reg_query("HKCU").expect("reg.exe sees HKCU's value");
        assert!(shown.contains(&data), "{shown}");
        let machine = reg_query("HKLM").expect("the administrator's entry stays");
        assert!(machine.contains("--machine"), "HKLM untouched: {machine}");

        set(false).unwrap();
        assert!(!is_enabled());
        assert_eq!(reg_query("HKCU"), None);
        let machine = reg_query("HKLM").expect("disable leaves HKLM alone");
        assert!(machine.contains("--machine"), "{machine}");
        assert!(reg(&["delete", &hklm, "/v", NAME, "/f"]));
    }

    #[test]
    #[ignore = "writes this user's Run key: the Windows lane runs it under Wine"]
    fn task_managers_off_mark_is_honoured_and_cleared_by_enable() {
        let _one = one_at_a_time();
        let approved =
            r"HKCU\Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run";
        set(true).unwrap();
        // Task Manager's Startup tab switched it off: 03 00 00 00 + a time.
        assert!(reg(&[
            "add",
            approved,
            "/v",
            NAME,
            "/t",
            "REG_BINARY",
            "/d",
            "030000000102030405060708",
            "/f"
        ]));
        assert!(!is_enabled());
        set(true).unwrap();
        assert!(is_enabled(), "switched on again from the app");
        set(false).unwrap();
        assert!(!is_enabled());
    }
}
