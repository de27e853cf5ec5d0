//! OS notifications for outcomes and for problems with the desktop, with the
//! core's plain sentences; a burst of identical results shows once.

#[cfg(target_os = "macos")]
use crate::desktop_notification::APP_ID;
use crate::desktop_notification::show_now;
use crate::press::Press;
use rccontrol::guard::{GuardEvent, ReminderKind};
use rccontrol::live::{LiveNotice, StreamState};
use rccontrol::{Action, Outcome, PausedBy, Report, Trigger};
use rccontrol::{Localizer, tr};
use std::sync::Mutex;
use std::time::{Duration, Instant};

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
    /// The rule that last paused, for the outcome's wording.
    rule: Mutex<Option<String>>,
    sender: std::sync::OnceLock<Mutex<std::sync::mpsc::Sender<(String, String)>>>,
    /// The open reminder (Linux), replaced by the next one.
    #[cfg(target_os = "linux")]
    reminder_id: std::sync::Arc<std::sync::atomic::AtomicU32>,
}

/// "45 s", "2 min", "1 h 5 min": a rough duration for sentences.
pub fn rough(d: Duration, l: &Localizer) -> String {
    let s = u64::try_from((d.as_millis() + 500) / 1000).unwrap_or(u64::MAX);
    match s {
        0..60 => tr!(l, "duration-seconds", s = s),
        60..3600 => tr!(l, "duration-minutes", min = s / 60),
        _ => tr!(l, "duration-hours", h = s / 3600, min = (s / 60) % 60),
    }
}

/// "pause" / "resume" in `l`'s language.
pub fn action_word(action: Action, l: &Localizer) -> String {
    match action {
        Action::Pause => tr!(l, "action-pause"),
        Action::Resume => tr!(l, "action-resume"),
    }
}

impl Notifier {
    /// Records that a toggle binding is about to send `action`, so the
    /// notification can say which action it sent.
    pub fn toggle_sent(&self, action: Action) {
        *self.toggle.lock().unwrap_or_else(|p| p.into_inner()) = Some((action, Instant::now()));
    }

    /// The notification for a finished action. With live state on, `live`
    /// is what 8x8's event stream said of it: `Some(Some(by))` reported,
    /// `Some(None)` accepted but not reported.
    pub fn outcome(
        &self,
        l: &Localizer,
        trigger: Trigger,
        report: &Report,
        demo: bool,
        live: Option<Option<PausedBy>>,
    ) {
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
        let applied = report.outcome == Outcome::Applied;
        let message = report.message.as_str();
        let summary = match trigger {
            _ if toggled => tr!(
                l,
                "notify-toggle",
                action = action_word(report.action, l),
                message = message
            ),
            Trigger::Timer if applied => tr!(l, "notify-timer-resumed"),
            Trigger::Timer => tr!(l, "notify-timer-failed", message = message),
            Trigger::Rule if applied => {
                let rule = self.rule.lock().unwrap_or_else(|p| p.into_inner()).clone();
                match (report.action, rule) {
                    (Action::Pause, Some(rule)) => tr!(l, "notify-rule-paused-named", rule = rule),
                    (Action::Pause, None) => tr!(l, "notify-rule-paused"),
                    (Action::Resume, _) => tr!(l, "notify-rule-resumed"),
                }
            }
            Trigger::Rule => tr!(l, "notify-rule-failed", message = message),
            _ => report.message.clone(),
        };
        let status = report.http_status.map_or_else(
            || tr!(l, "notify-no-answer"),
            |code| tr!(l, "notify-http", code = code),
        );
        let details = tr!(
            l,
            "notify-details",
            action = action_word(report.action, l),
            trigger = tr!(l, "trigger-name", trigger = trigger.to_string()),
            status = status,
            ms = report.latency_ms
        );
        let (summary, details) = match live {
            None => (summary, details),
            // The timer's and a rule's own summaries say who acted: kept.
            Some(Some(_)) if matches!(trigger, Trigger::Timer | Trigger::Rule) && applied => (
                summary,
                format!("{}\n{details}", tr!(l, "live-confirmed-body")),
            ),
            Some(Some(_)) => (
                match report.action {
                    Action::Pause => tr!(l, "live-paused-confirmed"),
                    Action::Resume => tr!(l, "live-resumed-confirmed"),
                },
                details,
            ),
            Some(None) => (
                tr!(
                    l,
                    "live-not-reported-title",
                    action = action_word(report.action, l)
                ),
                format!("{}\n{details}", tr!(l, "live-not-reported-body")),
            ),
        };
        let body = if demo {
            tr!(l, "notify-demo-prefix", text = details)
        } else {
            details
        };
        self.show(&summary, &body);
    }

    /// A live-state notice from 8x8's event stream.
    pub fn live(&self, l: &Localizer, notice: &LiveNotice) {
        let (summary, body) = match notice {
            // The outcome's own notification says it (see the fan-out).
            LiveNotice::Verified { .. } | LiveNotice::Stream(StreamState::Connecting) => return,
            LiveNotice::Elsewhere { paused, by } => (
                match (paused, by) {
                    (true, PausedBy::AgentWorkspace) => tr!(l, "live-elsewhere-paused-aw"),
                    (false, PausedBy::AgentWorkspace) => tr!(l, "live-elsewhere-resumed-aw"),
                    (true, PausedBy::Api) => tr!(l, "live-elsewhere-paused-api"),
                    (false, PausedBy::Api) => tr!(l, "live-elsewhere-resumed-api"),
                },
                tr!(l, "live-elsewhere-body"),
            ),
            LiveNotice::NewCall { recorded } => (
                if *recorded == Some(false) {
                    tr!(l, "live-new-call-unrecorded")
                } else {
                    tr!(l, "live-new-call")
                },
                tr!(l, "live-new-call-body"),
            ),
            LiveNotice::CallEndedWhilePaused => (tr!(l, "live-call-ended-paused"), String::new()),
            LiveNotice::Stream(StreamState::Live) => (tr!(l, "live-up-title"), String::new()),
            LiveNotice::Stream(StreamState::Down { reason }) => {
                tracing::info!(reason, "live state down");
                (tr!(l, "live-down-title"), tr!(l, "live-down-body"))
            }
            LiveNotice::Stream(StreamState::Rejected) => {
                (tr!(l, "live-rejected-title"), tr!(l, "live-rejected-body"))
            }
        };
        self.show(&summary, &body);
    }

    /// The guard's reminders; its own actions are told by their outcomes.
    pub fn guard(&self, press: &Press, l: &Localizer, event: &GuardEvent, demo: bool) {
        match event {
            GuardEvent::Reminder {
                paused_for,
                kind,
                auto_resume_in,
            } => {
                let duration = rough(*paused_for, l);
                let summary = match kind {
                    ReminderKind::Paused => tr!(l, "reminder-certain", duration = duration),
                    ReminderKind::SameCall => tr!(l, "reminder-same-call", duration = duration),
                    ReminderKind::Unsure => tr!(l, "reminder-uncertain", duration = duration),
                };
                let body = match (kind, auto_resume_in) {
                    (ReminderKind::Unsure, _) => tr!(l, "reminder-unsure-body"),
                    (ReminderKind::SameCall, _) => tr!(l, "reminder-same-call-body"),
                    (ReminderKind::Paused, Some(left)) => {
                        tr!(l, "reminder-auto", duration = rough(*left, l))
                    }
                    (ReminderKind::Paused, None) => tr!(l, "reminder-plain"),
                };
                let body = if demo {
                    tr!(l, "notify-demo-prefix", text = body)
                } else {
                    body
                };
                self.reminder(press, &summary, &body, l, *kind == ReminderKind::SameCall);
            }
            GuardEvent::RulePausing { rule } => {
                *self.rule.lock().unwrap_or_else(|p| p.into_inner()) = Some(rule.label());
                tracing::info!(rule = %rule.label(), "auto-pause rule matched");
            }
            GuardEvent::RuleResuming => tracing::info!("auto-pause rule no longer matches"),
            GuardEvent::AutoResuming { paused_for } => {
                tracing::info!(paused_for = ?paused_for, "maximum pause reached: resuming");
            }
        }
    }

    /// A reminder with a Resume button where the desktop supports actions
    /// (Linux notification servers), and a Pause button too when the pause
    /// may have ended with its call; each reminder replaces the previous one.
    #[cfg(target_os = "linux")]
    fn reminder(&self, press: &Press, summary: &str, body: &str, l: &Localizer, same_call: bool) {
        let mut actions = vec![
            ("default", tr!(l, "reminder-button")),
            ("resume", tr!(l, "reminder-button-long")),
        ];
        if same_call {
            actions.push(("pause", tr!(l, "reminder-button-pause")));
        }
        let press = press.clone();
        with_actions(
            Actionable {
                app_name: tr!(l, "app-name"),
                summary: summary.to_owned(),
                body: body.to_owned(),
                actions,
                replaces: Some(self.reminder_id.clone()),
            },
            move |action| match action {
                "default" | "resume" => resume_from_notification(&press),
                "pause" => press.press(Action::Pause, Trigger::Notification),
                _ => {}
            },
        );
    }

    #[cfg(not(target_os = "linux"))]
    fn reminder(&self, _press: &Press, summary: &str, body: &str, _l: &Localizer, _: bool) {
        self.show(summary, body);
    }

    /// A link asks to pause: a notification whose Pause button confirms it
    /// (where the desktop supports notification actions: Linux servers).
    #[cfg(target_os = "linux")]
    pub fn link_confirm(&self, press: &Press, l: &Localizer) {
        let button = tr!(l, "link-confirm-button");
        let press = press.clone();
        with_actions(
            Actionable {
                app_name: tr!(l, "app-name"),
                summary: tr!(l, "link-confirm-title"),
                body: tr!(l, "link-confirm-body"),
                actions: vec![("default", button.clone()), ("pause", button)],
                replaces: None,
            },
            move |action| {
                if matches!(action, "default" | "pause") {
                    tracing::info!("the agent confirmed the link's pause");
                    press.press(Action::Pause, Trigger::Link);
                }
            },
        );
    }

    /// A link asks to pause: without notification actions the agent confirms
    /// with the tray's Pause or the hotkey; the notification says so.
    #[cfg(not(target_os = "linux"))]
    pub fn link_confirm(&self, _press: &Press, l: &Localizer) {
        self.show(
            &tr!(l, "link-confirm-title"),
            &tr!(l, "link-confirm-body-no-button"),
        );
    }

    /// A notification about the app itself (not configured, hotkey taken…).
    pub fn info(&self, summary: &str, body: &str) {
        self.show(summary, body);
    }

    fn show(&self, summary: &str, body: &str) {
        if !self.burst.admit(summary, Instant::now()) {
            tracing::debug!(summary, "notification collapsed into the previous one");
            return;
        }
        tracing::info!(summary, body, "notification");
        let sender = self.sender.get_or_init(start_sender);
        let note = (summary.to_owned(), body.to_owned());
        if sender
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .send(note)
            .is_err()
        {
            tracing::warn!("the notification thread has stopped");
        }
    }
}

/// One thread shows the notifications in order (talking to the notification
/// service blocks), off the threads that act.
fn start_sender() -> Mutex<std::sync::mpsc::Sender<(String, String)>> {
    let (tx, rx) = std::sync::mpsc::channel::<(String, String)>();
    let spawned = std::thread::Builder::new()
        .name("notifications".into())
        .spawn(move || {
            #[cfg(target_os = "macos")]
            use_bundle_identity();
            // Some servers (GNOME's) close a notification once the connection
            // that sent it goes away: the latest ones keep theirs open.
            let mut recent = std::collections::VecDeque::new();
            for (summary, body) in rx {
                if let Some(handle) = show_now(&summary, &body) {
                    if recent.len() == KEPT_CONNECTIONS {
                        recent.pop_front();
                    }
                    recent.push_back(handle);
                }
            }
        });
    if let Err(e) = spawned {
        tracing::warn!(error = %e, "no notification thread");
    }
    Mutex::new(tx)
}

/// Notifications whose D-Bus connection is kept open (see [`start_sender`]).
const KEPT_CONNECTIONS: usize = 8;

/// macOS attributes notifications to a bundle: ours when running from the
/// installed `.app` (else the system's default, Finder or Terminal).
#[cfg(target_os = "macos")]
fn use_bundle_identity() {
    let bundled = std::env::current_exe()
        .is_ok_and(|exe| exe.to_string_lossy().contains(".app/Contents/MacOS/"));
    if bundled {
        if let Err(e) = notify_rust::set_application(APP_ID) {
            tracing::warn!(error = %e, "notifications: bundle identifier not set");
        }
    }
}

/// A notification with buttons (Linux notification servers).
#[cfg(target_os = "linux")]
struct Actionable {
    app_name: String,
    summary: String,
    body: String,
    /// Action keys and their button labels.
    actions: Vec<(&'static str, String)>,
    /// Where the id of the notification it replaces is kept (and its own goes).
    replaces: Option<std::sync::Arc<std::sync::atomic::AtomicU32>>,
}

/// Shows `n` on a thread of its own (talking to the notification service
/// blocks) and calls `on_action` with the key of the button pressed.
#[cfg(target_os = "linux")]
fn with_actions(n: Actionable, on_action: impl FnOnce(&str) + Send + 'static) {
    use std::sync::atomic::Ordering;
    tracing::info!(summary = n.summary, body = n.body, "notification");
    std::thread::spawn(move || {
        let mut note = notify_rust::Notification::new();
        note.appname(&n.app_name).summary(&n.summary).body(&n.body);
        for (key, label) in &n.actions {
            note.action(key, label);
        }
        if let Some(previous) = n.replaces.as_ref().map(|id| id.load(Ordering::Relaxed)) {
            if previous != 0 {
                note.id(previous);
            }
        }
        match note.show() {
            Ok(handle) => {
                if let Some(id) = &n.replaces {
                    id.store(handle.id(), Ordering::Relaxed);
                }
                handle.wait_for_action(on_action);
            }
            Err(e) => {
                tracing::warn!(error = %e, summary = n.summary, "notification could not be shown")
            }
        }
    });
}

/// The reminder's Resume button was pressed.
#[cfg(target_os = "linux")]
fn resume_from_notification(press: &Press) {
    press.press(Action::Resume, Trigger::Notification);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rough_durations() {
        assert_eq!(
            rough(Duration::from_secs(45), &Localizer::english()),
            "45 s"
        );
        assert_eq!(
            rough(Duration::from_secs(150), &Localizer::english()),
            "2 min"
        );
        assert_eq!(
            rough(Duration::from_secs(3900), &Localizer::english()),
            "1 h 5 min"
        );
    }

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
