//! What the live link tells the agent, through the controller's listeners.

use crate::action::Action;
use crate::state::PausedBy;

/// The event stream's state, as the agent is told it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StreamState {
    /// Connecting (first time, or again after a drop).
    Connecting,
    /// Connected: states shown come from 8x8's events.
    Live,
    /// Down: states shown are beliefs again; `reason` in English, for logs.
    Down {
        /// Why, e.g. "connection closed".
        reason: String,
    },
    /// 8x8 refused the Event Streaming credential: no more attempts until
    /// the settings change.
    Rejected,
}

/// A live-state notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LiveNotice {
    /// Our own pause or resume: 8x8 reported the change (`by`), or did not
    /// within the wait (`None`: accepted but not reported).
    Verified {
        /// What was asked.
        action: Action,
        /// Who 8x8's event names, when it came.
        by: Option<PausedBy>,
    },
    /// The recording was paused or resumed, not by this app's request.
    Elsewhere {
        /// Paused (true) or resumed.
        paused: bool,
        /// Who 8x8's event names.
        by: PausedBy,
    },
    /// A new call began while the app held the recording paused or maybe
    /// paused: that pause does not carry over.
    NewCall {
        /// Whether 8x8 records it, when the event said.
        recorded: Option<bool>,
    },
    /// A call ended while its recording was paused: the pause ended with it.
    CallEndedWhilePaused,
    /// The stream's state changed.
    Stream(StreamState),
}
