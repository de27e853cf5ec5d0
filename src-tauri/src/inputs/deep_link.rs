//! `rccontrol://pause` and `rccontrol://resume` for CRM integrations. Off by
//! default, because any web page could fire such a link; when on, each use is
//! audited with trigger `link` (and throttled like any press).
//!
//! The desktop opens a link by launching the app with it; a second launch hands
//! it to the running app over the control socket ([`super::launch`]), where
//! [`allowed`] decides. On macOS links arrive as events of the main loop.

use crate::press::Press;
use rccontrol::{Action, tr};

/// The URL scheme.
pub const SCHEME: &str = "rccontrol";

/// The action a link asks for: `rccontrol://pause`, `rccontrol:resume`,
/// `rccontrol:///pause` (case-insensitive); anything else is `None`.
pub fn parse(link: &str) -> Option<Action> {
    let url = url::Url::parse(link.trim()).ok()?;
    if !url.scheme().eq_ignore_ascii_case(SCHEME) || url.query().is_some() {
        return None;
    }
    let word = match url.host_str() {
        Some(host) if !host.is_empty() => host.to_owned(),
        _ => url.path().trim_matches('/').to_owned(),
    };
    if url.host_str().is_some_and(|h| !h.is_empty()) && !url.path().trim_matches('/').is_empty() {
        return None;
    }
    word.parse().ok()
}

/// Obeys links the app was launched with (or, on macOS, was sent).
pub fn handle(press: &Press, links: &[String]) {
    for link in links {
        let Some(action) = parse(link) else {
            // Never the link's text: a web page chose it.
            tracing::warn!(
                chars = link.chars().count(),
                "unknown rccontrol link ignored"
            );
            notify_unknown(link);
            continue;
        };
        press.link(action);
    }
}

/// Says that `link` is not a link this app knows (its text is neither
/// logged nor shown: a web page chose it).
pub fn notify_unknown(link: &str) {
    tracing::warn!(chars = link.chars().count(), "unknown rccontrol link");
    let l = rccontrol::Localizer::for_preference(
        &crate::engine::language_override().unwrap_or_default(),
    );
    crate::desktop_notification::show_now(
        &tr!(l, "link-unknown-title"),
        &tr!(l, "link-unknown-body"),
    );
}

/// Registers (or removes) this app as the desktop's handler of `rccontrol:`
/// links. Linux: a `.desktop` file in the user's applications folder and
/// `xdg-mime`; Windows: the per-user URL protocol keys (`reg.exe`). On macOS the
/// bundle declares the scheme. Failures are logged; links simply stay unhandled.
pub fn register(on: bool) {
    if let Err(e) = platform::register(on) {
        tracing::warn!(error = %e, on, "rccontrol:// scheme registration");
    }
}

#[cfg(target_os = "linux")]
mod platform {
    use super::SCHEME;
    use rccontrol::secret::child_command;
    use std::process::Command;

    fn run(cmd: &mut Command) -> std::io::Result<()> {
        match cmd.status() {
            Ok(s) if s.success() => Ok(()),
            Ok(s) => Err(std::io::Error::other(format!("{cmd:?} failed: {s}"))),
            // Tools missing (e.g. no desktop-file-utils): the file alone still helps.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                tracing::warn!(?cmd, "not installed; skipped");
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    pub fn register(on: bool) -> std::io::Result<()> {
        let exe = crate::autostart::launch_path()?;
        let file_name = format!(
            "{}-handler.desktop",
            exe.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "recording-control".into())
        );
        let dir = directories::BaseDirs::new()
            .map(|b| b.data_dir().join("applications"))
            .ok_or_else(|| std::io::Error::other("no home directory"))?;
        let path = dir.join(&file_name);
        if !on {
            match std::fs::remove_file(&path) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
                Err(e) => return Err(e),
            }
            return run(child_command("update-desktop-database").arg(&dir));
        }
        std::fs::create_dir_all(&dir)?;
        let entry = format!(
            "[Desktop Entry]\nType=Application\nName=Recording Control\nExec=\"{}\" -- %u\n\
             Terminal=false\nMimeType=x-scheme-handler/{SCHEME};\nNoDisplay=true\n",
            exe.display()
        );
        rccontrol::atomic_file::write_atomic(&path, entry.as_bytes())?;
        run(child_command("update-desktop-database").arg(&dir))?;
        run(child_command("xdg-mime").args([
            "default",
            file_name.as_str(),
            &format!("x-scheme-handler/{SCHEME}"),
        ]))
    }
}

#[cfg(windows)]
mod platform {
    use super::SCHEME;
    use rccontrol::secret::child_command;

    fn reg(args: &[&str]) -> std::io::Result<()> {
        use std::os::windows::process::CommandExt as _;
        /// No console window flashes up for `reg.exe`.
        const CREATE_NO_WINDOW: u32 = 0x0800_0000;
        let status = child_command("reg")
            .args(args)
            .creation_flags(CREATE_NO_WINDOW)
            .status()?;
        if status.success() {
            Ok(())
        } else {
            Err(std::io::Error::other(format!(
                "reg {args:?} failed: {status}"
            )))
        }
    }

    pub fn register(on: bool) -> std::io::Result<()> {
        let key = format!("HKCU\\Software\\Classes\\{SCHEME}");
        if !on {
            return reg(&["delete", &key, "/f"]);
        }
        let exe = std::env::current_exe()?;
        // `--`: whatever the link holds is a link, never an option.
        let command = format!("\"{}\" -- \"%1\"", exe.display());
        reg(&["add", &key, "/ve", "/d", "URL:rccontrol", "/f"])?;
        reg(&["add", &key, "/v", "URL Protocol", "/d", "", "/f"])?;
        reg(&[
            "add",
            &format!("{key}\\shell\\open\\command"),
            "/ve",
            "/d",
            &command,
            "/f",
        ])
    }
}

#[cfg(not(any(target_os = "linux", windows)))]
mod platform {
    pub fn register(_on: bool) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links() {
        assert_eq!(parse("rccontrol://pause"), Some(Action::Pause));
        assert_eq!(parse("RCCONTROL://Resume/"), Some(Action::Resume));
        assert_eq!(parse("rccontrol:pause"), Some(Action::Pause));
        assert_eq!(parse("rccontrol:///resume"), Some(Action::Resume));
        for bad in [
            "rccontrol://stop",
            "rccontrol://pause/now",
            "rccontrol://pause?x=1",
            "https://pause",
            "rccontrol://",
            "",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }
}
