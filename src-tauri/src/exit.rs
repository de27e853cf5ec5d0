//! The last thing the tray process does: never exit with the recording paused.
//!
//! Windows ends a session (log off, shut down, Restart Manager) with
//! `WM_ENDSESSION`; tao answers it with `Event::LoopDestroyed` and then exits
//! the process at once (`tao::platform_impl::windows::event_loop`, the
//! `WM_ENDSESSION` arm). The menu's Quit resumes first by itself; any other
//! way out (the session ending, SIGTERM or SIGINT, Ctrl+C) passes through
//! here while paused, and the resume is sent synchronously, within the
//! action's own deadline, and audited with trigger `exit` before the process
//! goes.

use crate::app::App;
use rccontrol::{Action, BelievedState, Trigger};

/// While believed paused, sends Resume and waits for 8x8's answer.
pub fn resume_if_paused(app: &App) {
    if !matches!(app.engine.snapshot().state, BelievedState::Paused { .. }) {
        return;
    }
    tracing::info!("exiting while paused: resuming first");
    match app.press.request(Action::Resume, Trigger::Exit) {
        Ok(pending) => match app.rt.block_on(pending) {
            Ok(report) => tracing::info!(outcome = %report.message, "resume before exiting"),
            Err(e) => tracing::warn!(error = %e, "resume before exiting"),
        },
        Err(e) => tracing::warn!(error = %e, "resume before exiting"),
    }
}
