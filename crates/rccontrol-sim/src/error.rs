//! The simulator's error type.

/// Why the simulator could not load a scenario or start.
#[derive(Debug, thiserror::Error)]
pub enum SimError {
    /// The scenario file could not be read, parsed or validated.
    #[error("scenario: {0}")]
    Scenario(String),
    /// Certificate generation or TLS configuration failed.
    #[error("tls: {0}")]
    Tls(String),
    /// Binding the listener or writing the CA file failed.
    #[error("{context}: {source}")]
    Io {
        /// What was being done.
        context: String,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
}
