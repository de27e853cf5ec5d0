//! Errors of the CLI itself (not API outcomes), each with its exit code.

use rccontrol::paths::NoHomeDir;
use rccontrol::{ClientError, SettingsError, TokenError};

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
    Field(#[from] rccontrol::FieldError),
    /// The HTTPS client could not be built.
    #[error(transparent)]
    Client(#[from] ClientError),
    /// No home directory.
    #[error(transparent)]
    NoHome(#[from] NoHomeDir),
    /// Local I/O.
    #[error("{what}: {source}")]
    Io {
        /// What was being done.
        what: String,
        /// The error.
        source: std::io::Error,
    },
    /// Anything else worth a sentence.
    #[error("{0}")]
    Other(String),
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
}
