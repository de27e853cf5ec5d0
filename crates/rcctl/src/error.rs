//! Errors of the CLI itself (not API outcomes), each with its exit code.

use rccontrol::paths::NoHomeDir;
use rccontrol::{ClientError, FieldError, Localizer, SessionError, SettingsError, TokenError};

/// A failure before or around an action; exit code 2 unless said otherwise.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// Settings missing, corrupt or invalid.
    #[error(transparent)]
    Settings(#[from] SettingsError),
    /// Keychain or token problem.
    #[error(transparent)]
    Token(#[from] TokenError),
    /// A field was rejected.
    #[error(transparent)]
    Field(#[from] FieldError),
    /// Fields were rejected (e.g. locked by the administrator), one per line.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Fields(Vec<FieldError>),
    /// The HTTPS client could not be built.
    #[error(transparent)]
    Client(#[from] ClientError),
    /// No home directory.
    #[error(transparent)]
    NoHome(#[from] NoHomeDir),
    /// Local I/O.
    #[error("{what}: {source}")]
    Io {
        /// What was being done, in the user's language.
        what: String,
        /// The error.
        source: std::io::Error,
    },
    /// Anything else worth a sentence (already in the user's language).
    #[error("{0}")]
    Other(String),
}

impl From<SessionError> for CliError {
    fn from(e: SessionError) -> Self {
        match e {
            SessionError::Settings(s) => CliError::Settings(s),
            SessionError::Token(t) => CliError::Token(t),
            SessionError::Client(c) => CliError::Client(c),
        }
    }
}

impl CliError {
    /// The process exit code.
    pub fn exit_code(&self) -> u8 {
        2
    }

    /// Wraps an I/O error with what was being done.
    pub fn io(what: impl Into<String>) -> impl FnOnce(std::io::Error) -> CliError {
        let what = what.into();
        move |source| CliError::Io { what, source }
    }

    /// The error in `l`'s language, as far as the core gives it localizable.
    pub fn render(&self, l: &Localizer) -> String {
        match self {
            CliError::Settings(s) => settings_error(s, l),
            CliError::Field(f) => f.localized(l),
            CliError::Fields(fs) => fields(fs, l),
            CliError::Client(ClientError::Field(f)) => f.localized(l),
            other => other.to_string(),
        }
    }
}

/// Refused fields, one per line, in `l`'s language.
pub fn fields(fs: &[FieldError], l: &Localizer) -> String {
    fs.iter()
        .map(|f| f.localized(l))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A settings problem in `l`'s language (the refused fields are; the rest is
/// what the core says).
pub fn settings_error(e: &SettingsError, l: &Localizer) -> String {
    match e {
        SettingsError::Invalid(fs) => fields(fs, l),
        other => other.to_string(),
    }
}

/// A failed apply as the CLI reports it.
pub fn apply_error(e: rccontrol::configure::ApplyError) -> CliError {
    match e {
        rccontrol::configure::ApplyError::Settings(s) => CliError::Settings(s),
        rccontrol::configure::ApplyError::Field(f) => CliError::Field(f),
        rccontrol::configure::ApplyError::Token(t) => CliError::Token(t),
        rccontrol::configure::ApplyError::Locked(fields) => CliError::Fields(fields),
        other => CliError::Other(other.to_string()),
    }
}
