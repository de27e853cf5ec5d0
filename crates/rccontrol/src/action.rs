//! What can be asked of the API, and who asked.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The two actions of the Recording Control API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// Pause the recording of the agent's active call.
    Pause,
    /// Resume the recording of the agent's active call.
    Resume,
}

impl Action {
    /// The path segment the API expects (`pause` / `resume`).
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Pause => "pause",
            Action::Resume => "resume",
        }
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Action {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "pause" => Ok(Action::Pause),
            "resume" => Ok(Action::Resume),
            other => Err(format!(
                "unknown action {other:?}: allowed are pause, resume"
            )),
        }
    }
}

/// Where a request for an action came from; recorded in the audit log.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Trigger {
    /// `rcctl` calling the API directly, or through the app's socket.
    Cli,
    /// A global hotkey or media key.
    Hotkey,
    /// The tray menu.
    Tray,
    /// The local control socket (a client other than `rcctl`).
    Socket,
    /// An automatic rule (payment window).
    Rule,
    /// A timer (bounded auto-resume the user or admin switched on).
    Timer,
    /// A deep link (CRM integration).
    Link,
    /// The settings window (e.g. "Check settings").
    Window,
    /// A button on a notification (the reminder's Resume).
    Notification,
    /// The Resume button of the on-screen paused badge.
    Badge,
    /// The app resuming before it exits while paused: the session ends (log
    /// off, shut down, Restart Manager), SIGTERM or SIGINT, Ctrl+C.
    Exit,
}

impl Trigger {
    /// Lower-case name as written in the audit log.
    pub fn as_str(self) -> &'static str {
        match self {
            Trigger::Cli => "cli",
            Trigger::Hotkey => "hotkey",
            Trigger::Tray => "tray",
            Trigger::Socket => "socket",
            Trigger::Rule => "rule",
            Trigger::Timer => "timer",
            Trigger::Link => "link",
            Trigger::Window => "window",
            Trigger::Notification => "notification",
            Trigger::Badge => "badge",
            Trigger::Exit => "exit",
        }
    }
}

impl fmt::Display for Trigger {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
