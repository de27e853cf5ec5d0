//! The foreground window's title for the auto-pause rules: watched only while
//! there are rules (no rules, no watcher, no cost).

use crate::engine::Engine;
pub use crate::status::ForegroundStatus;
use std::sync::{Arc, Mutex};

/// The watcher, when running.
#[derive(Debug, Default)]
pub struct Foreground {
    watcher: Mutex<Option<rccontrol_foreground::Watcher>>,
    unavailable: Mutex<Option<String>>,
}

impl Foreground {
    /// The status for the settings window.
    pub fn status(&self) -> ForegroundStatus {
        ForegroundStatus {
            watching: self
                .watcher
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .is_some(),
            method: rccontrol_foreground::method(),
            unavailable: self
                .unavailable
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .clone(),
        }
    }
}

/// Starts the watcher when rules exist, stops it when none do.
pub fn apply(foreground: &Foreground, engine: &Arc<Engine>) {
    let engine = engine.clone();
    let wanted = !engine.safety().rules.is_empty();
    let running = foreground
        .watcher
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .is_some();
    if wanted == running {
        return;
    }
    if !wanted {
        let watcher = foreground
            .watcher
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take();
        // Dropping joins the watcher thread: outside the lock.
        drop(watcher);
        engine.set_title(None);
        tracing::info!("auto-pause: no rules, foreground watcher stopped");
        return;
    }
    let target = engine.clone();
    let started = rccontrol_foreground::watch(move |title| {
        tracing::debug!(?title, "foreground window");
        target.set_title(title);
    });
    let (watcher, problem) = match started {
        Ok(w) => {
            tracing::info!(
                method = rccontrol_foreground::method(),
                "auto-pause: watching the foreground window"
            );
            (Some(w), None)
        }
        Err(e) => {
            tracing::warn!(error = %e, "auto-pause rules cannot work on this desktop");
            (None, Some(e.to_string()))
        }
    };
    *foreground.watcher.lock().unwrap_or_else(|p| p.into_inner()) = watcher;
    *foreground
        .unavailable
        .lock()
        .unwrap_or_else(|p| p.into_inner()) = problem;
}

/// Current window titles, for the rules preview.
pub fn titles() -> Result<Vec<String>, String> {
    rccontrol_foreground::window_titles().map_err(|e| e.to_string())
}
