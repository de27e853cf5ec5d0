//! The badge's strings.

/// What the badge says; all strings come from the caller (already localized).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BadgeText {
    /// Window title, e.g. "Recording Control — paused" (users and tests find
    /// the window by it).
    pub title: String,
    /// Label of the button, e.g. "Resume".
    pub resume: String,
    /// Tooltip of the button, e.g. "Resume the recording of this call".
    pub tooltip: String,
}
