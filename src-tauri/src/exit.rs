//! The last thing the tray process does: never exit with the recording paused.
//!
//! Windows ends a session (log off, shut down, Restart Manager) with
//! `WM_ENDSESSION`; tao answers it with `Event::LoopDestroyed` and then exits
//! the process at once (`tao::platform_impl::windows::event_loop`, the
//! `WM_ENDSESSION` arm). The menu's Quit resumes first by itself; any other
//! way out (the session ending, SIGTERM, SIGINT or SIGHUP, Ctrl+C) passes
//! through here while paused or maybe paused, and the resume is sent
//! synchronously, bounded by [`EXIT_BOUND`], and audited with trigger `exit`
//! before the process goes.

use crate::app::App;
use rccontrol::{Action, Trigger};
use std::time::Duration;

/// The longest the exit waits for the resume: the action's own deadline
/// (8 s) and a settle re-send (2 s) fit; a desktop ending the session waits
/// about this long before it kills the app.
pub const EXIT_BOUND: Duration = Duration::from_secs(12);

/// While paused or maybe paused, sends Resume and waits for 8x8's answer.
pub fn resume_if_paused(app: &App) {
    let state = app.engine.snapshot().state;
    if !state.may_be_paused() {
        return;
    }
    tracing::info!(state = state.kind(), "exiting while paused: resuming first");
    match app.press.request(Action::Resume, Trigger::Exit) {
        Ok(pending) => match app
            .rt
            .block_on(async { tokio::time::timeout(EXIT_BOUND, pending).await })
        {
            Ok(Ok(report)) => tracing::info!(outcome = %report.message, "resume before exiting"),
            Ok(Err(e)) => tracing::warn!(error = %e, "resume before exiting"),
            Err(_) => {
                tracing::warn!(bound = ?EXIT_BOUND, "resume before exiting: no answer in time")
            }
        },
        Err(e) => tracing::warn!(error = %e, "resume before exiting"),
    }
}
