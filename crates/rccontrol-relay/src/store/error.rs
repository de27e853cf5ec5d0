//! The store's errors: plain messages, never a secret or a database password.

/// Why a store operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database refused or could not be reached.
    #[error("database: {0}")]
    Database(String),
    /// The migrations could not be applied.
    #[error("database migration: {0}")]
    Migrate(String),
    /// An input value is not allowed (the field is named).
    #[error("{field}: {problem}")]
    Invalid {
        /// `email`, `agent_id`, `device_name`, …
        field: &'static str,
        /// What is allowed.
        problem: String,
    },
    /// No agent with this e-mail.
    #[error("email: no agent {0}")]
    UnknownAgent(String),
    /// No such (active) device of the agent.
    #[error("device: no device {0}")]
    UnknownDevice(String),
    /// No such audit row.
    #[error("audit: no row {0}")]
    UnknownAudit(String),
    /// The system's random source failed.
    #[error(transparent)]
    Random(#[from] crate::codes::RandomError),
}

impl StoreError {
    /// True for bad input (exit 2), false for failures (exit 1).
    pub fn is_input(&self) -> bool {
        matches!(
            self,
            StoreError::Invalid { .. } | StoreError::UnknownAgent(_) | StoreError::UnknownDevice(_)
        )
    }
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        StoreError::Database(e.to_string())
    }
}

/// Why an enrollment did not happen.
#[derive(Debug, thiserror::Error)]
pub enum EnrollError {
    /// The code is unknown, used or expired (one answer for all three).
    #[error("enrollment refused: the code is unknown, used or expired")]
    Refused,
    /// The store failed (or the device name is not allowed).
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for EnrollError {
    fn from(e: sqlx::Error) -> Self {
        EnrollError::Store(e.into())
    }
}
