//! The safety nets against a recording left paused by mistake: pause reminders,
//! the maximum pause with auto-resume, press throttling, auto-pause rules and
//! the opt-in deep link. Stored in the settings file; validated here.

use crate::rules::{AutoPauseRule, RuleSet};
use crate::validate::FieldError;
use std::time::Duration;

/// Default reminder interval: first after 60 s paused, then every 60 s.
pub const DEFAULT_REMINDER_SECS: u32 = 60;
/// Reminder intervals allowed (besides 0 = off).
pub const REMINDER_RANGE: std::ops::RangeInclusive<u32> = 2..=3600;
/// Maximum pauses allowed (besides 0 = off).
pub const MAX_PAUSE_RANGE: std::ops::RangeInclusive<u32> = 5..=4 * 3600;
/// Default press-throttle window.
pub const DEFAULT_THROTTLE_MS: u32 = 1000;
/// Longest press-throttle window.
pub const MAX_THROTTLE_MS: u32 = 5000;

/// Field names as the user knows them (errors, the settings window, managed locks).
pub mod field {
    /// `reminder_secs`.
    pub const REMINDER: &str = "reminder interval";
    /// `max_pause_secs`.
    pub const MAX_PAUSE: &str = "maximum pause";
    /// `throttle_ms`.
    pub const THROTTLE: &str = "press throttle";
}

/// The validated safety settings.
#[derive(Debug, Clone)]
pub struct Safety {
    /// Interval of "still paused" reminders (first after one interval); `None` = off.
    pub reminder: Option<Duration>,
    /// Auto-resume after this long paused, counted from the first pause; `None` = off.
    pub max_pause: Option<Duration>,
    /// Presses of the same action within this window are dropped (zero = off).
    pub throttle: Duration,
    /// Auto-pause rules.
    pub rules: RuleSet,
    /// `rccontrol://` links are obeyed.
    pub deep_link: bool,
    /// A link's pause waits for the agent's confirmation.
    pub link_pause_confirm: bool,
}

impl Default for Safety {
    fn default() -> Self {
        Self {
            reminder: Some(Duration::from_secs(u64::from(DEFAULT_REMINDER_SECS))),
            max_pause: None,
            throttle: Duration::from_millis(u64::from(DEFAULT_THROTTLE_MS)),
            rules: RuleSet::default(),
            deep_link: false,
            link_pause_confirm: true,
        }
    }
}

/// Checks a reminder interval in seconds (0 = off).
pub fn reminder_secs(value: u32) -> Result<u32, FieldError> {
    if value == 0 || REMINDER_RANGE.contains(&value) {
        Ok(value)
    } else {
        Err(FieldError::new(
            field::REMINDER,
            crate::msg!(
                "reminder-range",
                value = value,
                min = *REMINDER_RANGE.start(),
                max = *REMINDER_RANGE.end()
            ),
        ))
    }
}

/// Checks a maximum pause in seconds (0 = off).
pub fn max_pause_secs(value: u32) -> Result<u32, FieldError> {
    if value == 0 || MAX_PAUSE_RANGE.contains(&value) {
        Ok(value)
    } else {
        Err(FieldError::new(
            field::MAX_PAUSE,
            crate::msg!(
                "max-pause-range",
                value = value,
                min = *MAX_PAUSE_RANGE.start(),
                max = *MAX_PAUSE_RANGE.end()
            ),
        ))
    }
}

/// Checks a press-throttle window in milliseconds (0 = off).
pub fn throttle_ms(value: u32) -> Result<u32, FieldError> {
    if value <= MAX_THROTTLE_MS {
        Ok(value)
    } else {
        Err(FieldError::new(
            field::THROTTLE,
            crate::msg!("throttle-range", value = value, max = MAX_THROTTLE_MS),
        ))
    }
}

pub(crate) fn off_if_zero(value: u64, unit: fn(u64) -> Duration) -> Option<Duration> {
    (value > 0).then(|| unit(value))
}

impl Safety {
    /// The rules as stored (trimmed).
    pub fn rule_list(&self) -> Vec<AutoPauseRule> {
        self.rules.rules().cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::Settings;

    #[test]
    fn defaults_and_zero_means_off() {
        let s = Safety::from_settings(&Settings::default()).unwrap();
        assert_eq!(s.reminder, Some(Duration::from_secs(60)));
        assert_eq!(s.max_pause, None);
        assert_eq!(s.throttle, Duration::from_millis(1000));
        assert!(!s.deep_link);
        let s = Safety::from_settings(&Settings {
            reminder_secs: Some(0),
            max_pause_secs: Some(300),
            throttle_ms: Some(0),
            ..Settings::default()
        })
        .unwrap();
        assert_eq!(s.reminder, None);
        assert_eq!(s.max_pause, Some(Duration::from_secs(300)));
        assert_eq!(s.throttle, Duration::ZERO);
    }

    #[test]
    fn every_bad_field_is_named() {
        let errs = Safety::from_settings(&Settings {
            reminder_secs: Some(1),
            max_pause_secs: Some(99_999),
            throttle_ms: Some(9000),
            auto_pause: Some(vec![AutoPauseRule {
                pattern: "[".into(),
                regex: true,
            }]),
            ..Settings::default()
        })
        .unwrap_err();
        let fields: Vec<_> = errs.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [
                field::REMINDER,
                field::MAX_PAUSE,
                field::THROTTLE,
                "auto-pause rules"
            ]
        );
        assert!(
            errs[0]
                .problem
                .english()
                .contains("0 (off) or 2–3600 seconds"),
            "{}",
            errs[0]
        );
    }
}
