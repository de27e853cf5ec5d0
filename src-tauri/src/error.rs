//! The app's typed error, serialized as `{kind, message, fields}` across IPC.

use rccontrol::FieldError;
use serde::Serialize;
use serde::ser::SerializeStruct;

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

impl From<tauri::Error> for AppError {
    fn from(e: tauri::Error) -> Self {
        AppError::Shell(e.to_string())
    }
}

impl Serialize for AppError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("AppError", 3)?;
        s.serialize_field("kind", self.kind())?;
        s.serialize_field("message", &self.to_string())?;
        let fields: Vec<_> = match self {
            AppError::Invalid(f) => f
                .iter()
                .map(|e| serde_json::json!({ "field": e.field, "problem": e.problem }))
                .collect(),
            _ => Vec::new(),
        };
        s.serialize_field("fields", &fields)?;
        s.end()
    }
}
