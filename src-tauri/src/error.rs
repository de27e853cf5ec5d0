//! The app's typed error, serialized as `{kind, message, fields}` across IPC.

use rccontrol::FieldError;
use rccontrol::{Localizer, tr};
use serde::Serialize;

/// Everything a command or a shell surface can fail with.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Not configured (and not in demo mode).
    #[error("{0}")]
    NotConfigured(String),
    /// Settings rejected; each field says why.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<FieldError>),
    /// Keychain problem.
    #[error("{0}")]
    Keychain(String),
    /// Demo could not start.
    #[error("the demo could not start: {0}")]
    Demo(String),
    /// Start-at-login could not be changed.
    #[error("start at login: {0}")]
    Autostart(String),
    /// A window or OS surface failed.
    #[error("{0}")]
    Shell(String),
    /// A repeated press dropped by the press throttle (nothing was sent).
    #[error(transparent)]
    Throttled(#[from] rccontrol::throttle::Throttled),
    /// The controller stopped (the app is quitting).
    #[error("the app is shutting down")]
    Stopped,
}

impl AppError {
    /// Machine-readable kind.
    pub fn kind(&self) -> &'static str {
        match self {
            AppError::NotConfigured(_) => "not_configured",
            AppError::Invalid(_) => "invalid_settings",
            AppError::Keychain(_) => "keychain",
            AppError::Demo(_) => "demo",
            AppError::Autostart(_) => "autostart",
            AppError::Shell(_) => "shell",
            AppError::Throttled(_) => "throttled",
            AppError::Stopped => "stopped",
        }
    }
}

impl From<rccontrol::configure::ApplyError> for AppError {
    fn from(e: rccontrol::configure::ApplyError) -> Self {
        let fields = e.fields();
        if !fields.is_empty() {
            return AppError::Invalid(fields);
        }
        match e {
            rccontrol::configure::ApplyError::Token(t) => AppError::Keychain(t.to_string()),
            other => AppError::Shell(other.to_string()),
        }
    }
}

/// An error as it crosses IPC, said in the agent's language:
/// `{kind, message, fields: [{field, problem}]}`.
#[derive(Debug, Serialize)]
pub struct UiError {
    kind: &'static str,
    message: String,
    fields: Vec<UiField>,
}

/// One refused field of a [`UiError`].
#[derive(Debug, Serialize)]
struct UiField {
    field: &'static str,
    problem: String,
}

impl AppError {
    /// The error for the page, in `l`'s language.
    pub fn for_ui(&self, l: &Localizer) -> UiError {
        let fields = match self {
            AppError::Invalid(f) => f
                .iter()
                .map(|e| UiField {
                    field: e.field,
                    problem: e.problem.render(l),
                })
                .collect(),
            _ => Vec::new(),
        };
        UiError {
            kind: self.kind(),
            message: localized(self, l),
            fields,
        }
    }
}

/// Says `e` in `l`'s language (technical details stay as the OS gave them).
pub fn localized(e: &AppError, l: &Localizer) -> String {
    match e {
        AppError::Invalid(f) => f
            .iter()
            .map(|e| e.localized(l))
            .collect::<Vec<_>>()
            .join("; "),
        AppError::Throttled(t) => t.localized(l),
        AppError::Stopped => tr!(l, "shutting-down"),
        AppError::Demo(detail) => format!("{}: {detail}", tr!(l, "demo-failed")),
        AppError::Autostart(detail) => format!("{}: {detail}", tr!(l, "autostart-failed")),
        AppError::NotConfigured(reason) => reason.clone(),
        AppError::Keychain(m) | AppError::Shell(m) => m.clone(),
    }
}
