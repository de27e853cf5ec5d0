//! Press throttling: a second press of the same action within a short window
//! (a double press, a bouncing headset button, a held key) is dropped before it
//! reaches the controller. A press of the other action in between is a change
//! of mind, not a bounce: it clears the first action's window, so Pause,
//! Resume, Pause within a second ends paused (the last intent wins).

use crate::action::{Action, Trigger};
use rccontrol_i18n::{Localizer, tr};
use std::sync::Mutex;
use std::time::Duration;
use tokio::time::Instant;

/// Default throttle window.
pub const DEFAULT_WINDOW: Duration = Duration::from_millis(1000);

/// A press that was dropped, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Throttled {
    /// The dropped action.
    pub action: Action,
    /// Time since the press that was let through.
    pub since: Duration,
    /// The throttle window.
    pub window: Duration,
    /// True for the first press dropped since the one let through: the one
    /// worth telling the agent about (a held key drops many).
    pub first: bool,
}

impl std::fmt::Display for Throttled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.localized(&Localizer::english()))
    }
}

impl std::error::Error for Throttled {}

impl Throttled {
    /// Says what was dropped and why, in `l`'s language.
    pub fn localized(&self, l: &Localizer) -> String {
        let action = match self.action {
            Action::Pause => tr!(l, "action-pause"),
            Action::Resume => tr!(l, "action-resume"),
        };
        tr!(
            l,
            "throttled",
            action = action,
            since = u64::try_from(self.since.as_millis()).unwrap_or(u64::MAX),
            window = u64::try_from(self.window.as_millis()).unwrap_or(u64::MAX)
        )
    }
}

/// Remembers when each action was last let through.
#[derive(Debug)]
pub struct Throttle {
    window: Mutex<Duration>,
    last: Mutex<Slots>,
}

/// When each action was last let through, and whether a press of it was
/// dropped since.
#[derive(Debug, Default)]
struct Slots {
    at: [Option<Instant>; 2],
    dropped: [bool; 2],
}

impl Default for Throttle {
    fn default() -> Self {
        Self::new(DEFAULT_WINDOW)
    }
}

/// True for triggers that are a person pressing something. Rules, timers and
/// the resume before exiting are never throttled: they act on transitions,
/// not presses.
pub fn is_press(trigger: Trigger) -> bool {
    !matches!(trigger, Trigger::Rule | Trigger::Timer | Trigger::Exit)
}

impl Throttle {
    /// A throttle with `window` (zero switches it off).
    pub fn new(window: Duration) -> Self {
        Self {
            window: Mutex::new(window),
            last: Mutex::new(Slots::default()),
        }
    }

    /// Changes the window (settings saved).
    pub fn set_window(&self, window: Duration) {
        *self.window.lock().unwrap_or_else(|p| p.into_inner()) = window;
    }

    /// Lets the press through (and remembers it), or says why it is dropped.
    pub fn admit(&self, action: Action, trigger: Trigger) -> Result<(), Throttled> {
        self.admit_at(action, trigger, Instant::now())
    }

    fn admit_at(&self, action: Action, trigger: Trigger, now: Instant) -> Result<(), Throttled> {
        if !is_press(trigger) {
            return Ok(());
        }
        let window = *self.window.lock().unwrap_or_else(|p| p.into_inner());
        let mut last = self.last.lock().unwrap_or_else(|p| p.into_inner());
        let this = usize::from(action == Action::Resume);
        if let Some(at) = last.at[this] {
            let since = now.saturating_duration_since(at);
            if since < window {
                let first = !last.dropped[this];
                last.dropped[this] = true;
                return Err(Throttled {
                    action,
                    since,
                    window,
                    first,
                });
            }
        }
        last.at[this] = Some(now);
        last.dropped[this] = false;
        // The other action's window ends: pressing it again is a new intent.
        last.at[1 - this] = None;
        last.dropped[1 - this] = false;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_action_within_window_is_dropped_other_action_is_not() {
        let t = Throttle::default();
        let t0 = Instant::now();
        let at = |ms| t0 + Duration::from_millis(ms);
        assert!(t.admit_at(Action::Pause, Trigger::Hotkey, at(0)).is_ok());
        // A different surface pressing the same action is still a repeat.
        let e = t
            .admit_at(Action::Pause, Trigger::Tray, at(300))
            .unwrap_err();
        assert_eq!(e.since, Duration::from_millis(300));
        assert!(e.to_string().contains("within 1000 ms"), "{e}");
        assert!(e.first, "the first drop is the one to tell");
        let e = t
            .admit_at(Action::Pause, Trigger::Tray, at(400))
            .unwrap_err();
        assert!(!e.first, "later drops are not told again");
        // Measured from the press that went through, not from the dropped ones.
        assert!(t.admit_at(Action::Pause, Trigger::Hotkey, at(999)).is_err());
        assert!(t.admit_at(Action::Pause, Trigger::Hotkey, at(1000)).is_ok());
    }

    /// Pause, Resume, Pause within the window: each is a change of mind and
    /// goes through, so the last intent (paused) wins.
    #[test]
    fn the_other_action_clears_the_window() {
        let t = Throttle::default();
        let t0 = Instant::now();
        let at = |ms| t0 + Duration::from_millis(ms);
        assert!(t.admit_at(Action::Pause, Trigger::Hotkey, at(0)).is_ok());
        assert!(t.admit_at(Action::Resume, Trigger::Hotkey, at(200)).is_ok());
        assert!(t.admit_at(Action::Pause, Trigger::Cli, at(400)).is_ok());
        // The same action again is still a repeat.
        assert!(t.admit_at(Action::Pause, Trigger::Cli, at(500)).is_err());
        assert!(t.admit_at(Action::Resume, Trigger::Hotkey, at(600)).is_ok());
    }

    #[test]
    fn twenty_presses_in_one_second_let_one_through() {
        let t = Throttle::default();
        let t0 = Instant::now();
        let through = (0..20)
            .filter(|i| {
                t.admit_at(
                    Action::Pause,
                    Trigger::Hotkey,
                    t0 + Duration::from_millis(i * 50),
                )
                .is_ok()
            })
            .count();
        assert_eq!(through, 1);
    }

    #[test]
    fn rules_and_timers_pass_and_zero_window_is_off() {
        let t = Throttle::default();
        let t0 = Instant::now();
        assert!(t.admit_at(Action::Resume, Trigger::Timer, t0).is_ok());
        assert!(t.admit_at(Action::Resume, Trigger::Timer, t0).is_ok());
        assert!(t.admit_at(Action::Pause, Trigger::Rule, t0).is_ok());
        t.set_window(Duration::ZERO);
        assert!(t.admit_at(Action::Pause, Trigger::Hotkey, t0).is_ok());
        assert!(t.admit_at(Action::Pause, Trigger::Hotkey, t0).is_ok());
    }
}
