//! OS notifications for outcomes and for problems with the desktop, with the
//! core's plain sentences; a burst of identical results shows once.

use rccontrol::{Action, Report, Trigger};
use std::sync::Mutex;
use std::time::{Duration, Instant};
use tauri::AppHandle;
use tauri_plugin_notification::NotificationExt;

/// Identical notifications closer together than this are shown once.
pub const BURST_WINDOW: Duration = Duration::from_secs(3);

/// Lets a summary through unless it repeats the previous one within
/// [`BURST_WINDOW`]: a burst of presses gives one notification per distinct result.
#[derive(Debug, Default)]
pub struct BurstFilter {
    last: Mutex<Option<(String, Instant)>>,
}

impl BurstFilter {
    /// True when `summary` should be shown at `now`.
    pub fn admit(&self, summary: &str, now: Instant) -> bool {
        let mut last = self.last.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((text, at)) = last.as_ref() {
            if text == summary && now.saturating_duration_since(*at) < BURST_WINDOW {
                return false;
            }
        }
        *last = Some((summary.to_owned(), now));
        true
    }
}

/// Shows notifications; collapses bursts.
#[derive(Debug, Default)]
pub struct Notifier {
    burst: BurstFilter,
    toggle: Mutex<Option<(Action, Instant)>>,
}

impl Notifier {
    /// Records that a toggle binding is about to send `action`, so the
    /// notification can say which action it sent.
    pub fn toggle_sent(&self, action: Action) {
        *self.toggle.lock().unwrap_or_else(|p| p.into_inner()) = Some((action, Instant::now()));
    }

    /// The notification for a finished action.
    pub fn outcome(&self, app: &AppHandle, trigger: Trigger, report: &Report, demo: bool) {
        let toggled = {
            let mut t = self.toggle.lock().unwrap_or_else(|p| p.into_inner());
            match *t {
                Some((action, at))
                    if trigger == Trigger::Hotkey
                        && action == report.action
                        && at.elapsed() < Duration::from_secs(15) =>
                {
                    *t = None;
                    true
                }
                _ => false,
            }
        };
        let summary = if toggled {
            format!("Toggle sent {}: {}", report.action, report.message)
        } else {
            report.message.clone()
        };
        let status = report
            .http_status
            .map_or_else(|| "no answer".to_owned(), |s| format!("HTTP {s}"));
        let body = format!(
            "{}{} via {trigger} · {status} · {} ms",
            if demo { "DEMO · " } else { "" },
            report.action,
            report.latency_ms
        );
        self.show(app, &summary, &body);
    }

    /// A notification about the app itself (not configured, hotkey taken…).
    pub fn info(&self, app: &AppHandle, summary: &str, body: &str) {
        self.show(app, summary, body);
    }

    fn show(&self, app: &AppHandle, summary: &str, body: &str) {
        if !self.burst.admit(summary, Instant::now()) {
            tracing::debug!(summary, "notification collapsed into the previous one");
            return;
        }
        tracing::info!(summary, body, "notification");
        if let Err(e) = app
            .notification()
            .builder()
            .title(summary)
            .body(body)
            .show()
        {
            tracing::warn!(error = %e, "notification could not be shown");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bursts_collapse_distinct_results_pass() {
        let f = BurstFilter::default();
        let t = Instant::now();
        assert!(f.admit("Recording paused", t));
        assert!(!f.admit("Recording paused", t + Duration::from_millis(500)));
        assert!(f.admit("Recording resumed", t + Duration::from_millis(600)));
        assert!(f.admit("Recording paused", t + Duration::from_millis(700)));
        assert!(f.admit(
            "Recording paused",
            t + Duration::from_millis(700) + BURST_WINDOW
        ));
    }
}
