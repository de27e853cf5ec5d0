//! Why the other end of a control-socket connection is refused: the error of
//! the peer check ([`super::peer`]), apart so the platform lookups can name it.

/// The other end is not (or cannot be shown to be) this process's user.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PeerError {
    /// A process of another user.
    #[error("it belongs to another user ({found}; this process runs as {ours})")]
    OtherUser {
        /// The other end's user (`uid 65534`, a SID).
        found: String,
        /// This process's user.
        ours: String,
    },
    /// Its user could not be looked up.
    #[error("cannot tell which user runs the other end: {0}")]
    Unknown(String),
}
