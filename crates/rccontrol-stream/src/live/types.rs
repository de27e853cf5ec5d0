//! What the live state says: the agent's recording state and the changes.

use std::time::SystemTime;

/// Who paused or resumed the recording, from `RecordingStatus.isAPICall`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChangedBy {
    /// Through an API (this app, or another integration of the tenant).
    Api,
    /// Agent Workspace's own button (`isAPICall` false or absent).
    AgentWorkspace,
}

impl ChangedBy {
    /// From `isAPICall`.
    pub fn from_api(from_api: bool) -> Self {
        if from_api {
            ChangedBy::Api
        } else {
            ChangedBy::AgentWorkspace
        }
    }
}

/// The agent's recording state as the event stream shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AgentRecording {
    /// No interaction on.
    NoCall,
    /// On a call that is being recorded.
    Recording {
        /// When the recording started or was last resumed.
        since: SystemTime,
    },
    /// On a call whose recording is paused.
    Paused {
        /// When it was paused.
        since: SystemTime,
        /// Who paused it.
        by: ChangedBy,
    },
    /// On a call that is not recorded (`recordingMode` "no"), or whose
    /// recording has not started (pause and resume would be ignored).
    CallOnNotRecording,
}

/// A pause or resume this app asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Pause.
    Pause,
    /// Resume.
    Resume,
}

/// A change worth telling the agent (or a relay's client), in event order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// A new interaction is on ("New call — recording" when `recording_mode`
    /// is `Some(true)`).
    NewCall {
        /// Its `interactionGUID`.
        interaction: String,
        /// Whether 8x8 will record it, when the event said.
        recording_mode: Option<bool>,
    },
    /// The system started recording an interaction.
    RecordingStarted {
        /// Its `interactionGUID`.
        interaction: String,
    },
    /// The recording of an interaction was paused.
    Paused {
        /// Its `interactionGUID`.
        interaction: String,
        /// Who paused it ("Recording was paused from Agent Workspace").
        by: ChangedBy,
    },
    /// The recording of an interaction was resumed.
    Resumed {
        /// Its `interactionGUID`.
        interaction: String,
        /// Who resumed it.
        by: ChangedBy,
    },
    /// This agent's leg of an interaction ended (its pause with it).
    CallEnded {
        /// Its `interactionGUID`.
        interaction: String,
        /// It ended while paused.
        was_paused: bool,
    },
    /// The agent's overall state changed (after the changes above).
    State(AgentRecording),
    /// The awaited pause/resume was reported by a `RecordingStatus`.
    Confirmed {
        /// What was asked.
        action: Action,
        /// Who the event says made the change (normally [`ChangedBy::Api`]).
        by: ChangedBy,
    },
    /// No `RecordingStatus` for the awaited action before its deadline:
    /// "8x8 accepted but did not report the change".
    NotConfirmed {
        /// What was asked.
        action: Action,
    },
}
