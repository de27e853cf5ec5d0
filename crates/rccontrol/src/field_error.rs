//! A refused field: which one, and what is wrong with it. Shared by every
//! validator (settings, hotkeys, safety nets, rules), so they need not import
//! one another.

use crate::texts::Msg;
use rccontrol_i18n::Localizer;

/// A rejected field: which one, and what is wrong with it / what is allowed.
/// `Display` says it in English; [`FieldError::localized`] in the agent's language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {problem}")]
pub struct FieldError {
    /// The field's name as the settings file and `rcctl setup` know it
    /// (`cluster`, `tenant`, `email`, …).
    pub field: &'static str,
    /// What is wrong, and what would be accepted.
    pub problem: Msg,
}

impl FieldError {
    /// A refusal of `field`.
    pub fn new(field: &'static str, problem: Msg) -> Self {
        Self { field, problem }
    }

    /// "field: problem" in `l`'s language.
    pub fn localized(&self, l: &Localizer) -> String {
        format!("{}: {}", self.field, self.problem.render(l))
    }
}
