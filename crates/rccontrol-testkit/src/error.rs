//! What can go wrong while setting a test up.

use std::process::ExitStatus;
use std::time::Duration;

/// A test's set-up that failed; the message says what to do where it can.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The program could not be started (most often: not installed).
    #[error(
        "cannot start {program}: {source} (scripts/install-deps.sh test installs the test tools)"
    )]
    Spawn {
        /// The program, as the command named it.
        program: String,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// Something was not ready within its bound.
    #[error("timed out after {limit:?} waiting for {what}")]
    Timeout {
        /// What was waited for.
        what: String,
        /// The bound.
        limit: Duration,
    },
    /// The program exited before it was ready, every time it was started.
    #[error("{program} exited before it was ready: {exits:?}")]
    Exited {
        /// The program.
        program: String,
        /// Its exit status, one per start.
        exits: Vec<ExitStatus>,
    },
    /// The program said something else than expected, or nothing.
    #[error("{program}: {detail}")]
    Output {
        /// The program.
        program: String,
        /// What was wrong.
        detail: String,
    },
    /// The X server refused or dropped a request.
    #[error("X11: {0}")]
    X11(String),
}
