//! One OS notification shown now, from the calling thread, without the
//! app's notifier (no burst filter, no reminders): for the notifier itself and
//! for a second launch that must say something before it exits.

/// The app's identifier (the bundle identifier; the Windows AUMID).
pub const APP_ID: &str = "org.rccontrol.recording-control";

/// Shows one notification now, from this thread, and returns when the
/// notification service has it (or has failed); the handle holds its connection.
pub fn show_now(summary: &str, body: &str) -> Option<impl Sized + use<>> {
    let mut n = notify_rust::Notification::new();
    n.summary(summary).body(body).auto_icon();
    #[cfg(windows)]
    if installed() {
        // Windows shows toasts of the installed app's AUMID only.
        n.app_id(APP_ID);
    }
    match n.show() {
        Ok(handle) => Some(handle),
        Err(e) => {
            tracing::warn!(error = %e, "notification could not be shown");
            None
        }
    }
}

/// True when running from an installed location rather than a build folder.
#[cfg(windows)]
fn installed() -> bool {
    std::env::current_exe().is_ok_and(|exe| {
        let dir = exe.parent().map(|d| d.to_string_lossy().to_lowercase());
        !dir.is_some_and(|d| d.ends_with("\\target\\debug") || d.ends_with("\\target\\release"))
    })
}
