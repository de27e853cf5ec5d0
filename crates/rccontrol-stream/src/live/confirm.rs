//! Waiting for our own pause/resume to come back as a `RecordingStatus`.

use std::time::Instant;

use super::types::{Action, Change, ChangedBy};

/// One awaited action and its deadline (monotonic: the caller's clock).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Expectation {
    /// What was asked.
    pub action: Action,
    /// When to give up (the app uses about 2 s after the request).
    pub deadline: Instant,
}

impl Expectation {
    /// Whether a `RecordingStatus` (`paused`, by whom) answers it: the same
    /// direction, from anyone (8x8 reports the state, not whose request made it).
    pub fn answered_by(&self, paused: bool, by: ChangedBy) -> Option<Change> {
        let wanted = self.action == Action::Pause;
        (paused == wanted).then_some(Change::Confirmed {
            action: self.action,
            by,
        })
    }

    /// The `NotConfirmed` change once `now` has reached the deadline.
    pub fn expired(&self, now: Instant) -> Option<Change> {
        (now >= self.deadline).then_some(Change::NotConfirmed {
            action: self.action,
        })
    }
}
